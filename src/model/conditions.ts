// What people come to microneedling for: atrophic acne scars of three kinds (ice-pick, boxcar and
// rolling), fine lines, stretch marks and enlarged pores. Each is a baseline tissue state at true scale (the
// dent at the surface and the altered tissue under it) and a protocol from the studies that
// treated it. Not for the change over a course: that is indication.ts.
import type { SourceId } from './sources';
import type { BodySite } from './tissue';
import { um } from './units';

export const INDICATION_IDS = ['icepick', 'boxcar', 'rolling', 'fine-lines', 'stretch-marks', 'pores', 'stretch-marks-red'] as const;
export type IndicationId = (typeof INDICATION_IDS)[number];

export function isIndicationId(x: string): x is IndicationId {
  return (INDICATION_IDS as readonly string[]).includes(x);
}

/**
 * How the dent's floor runs across its width, for drawing and for the depth at a point:
 * 'v' tapers to a point like an ice-pick scar, 'box' is flat with sharp walls (boxcar), 'rolling' slopes
 * gently from the rim (a broad "M"), 'furrow' is a narrow groove, 'band' a shallow strip the
 * length of the block (a stretch mark), 'funnel' a follicle's widened mouth (a pore).
 */
export type DentProfile = 'v' | 'box' | 'rolling' | 'furrow' | 'band' | 'funnel';

/**
 * What the condition is, for the words the app uses about it: an acne scar; a stretch mark, which
 * is a scar in the dermis too (REFERENCE §10, striae: "dermal scars with a flattened, atrophic
 * epidermis"); photo-aged fine lines; or enlarged pores. A treated scar is improved, never gone.
 */
export type ConditionKind = 'acne-scar' | 'stretch-mark' | 'fine-lines' | 'pores';

/** Is this kind of condition a scar (so healing can improve it, but never leave "no scar")? */
export const isScarKind = (kind: ConditionKind): boolean => kind === 'acne-scar' || kind === 'stretch-mark';

export interface Condition {
  readonly id: IndicationId;
  readonly kind: ConditionKind;
  readonly site: BodySite;
  readonly profile: DentProfile;
  /** Width of the opening at the surface. */
  readonly widthMm: number;
  /** Depth of the dent's deepest point below the surrounding surface. */
  readonly depthMm: number;
  /** Width of the floor (the flat or rounded bottom) as a share of the opening. */
  readonly floorShare: number;
  /**
   * Scar or altered tissue under the floor: how far down it reaches (mm below the floor), how
   * parallel its collagen lies (0 basket-weave … 1 parallel; normal dermis 0.15, BASELINE.alignment),
   * its collagen relative to normal dermis, and its elastin relative to normal.
   */
  readonly alteredDepthMm: number;
  readonly alignment: number;
  readonly collagen: number;
  readonly elastin: number;
  /** Epidermis thickness relative to the site's normal one (stretch marks: thin). */
  readonly epidermis: number;
  /** Rete ridge depth relative to normal: 0 flat … 1 normal. */
  readonly rete: number;
  /** Clumped elastotic material under the junction, 0 none … 1 dense (solar elastosis). */
  readonly elastosis: number;
  /** Fibrous bands from the floor down to the fat (rolling scars). */
  readonly tethers: number;
  /** Calibre of the superficial vessels under the condition relative to normal (1; a red, early stretch mark's are dilated). */
  readonly vessels: number;
  /** Follicles and glands inside the altered tissue? (none in a scar) */
  readonly adnexa: boolean;
  /** Follicular opening at the surface (mm), for pores; 0 when not drawn. */
  readonly poreOpeningMm: number;
  readonly sources: readonly SourceId[];
}

export interface Protocol {
  readonly device: 'pen' | 'roller';
  readonly depthMm: number;
  readonly passes: number;
  readonly sessions: number;
  readonly intervalDays: number;
  readonly sources: readonly SourceId[];
}

const SCAR = { kind: 'acne-scar', alteredDepthMm: 0.3, alignment: 0.8, collagen: 1.3, elastin: 0.4, epidermis: 1, rete: 0.1, elastosis: 0, tethers: 0, vessels: 1, adnexa: false, poreOpeningMm: 0 } as const;

/**
 * The conditions at true scale. Scar sizes: fabbrocini2010 and jacob2001 (ice-pick < 2 mm wide
 * down to the deep dermis; boxcar 1.5–4 mm, shallow 0.1–0.5 mm; rolling 4–5 mm+, tethered to the
 * subcutis). Scar tissue under each: dense parallel collagen, flat rete, no follicles or glands,
 * few broken elastic fibres (scar-collagen-pattern, scar-elastin, lotfi2013-scars "compact bundles").
 * Fine lines: a furrow 20–200 µm deep (wrinkle-depth), less and thinner papillary collagen
 * (pmc4089350), elastotic material under the junction and flattened rete (solar-elastosis).
 * Stretch marks (white, mature): thin flat epidermis without rete, thin parallel collagen, broken
 * elastin (striae-histology); their width 1–10 mm (striae-width [S?]) and slight dent are assumptions.
 * Pores: a follicle whose opening is over the 250 µm detection threshold (flament2015).
 * Values not measured in any source (how far scar tissue reaches below a floor, a rolling scar's
 * depth, a furrow's width) are model assumptions (model-condition-shape [D]).
 */
const CONDITIONS: Readonly<Record<IndicationId, Condition>> = {
  icepick: { id: 'icepick', site: 'face', profile: 'v', widthMm: 1, depthMm: 1.2, floorShare: 0.15, ...SCAR, alteredDepthMm: 0.2,
    sources: ['fabbrocini2010', 'jacob2001', 'scar-collagen-pattern', 'scar-elastin', 'model-condition-shape'] },
  boxcar: { id: 'boxcar', site: 'face', profile: 'box', widthMm: 2.5, depthMm: 0.4, floorShare: 0.85, ...SCAR,
    sources: ['fabbrocini2010', 'jacob2001', 'scar-collagen-pattern', 'scar-elastin', 'lotfi2013-scars', 'model-condition-shape'] },
  rolling: { id: 'rolling', site: 'face', profile: 'rolling', widthMm: 4.5, depthMm: 0.3, floorShare: 0.5, ...SCAR, tethers: 1,
    sources: ['fabbrocini2010', 'jacob2001', 'scar-collagen-pattern', 'scar-elastin', 'model-condition-shape'] },
  'fine-lines': { id: 'fine-lines', kind: 'fine-lines', site: 'face', profile: 'furrow', widthMm: 0.3, depthMm: um(120), floorShare: 0.2,
    alteredDepthMm: 0.25, alignment: 0.3, collagen: 0.7, elastin: 1.5, epidermis: 0.9, rete: 0.4, elastosis: 1, tethers: 0, vessels: 1, adnexa: true, poreOpeningMm: 0,
    sources: ['wrinkle-depth', 'lemperle2001', 'solar-elastosis', 'pmc4089350', 'model-condition-shape'] },
  // 2 mm of the 1–10 mm range: in the 4 mm block, healthy skin on either side shows where the stria begins.
  'stretch-marks': { id: 'stretch-marks', kind: 'stretch-mark', site: 'back', profile: 'band', widthMm: 2, depthMm: um(60), floorShare: 0.8,
    alteredDepthMm: 1, alignment: 0.85, collagen: 0.75, elastin: 0.35, epidermis: 0.6, rete: 0, elastosis: 0, tethers: 0, vessels: 1, adnexa: false, poreOpeningMm: 0,
    sources: ['striae-histology', 'striae-width', 'model-condition-shape'] },
  // Red (early) stria: raised or flat, red from dilated superficial vessels, oedema, fine elastic
  // fibres, elastin reduced; the epidermis not yet thinned nor its rete flattened, as later
  // (striae-histology, striae-rubra). No source measures any of it: drawn flat (no dent), vessels
  // 1.6× their calibre, collagen a little less and less ordered, elastin halved (model-striae-red [D]).
  'stretch-marks-red': { id: 'stretch-marks-red', kind: 'stretch-mark', site: 'back', profile: 'band', widthMm: 2, depthMm: 0, floorShare: 0.8,
    alteredDepthMm: 1, alignment: 0.45, collagen: 0.85, elastin: 0.5, epidermis: 1, rete: 1, elastosis: 0, tethers: 0, vessels: 1.6, adnexa: false, poreOpeningMm: 0,
    sources: ['striae-histology', 'striae-rubra', 'striae-width', 'model-striae-red'] },
  pores: { id: 'pores', kind: 'pores', site: 'face', profile: 'funnel', widthMm: 0.35, depthMm: 0.25, floorShare: 0.2,
    alteredDepthMm: 0.1, alignment: 0.2, collagen: 0.85, elastin: 0.8, epidermis: 1, rete: 1, elastosis: 0, tethers: 0, vessels: 1, adnexa: true, poreOpeningMm: 0.35,
    sources: ['flament2015', 'pores-drivers', 'model-condition-shape'] },
};

export function conditionFor(id: IndicationId): Condition {
  return CONDITIONS[id];
}

/**
 * Protocols from the trials: acne scars, a pen at 1.5 mm (the median needle length, harris2015),
 * 4 passes to pinpoint bleeding (juhasz2020), 4 sessions 30 days apart (vondalwig2020); fine lines,
 * 1.0 mm (depth-by-purpose) × 4 sessions 30 days apart (pmc6122507); stretch marks, 2.0 mm
 * (depth-by-purpose), 3 sessions 4 weeks apart (park2012); pores, 0.5 mm texture depth
 * (depth-by-purpose), 3 monthly sessions (course-sessions; no pore trial found, pores-no-outcome).
 */
const SCAR_PROTOCOL: Protocol = { device: 'pen', depthMm: 1.5, passes: 4, sessions: 4, intervalDays: 30, sources: ['harris2015', 'juhasz2020', 'vondalwig2020'] };
const PROTOCOLS: Readonly<Record<IndicationId, Protocol>> = {
  icepick: SCAR_PROTOCOL,
  boxcar: SCAR_PROTOCOL,
  rolling: SCAR_PROTOCOL,
  'fine-lines': { device: 'pen', depthMm: 1, passes: 2, sessions: 4, intervalDays: 30, sources: ['depth-by-purpose', 'pmc6122507'] },
  'stretch-marks': { device: 'pen', depthMm: 2, passes: 4, sessions: 3, intervalDays: 28, sources: ['depth-by-purpose', 'park2012'] },
  // The same course as a white stria, so the two can be compared (mohamedali2017 treated both).
  'stretch-marks-red': { device: 'pen', depthMm: 2, passes: 4, sessions: 3, intervalDays: 28, sources: ['depth-by-purpose', 'park2012', 'mohamedali2017'] },
  pores: { device: 'pen', depthMm: 0.5, passes: 2, sessions: 3, intervalDays: 30, sources: ['depth-by-purpose', 'course-sessions', 'pores-no-outcome'] },
};

export function protocolFor(id: IndicationId): Protocol {
  return PROTOCOLS[id];
}

/**
 * Depth of the dent (mm below the surrounding surface) at a distance from its centre line,
 * `across` = 0 at the centre … 1 at the rim, for a dent whose deepest point is `depthMm`.
 */
export function dentDepthAt(c: Pick<Condition, 'profile' | 'floorShare'>, depthMm: number, across: number): number {
  const a = Math.min(1, Math.abs(across));
  const f = c.floorShare;
  switch (c.profile) {
    case 'v': return depthMm * Math.max(0, a <= f ? 1 : 1 - (a - f) / (1 - f));
    case 'box': return depthMm * (a <= f ? 1 : Math.max(0, 1 - ((a - f) / (1 - f)) ** 3));
    case 'rolling': return depthMm * 0.5 * (1 + Math.cos(Math.PI * a));
    case 'furrow': return depthMm * Math.exp(-((a / 0.45) ** 2)) * (a < 1 ? 1 : 0);
    case 'band': return depthMm * (a <= f ? 1 : 0.5 * (1 + Math.cos((Math.PI * (a - f)) / (1 - f))));
    case 'funnel': return depthMm * (1 - a) ** 2;
  }
}
