// How a condition changes over a course of microneedling, and the measure studies report for it.
// Derived from the course model's own dermal collagen gain (course.ts), not set per answer: the
// share of a condition's lost tissue that new collagen refills is
//   fill = 1 − exp(−FILL_PER_GAIN × response × reach × collagen gain),
// with one constant for every condition, a response factor per condition (cited below) and the
// share of the altered tissue the needles reach. The measure (a grade, a percentage, a size)
// follows from fill. Everything here is a model assumption (model-condition-response [D]).
import { conditionFor, type Condition, type IndicationId } from './conditions';
import { tissueAt, type SessionDose } from './course';
import type { EvidenceTag, SourceId } from './sources';
import { BASELINE } from './signals';
import { clamp01 } from './units';

/**
 * A doubling of dermal collagen (gain 1) refills 1 − e^(−1.25) ≈ 71% of a fully responding dent.
 * Calibrated once, against the all-type and rolling-scar grade changes of vondalwig2020, and
 * used unchanged for all six conditions (model-condition-response).
 */
const FILL_PER_GAIN = 1.25;

/**
 * How well each condition's lost tissue is refilled by new collagen, relative to a rolling scar:
 * - rolling 1: the best responder (vondalwig2020: −1.06 grade vs −0.91 for all types);
 * - boxcar 0.85: rolling and boxcar scars together 90% good or excellent (lotfi2013-scars), a
 *   little behind rolling (vondalwig2020);
 * - ice-pick 0.25: "only a slight improvement" (lotfi2013-scars): a narrow tract lined with
 *   epidermis; collagen laid around it does not lift its opening (in practice TCA CROSS or a punch);
 * - fine lines 1: a shallow furrow entirely in the papillary dermis the needles rebuild (pmc6122507);
 * - stretch marks 0.6: white, mature striae improve less than red ones (mohamedali2017);
 * - pores 0.3: only the collar of dermis round the follicle firms; the follicle and its sebum,
 *   which also widen a pore (pores-drivers), do not change. No study measured it (pores-no-outcome).
 */
const RESPONSE: Readonly<Record<IndicationId, number>> = {
  icepick: 0.25, boxcar: 0.85, rolling: 1, 'fine-lines': 1, 'stretch-marks': 0.6, pores: 0.3,
  // Red, early striae improved significantly more than white ones (mohamedali2017); how much more
  // no study says: between white striae and the best responders (model-striae-red [D]).
  'stretch-marks-red': 0.9,
};

/**
 * A response below this barely changes the condition over a course: ice-pick scars ("only a slight
 * improvement", lotfi2013-scars) and pores. The line sits between them (0.25, 0.3) and the next, white
 * stretch marks (0.6), which studies report 25–75% better.
 */
const LITTLE_RESPONSE = 0.5;

/**
 * How the app words a condition once the needle channels have healed: the channels are gone, the
 * condition is still there, improved or barely changed. Never "no scar" for a scar (isScarKind).
 */
export const HEALED_WORDINGS = [
  'scar-improved', 'scar-little-changed', 'stretch-mark-improved', 'stretch-mark-little-changed',
  'fine-lines-improved', 'fine-lines-little-changed', 'pores-improved', 'pores-little-changed',
] as const;
export type HealedWording = (typeof HEALED_WORDINGS)[number];

const KIND_WORD = { 'acne-scar': 'scar', 'stretch-mark': 'stretch-mark', 'fine-lines': 'fine-lines', pores: 'pores' } as const;

export function healedWording(id: IndicationId): HealedWording {
  return `${KIND_WORD[conditionFor(id).kind]}-${RESPONSE[id] < LITTLE_RESPONSE ? 'little-changed' : 'improved'}`;
}

export type MeasureKey = 'goodmanBaronGrade' | 'lemperleGrade' | 'improvementPct' | 'poreDiameterUm';

export interface IndicationMeasure {
  readonly key: MeasureKey;
  /** English name and unit for the CLI; the app shows its own words. */
  readonly measure: string;
  readonly unit: string;
  readonly baseline: number;
  /** The change (final − baseline) studies report for a comparable protocol, or null where none measured it. */
  readonly publishedRange: readonly [number, number] | null;
  /** Evidence tag of the range (D where it is derived, or where there is none). */
  readonly evidence: EvidenceTag;
  readonly sources: readonly SourceId[];
}

/** Goodman & Baron qualitative grade 3: "moderate", obvious at social distance (goodman-baron2006). */
const GB_BASELINE = 3;
/** Grade 1 is macular, a colour change without a dent: a dent refilled completely (goodman-baron2006). */
const GB_FLOOR = 1;
/** Lemperle grade 2, "shallow wrinkles"; grade tracks depth (87% agreement with profilometry, lemperle2001). */
const LEMPERLE_BASELINE = 2;

const SCAR_SOURCES: readonly SourceId[] = ['goodman-baron2006', 'vondalwig2020', 'majid2009', 'model-condition-response'];

const MEASURES: Readonly<Record<IndicationId, IndicationMeasure>> = {
  // majid2009: 34 of 36 improved by 1–2 grades; vondalwig2020: −1.06 grade for rolling scars.
  rolling: { key: 'goodmanBaronGrade', measure: 'Goodman & Baron grade', unit: 'grade (1–4)', baseline: GB_BASELINE,
    publishedRange: [-2, -1], evidence: 'V', sources: SCAR_SOURCES },
  // majid2009 (1–2 grades) and vondalwig2020's all-type mean, −0.91 [CI 0.78–1.05].
  boxcar: { key: 'goodmanBaronGrade', measure: 'Goodman & Baron grade', unit: 'grade (1–4)', baseline: GB_BASELINE,
    publishedRange: [-2, -0.78], evidence: 'V', sources: [...SCAR_SOURCES, 'lotfi2013-scars'] },
  // No study gives a number for ice-pick scars alone: "only a slight improvement" (lotfi2013-scars),
  // read here as less than the all-type mean's lower bound (vondalwig2020) and never worse.
  icepick: { key: 'goodmanBaronGrade', measure: 'Goodman & Baron grade', unit: 'grade (1–4)', baseline: GB_BASELINE,
    publishedRange: [-0.78, 0], evidence: 'D', sources: [...SCAR_SOURCES, 'lotfi2013-scars'] },
  // pmc6122507 (n=48, 4 sessions 30 d apart, day 150): laxity −1.09, wrinkles −1.23, texture −1.54 on its 5-point scales.
  'fine-lines': { key: 'lemperleGrade', measure: 'Lemperle wrinkle grade', unit: 'grade (0–5)', baseline: LEMPERLE_BASELINE,
    publishedRange: [-1.54, -1.09], evidence: 'V', sources: ['pmc6122507', 'lemperle2001', 'model-condition-response'] },
  // The typical patient's band: 25–50% after 3 sessions (park2012), 50–75% (mohamedali2017, alster-li2020).
  'stretch-marks': { key: 'improvementPct', measure: 'Improvement of the stretch mark', unit: '%', baseline: 0,
    publishedRange: [25, 75], evidence: 'V', sources: ['park2012', 'mohamedali2017', 'alster-li2020', 'model-condition-response'] },
  // No study gave a number for red striae alone: the band reported for striae in general (mostly
  // mixed or white), which red ones beat (mohamedali2017). Derived, so D.
  'stretch-marks-red': { key: 'improvementPct', measure: 'Improvement of the stretch mark', unit: '%', baseline: 0,
    publishedRange: [25, 75], evidence: 'D', sources: ['park2012', 'mohamedali2017', 'alster-li2020', 'model-striae-red', 'model-condition-response'] },
  // No controlled study measured pore size after microneedling (pores-no-outcome).
  pores: { key: 'poreDiameterUm', measure: 'Pore opening diameter', unit: 'µm', baseline: 350,
    publishedRange: null, evidence: 'D', sources: ['flament2015', 'pores-no-outcome', 'model-condition-response'] },
};

export function measureFor(id: IndicationId): IndicationMeasure {
  return MEASURES[id];
}

/** Share of the altered tissue within the needles' reach: down to the middle of the tissue under the floor. */
export function reachOf(c: Condition, effectiveDepthMm: number): number {
  const target = c.depthMm + c.alteredDepthMm / 2;
  return clamp01(effectiveDepthMm / target);
}

export interface ConditionState {
  /** 0..1: share of the lost tissue refilled. */
  readonly fill: number;
  readonly depthMm: number;
  readonly alignment: number;
  readonly collagen: number;
  readonly epidermis: number;
  readonly rete: number;
  readonly elastosis: number;
  readonly tethers: number;
  readonly poreOpeningMm: number;
  /** Superficial vessels' calibre relative to normal (Condition.vessels). */
  readonly vessels: number;
  /** The measure's value (MEASURES[id].unit). */
  readonly value: number;
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;

/** The condition at a time in a course (sessions as in course.ts). */
export function conditionAt(id: IndicationId, sessions: readonly SessionDose[], hours: number): ConditionState {
  const c = conditionFor(id);
  const tissue = tissueAt(sessions, hours);
  const gain = Math.max(0, tissue.dermalCollagen - 1);
  const reach = sessions.length === 0 ? 0 : Math.min(...sessions.map((s) => reachOf(c, s.effectiveDepthMm)));
  const fill = 1 - Math.exp(-FILL_PER_GAIN * RESPONSE[id] * reach * gain);
  const m = MEASURES[id];
  const value = m.key === 'goodmanBaronGrade' ? lerp(m.baseline, GB_FLOOR, fill)
    : m.key === 'lemperleGrade' ? m.baseline * (1 - fill)
      : m.key === 'improvementPct' ? 100 * fill
        : m.baseline * (1 - fill);
  return {
    fill,
    depthMm: c.depthMm * (1 - fill),
    // New collagen is laid basket-weave (BASELINE.alignment) and brings the dermis back toward normal.
    alignment: lerp(c.alignment, BASELINE.alignment, fill),
    collagen: lerp(c.collagen, 1, fill),
    // The epidermis thickens over a course (course.ts; lotfi2013 +50%), up to normal in a stretch mark.
    epidermis: Math.min(Math.max(1, c.epidermis), c.epidermis * tissue.epidermalThickness),
    // Normal rete ridges return (aust2008).
    rete: lerp(c.rete, 1, fill),
    // Elastin protein did not rise after a course (facial-study-2021) and fell in scars (el-domyati2015).
    elastosis: c.elastosis,
    // Needling does not cut the fibrous bands; subcision does (jacob2001).
    tethers: c.tethers,
    poreOpeningMm: c.poreOpeningMm * (1 - fill),
    // A red stria's dilated vessels settle as it is refilled (model-striae-red [D]).
    vessels: lerp(c.vessels, 1, fill),
    value,
  };
}

export interface IndicationResult {
  id: IndicationId;
  measure: string;
  unit: string;
  baseline: number;
  final: number;
  change: number;
  publishedRange: [number, number] | null;
  evidence: EvidenceTag;
  sources: SourceId[];
  series: { hours: number[]; value: number[] };
}

const round = (x: number): number => Number(x.toPrecision(6));

/** The public result of a course for a condition: `final` at the last sample of `hours`. */
export function indicationResult(id: IndicationId, sessions: readonly SessionDose[], hours: readonly number[]): IndicationResult {
  const m = MEASURES[id];
  const value = hours.map((h) => round(conditionAt(id, sessions, h).value));
  const final = value.at(-1) ?? m.baseline;
  return {
    id, measure: m.measure, unit: m.unit, baseline: m.baseline, final, change: round(final - m.baseline),
    publishedRange: m.publishedRange ? [m.publishedRange[0], m.publishedRange[1]] : null,
    evidence: m.evidence, sources: [...new Set([...conditionFor(id).sources, ...m.sources])],
    series: { hours: [...hours], value },
  };
}
