// Reads the model's own signals for the patient plan: when each visible sign ends, found by
// scanning the wound class's curves against what the eye can see (plan-thresholds [D]).
// Not for wording or advice: plan.ts turns these times into lines.
import { healingCurves, type HealingCurves } from './curves';
import { tissueAt, type SessionDose } from './course';
import { doseFor } from './devices';
import type { Scenario } from './scenarios';
import { sessionsHoursOf, woundOf } from './simulate';
import { structureDepth, tissueFor, type StructureId } from './tissue';
import { days, HOURS_PER_DAY } from './units';

/** plan-thresholds: below 0.05 erythema the eye cannot tell it from normal skin (signals.ts). */
export const VISIBLE_ERYTHEMA = 0.05;
/** plan-thresholds: warmth and tightness last while the redness is still strong (plan-sensitivity: 12–36 h light, 1–3 d deep). */
export const TENDER_ERYTHEMA = 0.3;
/** plan-thresholds: flaking starts as the redness falls below this (plan-flaking: from day 2–3 after ≥ 1 mm). */
export const FLAKING_ERYTHEMA = 0.2;
/** plan-thresholds: swelling shows while blood flow stays past 1.5× and only if it peaks past 1.75× (plan-oedema: negligible ≤ 0.5 mm). */
export const SWELLING_PERFUSION = 1.5;
export const SWELLING_VISIBLE_PEAK = 1.75;
/** plan-flaking: peeling rather than mere dryness where the redness peaks past this (≥ 1.0 mm in the model). */
export const PEELING_ERYTHEMA_PEAK = 0.7;
/** plan-bruising: bruises are more likely where needles reach deep into thin skin, near the deep plexus. */
export const BRUISE_DEPTH_FRACTION = 0.8;

/** Scan grid: log-spaced ages from 1 minute to a year, 1% apart (fine enough for hour-level days). */
const SCAN_HOURS: readonly number[] = (() => {
  const out: number[] = [];
  for (let h = 1 / 60; h <= days(365); h *= 1.01) out.push(h);
  return out;
})();

export interface PlanTimes {
  readonly curves: HealingCurves;
  readonly depthMm: number;
  readonly microchannel: boolean;
  readonly reached: ReadonlySet<StructureId>;
  /** Bruising reach: depth past BRUISE_DEPTH_FRACTION of the skin. */
  readonly reachesDeepDermis: boolean;
  readonly erythemaPeak: number;
  readonly perfusionPeak: number;
  /** Hours until the clot holds (80% of its peak): when oozing stops. */
  readonly clotHours: number;
  readonly closureHours: number;
  readonly rednessEndHours: number;
  readonly tenderEndHours: number;
  readonly flakingStartHours: number;
  readonly swellingEndHours: number;
  readonly sessionsHours: readonly number[];
  readonly intervalDays: number | null;
  /** Days after the first session when the collagen gain reaches 25% and 90% of what it will be (null: none). */
  readonly collagenStartDay: number | null;
  readonly collagenFullDay: number | null;
}

function lastAbove(c: HealingCurves, read: (s: ReturnType<HealingCurves['at']>) => number, threshold: number): number {
  let last = 0;
  for (const h of SCAN_HOURS) if (read(c.at(h)) > threshold) last = h;
  return last;
}

function peakOf(c: HealingCurves, read: (s: ReturnType<HealingCurves['at']>) => number): number {
  let peak = -Infinity;
  for (const h of SCAN_HOURS) peak = Math.max(peak, read(c.at(h)));
  return peak;
}

/** course: when the dermal collagen gain passes given shares of its value a year after the last session. */
function collagenDays(s: Scenario, sessionsHours: readonly number[]): { start: number | null; full: number | null } {
  if (!s.treatment) return { start: null, full: null };
  const d = doseFor(s.treatment.device, s.treatment.passes, tissueFor(s.site));
  const doses: SessionDose[] = sessionsHours.map((atHours) => ({ atHours, holesPerCm2: d.holesPerCm2, effectiveDepthMm: d.effectiveDepthMm }));
  const endHours = (sessionsHours.at(-1) ?? 0) + days(365);
  const gain = (h: number): number => tissueAt(doses, h).dermalCollagen - 1;
  const final = gain(endHours);
  if (!(final > 0)) return { start: null, full: null };
  let start: number | null = null;
  let full: number | null = null;
  for (let day = 1; day * HOURS_PER_DAY <= endHours && full === null; day++) {
    const g = gain(days(day));
    if (start === null && g >= 0.25 * final) start = day;
    if (g >= 0.9 * final) full = day;
  }
  return { start, full };
}

export function planTimes(s: Scenario): PlanTimes {
  const wound = woundOf(s);
  const curves = healingCurves(wound);
  const tissue = tissueFor(s.site);
  const reached = new Set(tissue.structures.filter((st) => st.depthMm <= wound.depthMm).map((st) => st.id));
  const deepPlexus = structureDepth(tissue, 'deepPlexus') ?? tissue.skinThicknessMm;
  const clotPeak = peakOf(curves, (v) => v.platelets);
  const clotHours = SCAN_HOURS.find((h) => curves.at(h).platelets >= 0.8 * clotPeak) ?? 0;
  const sessionsHours = sessionsHoursOf(s);
  const collagen = collagenDays(s, sessionsHours);
  return {
    curves,
    depthMm: wound.depthMm,
    microchannel: wound.kind === 'microchannel',
    reached,
    reachesDeepDermis: wound.depthMm >= BRUISE_DEPTH_FRACTION * deepPlexus,
    erythemaPeak: peakOf(curves, (v) => v.erythema),
    perfusionPeak: peakOf(curves, (v) => v.perfusion),
    clotHours,
    closureHours: curves.response.closureHours,
    rednessEndHours: lastAbove(curves, (v) => v.erythema, VISIBLE_ERYTHEMA),
    tenderEndHours: lastAbove(curves, (v) => v.erythema, TENDER_ERYTHEMA),
    flakingStartHours: lastAbove(curves, (v) => v.erythema, FLAKING_ERYTHEMA),
    swellingEndHours: lastAbove(curves, (v) => v.perfusion, SWELLING_PERFUSION),
    sessionsHours,
    intervalDays: s.treatment && s.treatment.sessions > 1 ? s.treatment.intervalDays : null,
    collagenStartDay: collagen.start,
    collagenFullDay: collagen.full,
  };
}
