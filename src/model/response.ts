// How strongly a wound provokes each part of healing: the few "drives" (inflammation, closure
// time, scar drive, matrix loss) that the curves in kinetics.ts scale with, and the outcome.
// Every drive is a smooth, monotone function of wound size, depth and patient factors — no
// per-scenario answers. Calibration lives in tests/science; sources are named beside each rule.
import { tissueFor } from './tissue';
import type { WoundSpec } from './wounds';
import { clamp, clamp01, days } from './units';

export const SCAR_TYPES = ['normotrophic', 'hypertrophic', 'atrophic', 'keloid'] as const;
export type ScarType = (typeof SCAR_TYPES)[number];
export type Outcome = 'resolved' | ScarType;

/** Severity rank of an outcome: a bigger wound never gets a lower rank (property-tested). */
export const OUTCOME_RANK: Readonly<Record<Outcome, number>> = { resolved: 0, normotrophic: 1, atrophic: 2, hypertrophic: 2, keloid: 3 };

/** Dunkin 2007: cuts scar only below ~33% of skin thickness (0.56 mm on ~1.7 mm hip skin). */
export const SCAR_DEPTH_FRACTION = 0.33;
/** Stumpp 2009: wounds under 500 µm wide close within a day — the width where gaps start to matter. */
const WIDTH_HALF_MM = 0.5;
/** model-migration: keratinocytes start after ~6 h and then cover ~0.02 mm/h. */
const MIGRATION_LAG_HOURS = 6;
const MIGRATION_MM_PER_HOUR = 0.02;
/** deitch1983: scarring climbs when closure takes over 14 days, steeply past 21. */
const SLOW_CLOSURE_ONSET_HOURS = days(14);
const SLOW_CLOSURE_SPAN_HOURS = days(7);
/** Outcome thresholds on the scar drive (model-kinetics, calibrated to dunkin2007 and gauglitz2011). */
export const NORMOTROPHIC_DRIVE = 0.03;
export const HYPERTROPHIC_DRIVE = 0.8;
export const ATROPHIC_LOSS = 0.25;
/** A keloid tendency multiplies the fibrotic drive (gauglitz2011, limandjaja2020). */
const KELOID_GAIN = 2.5;

export interface WoundResponse {
  /** Depth as a fraction of epidermis + dermis. */
  readonly depthFraction: number;
  /** How far past Dunkin's 33% the wound reaches, 0..1 of the remaining dermis. */
  readonly dermalExcess: number;
  readonly areaMm2: number;
  /** ln(1 + area) scaled so a 20 × 20 mm wound is 1. */
  readonly sizeTerm: number;
  /** Inflammatory load relative to the reference incision (= 1). */
  readonly inflammation: number;
  /** 0 = resolves on time; ≥ ~0.3 keeps neutrophils up past day 7 (infection, necrosis). */
  readonly prolonged: number;
  readonly closureHours: number;
  /** Fibrotic drive (TGF-β1, myofibroblasts): 0 = none. */
  readonly scarDrive: number;
  /** Collagen destroyed by the lesion itself (acne: inflammatory enzymes), fraction of normal. */
  readonly matrixLoss: number;
  readonly outcome: Outcome;
}

function rawInflammation(w: WoundSpec, depthFraction: number, sizeTerm: number): number {
  const infection = w.kind === 'acne' ? 0.6 : w.factors.activeAcne ? 0.3 : 0;
  const necrosis = w.kind === 'burn' ? 0.3 * depthFraction : 0;
  return 0.08 + 0.55 * sizeTerm + 0.35 * depthFraction * Math.sqrt(sizeTerm) + infection + necrosis;
}

function areaOf(w: WoundSpec): number {
  return w.kind === 'microchannel' || w.kind === 'acne' ? (Math.PI * w.widthMm * w.widthMm) / 4 : w.widthMm * w.lengthMm;
}

const sizeTermOf = (areaMm2: number): number => Math.log1p(areaMm2) / Math.log1p(400);

/** The reference incision that inflammation is scaled to: 2 mm deep, 1 × 30 mm, forearm. */
const REFERENCE_INFLAMMATION = (() => {
  const t = tissueFor('forearm');
  const frac = clamp01(2 / t.skinThicknessMm);
  return 0.08 + 0.55 * sizeTermOf(30) + 0.35 * frac * Math.sqrt(sizeTermOf(30));
})();

/** Re-epithelialisation time: a lag, then edges (or surviving follicles) migrate across the gap. */
function closureHoursOf(w: WoundSpec, dermalExcess: number, depthFraction: number, prolonged: number): number {
  const speed = MIGRATION_MM_PER_HOUR / (1 + prolonged);
  if (w.kind === 'burn') {
    // Dead tissue must separate first (deitch1983: deep partial burns take > 3 weeks); epidermis
    // then regrows from the edges and from surviving follicles, which thin out with depth.
    const sloughHours = days(4 + 20 * depthFraction);
    const gapMm = Math.min(w.widthMm, 1 + 12 * dermalExcess);
    return sloughHours + gapMm / 2 / speed;
  }
  const lag = w.kind === 'acne' ? days(7) : MIGRATION_LAG_HOURS;
  return lag + w.widthMm / 2 / speed;
}

export function respond(w: WoundSpec): WoundResponse {
  const tissue = tissueFor(w.site);
  const depthFraction = clamp01(w.depthMm / tissue.skinThicknessMm);
  const dermalExcess = Math.max(0, depthFraction - SCAR_DEPTH_FRACTION) / (1 - SCAR_DEPTH_FRACTION);
  const areaMm2 = areaOf(w);
  const sizeTerm = sizeTermOf(areaMm2);
  const inflammation = rawInflammation(w, depthFraction, sizeTerm) / REFERENCE_INFLAMMATION;
  const prolonged = (w.kind === 'acne' ? 1 : 0) + (w.factors.activeAcne ? 0.8 : 0)
    + (w.kind === 'burn' ? 0.5 + dermalExcess : 0) + 0.5 * Math.max(0, sizeTerm - 0.9);
  const closureHours = closureHoursOf(w, dermalExcess, depthFraction, prolonged);

  // A needle parts tissue without removing it (dunkin2007 caveat), so depth alone never makes a
  // puncture scar; cuts, burns and acne cysts lose dermis. Wider gaps scar more (stumpp2009).
  const removesDermis = w.kind === 'microchannel' ? 0 : w.kind === 'acne' ? 0.5 : 1;
  const widthTerm = w.widthMm / (w.widthMm + WIDTH_HALF_MM);
  const depthDrive = removesDermis * dermalExcess * widthTerm;
  const slowClosure = clamp((closureHours - SLOW_CLOSURE_ONSET_HOURS) / SLOW_CLOSURE_SPAN_HOURS, 0, 2) * 0.5;
  const persistent = 0.4 * prolonged * sizeTerm; // scar-persistence: prolonged inflammation feeds TGF-β1
  const baseDrive = depthDrive + slowClosure + persistent;
  const scarDrive = w.factors.keloidProne ? baseDrive * KELOID_GAIN : baseDrive;
  const matrixLoss = w.kind === 'acne' ? 0.6 * depthFraction * widthTerm * Math.min(1, prolonged) : 0;

  return { depthFraction, dermalExcess, areaMm2, sizeTerm, inflammation, prolonged, closureHours, scarDrive, matrixLoss,
    outcome: outcomeOf(baseDrive, scarDrive, matrixLoss, w.factors.keloidProne) };
}

function outcomeOf(baseDrive: number, scarDrive: number, matrixLoss: number, keloidProne: boolean): Outcome {
  // Order matters for monotonicity: as a wound grows its rank can only climb (OUTCOME_RANK).
  if (keloidProne && baseDrive >= NORMOTROPHIC_DRIVE) return 'keloid';
  if (scarDrive >= HYPERTROPHIC_DRIVE) return 'hypertrophic';
  if (matrixLoss >= ATROPHIC_LOSS) return 'atrophic';
  if (scarDrive >= NORMOTROPHIC_DRIVE) return 'normotrophic';
  return 'resolved';
}
