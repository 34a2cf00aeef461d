// The continuous healing signals of one wound class as closed-form functions of wound age.
// Timings and sizes follow the drives in response.ts; the shapes are model-kinetics [D],
// calibrated to REFERENCE §3–6 (see tests/science). Not for stages: healing.ts reads these.
import type { WoundResponse } from './response';
import type { Signals } from './signals';
import { BASELINE } from './signals';
import type { WoundSpec } from './wounds';
import { hill, pulse, step } from './shapes';
import { days } from './units';

/** Normal dermis: ~85% type I, ~15% type III collagen (normal-collagen). */
const NORMAL_SHARE_III = 0.15;
/** Basket-weave dermis has little preferred orientation (scar-collagen-pattern). */
const BASELINE_ALIGNMENT = BASELINE.alignment;

export interface Kinetics {
  readonly neutrophilPeakHours: number;
  readonly macrophagePeakHours: number;
  readonly fibroblastPeakHours: number;
  readonly at: (ageHours: number) => Signals;
}

export function kineticsFor(w: WoundSpec, r: WoundResponse): Kinetics {
  const L = r.inflammation;
  const sq = Math.min(1.3, Math.sqrt(L));
  const micro = w.kind === 'microchannel';
  const o = r.outcome;
  const scarred = o !== 'resolved';

  // stage-inflammation: neutrophils peak 24–48 h, macrophages day 3–5 in an acute cut; micro-
  // injuries are brief and low-grade (brogden2012), so their pulses are earlier and sharper.
  const tN = 10 + 26 * sq;
  const kN = 2 + 2.5 * (1 - Math.min(1, sq));
  const tM = 40 + 56 * sq;
  const tF = 72 + 200 * sq; // stage-proliferation: fibroblasts ~day 3 to week 3
  const tail = (t: number, peak: number): number => r.prolonged * 0.6 * pulse(t, peak + days(3 + 7 * Math.min(1, r.prolonged)), 2);

  // Clot (stage-hemostasis): forms within minutes, slower and smaller on anticoagulants.
  const clotRise = w.factors.anticoagulant ? 0.5 : 0.05;
  const clotSize = w.factors.anticoagulant ? 0.6 : 1;
  const clotClear = Math.max(6, 0.6 * r.closureHours);

  // Hyperaemia: needling redness follows depth (chu2021: hours to 2–3 days); wounds scale with load.
  const hyperPeak = micro ? 4 + 6 * w.depthMm : 12 + 36 * sq;
  const hyperSize = 0.3 + 0.8 * r.depthFraction + 0.8 * Math.min(L, 1.5);
  const angioPeak = 96 + 100 * sq;
  const angioSize = 0.6 * L ** 1.5;

  // Scar-specific late behaviour (gauglitz2011): hypertrophic rises from week 4–8, peaks by
  // ~6 months, regresses; keloid spreads past the edges and does not regress.
  const hypertrophic = o === 'hypertrophic';
  const keloid = o === 'keloid';
  const atrophic = o === 'atrophic';
  const raisedMm = hypertrophic ? Math.min(2, 0.25 + 0.5 * (r.scarDrive - 0.8)) : keloid ? Math.min(3, 0.6 + 0.3 * r.scarDrive) : 0;
  const pittedMm = atrophic ? Math.min(1.5, 0.5 * r.matrixLoss * w.depthMm) : 0;
  const keloidSpread = keloid ? 0.3 + 0.8 * r.scarDrive : 0;
  const hypertrophicBump = (t: number): number => hill(t, days(50), 4) * Math.exp(-Math.max(0, t - days(180)) / days(300));
  const keloidGrowth = (t: number): number => hill(t, days(120), 2);
  const keloidRise = (t: number): number => hill(t, days(90), 3);
  const lateActivity = (t: number): number => (hypertrophic ? hypertrophicBump(t) : keloid ? keloidRise(t) : 0);

  // Collagen (normal-collagen, oliveira2009): III is laid first; I dominant again by ~week 2
  // in a cut; resolved tissue returns to ~85% type I, hypertrophic scars stay richer in III.
  const t3 = 0.6 * tF;
  const peakShareIII = 0.3 + 0.15 * Math.min(1, sq);
  const finalShareIII = hypertrophic ? 0.33 : keloid ? 0.22 : scarred ? 0.2 : NORMAL_SHARE_III;
  const depositionHalf = 1.3 * tF;
  const inducedGain = micro ? 0.25 * Math.min(1, w.depthMm) : 0; // aust2010: needling induces collagen I
  const settledTotal = 1 + inducedGain + (o === 'normotrophic' ? 0.15 : 0) - r.matrixLoss;
  const excessTotal = hypertrophic ? 0.4 + 0.5 * r.scarDrive : keloid ? 0.6 + 0.4 * r.scarDrive : 0;
  const lesionDestroyed = (t: number): number => (w.kind === 'acne' ? hill(t, days(4), 3) : 1);

  // Alignment (scar-collagen-pattern): scars settle into parallel bundles; resolved tissue
  // returns to basket-weave after a small transient.
  const finalAlignment = hypertrophic ? 0.8 : keloid ? 0.55 : atrophic ? 0.65 : scarred ? 0.7 : BASELINE_ALIGNMENT;
  const alignmentHalf = days(25) + days(20) * sq;
  const transientAlignment = 0.15 * Math.min(1, sq);

  // Strength (ireton2013): sigmoid, ~50% at 3 months for an incision, plateau ≤ 85% for scars.
  const strengthMax = 1 - 0.2 * Math.min(1, r.scarDrive / 0.3) - 0.1 * Math.min(1, r.matrixLoss);
  const strengthHalf = days(2) + days(75) * Math.sqrt(r.sizeTerm * r.depthFraction);

  // Visibility of a resolving wound fades after closure (dunkin2007: shallow cuts invisible by week 18).
  const fadeHours = days(14) * Math.sqrt(r.sizeTerm) + 12;
  const finalElastin = scarred ? 0.35 : 1 + (micro ? 0.2 * Math.min(1, w.depthMm) : 0); // scar-elastin; schwarz-laaff2011
  const elastinHalf = days(25) + days(40) * Math.sqrt(r.sizeTerm) * r.depthFraction;

  const at = (t: number): Signals => {
    if (t <= 0) return { ...BASELINE, closure: 0, collagenI: w.kind === 'acne' ? 0.85 : 0, collagenIII: w.kind === 'acne' ? 0.15 : 0, elastin: w.kind === 'acne' ? 1 : 0, strength: 0, extent: 1 };
    const neutrophils = L * (pulse(t, tN, kN) + tail(t, tN));
    const macrophages = L * (pulse(t, tM, 2) + tail(t, tM));
    const fibroblasts = (0.15 + 0.85 * L) * pulse(t, tF, 2) + 0.5 * lateActivity(t) * Math.min(1, r.scarDrive);
    const myofibroblasts = Math.min(1, r.scarDrive) * (pulse(t, tF + 72, 2) + 0.8 * lateActivity(t));
    const closure = step(t, r.closureHours, 0.15 * r.closureHours);
    const platelets = clotSize * (1 - Math.exp(-t / clotRise)) * Math.exp(-t / clotClear);
    const vesselDensity = 1 + angioSize * pulse(t, angioPeak, 2) + 0.6 * lateActivity(t);
    const hyperaemia = hyperSize * pulse(t, hyperPeak, 1) + 0.5 * hyperSize * r.prolonged * pulse(t, days(7), 1.5);
    const perfusion = 1 + hyperaemia + 0.8 * (vesselDensity - 1);
    const erythema = 1 - Math.exp(-1.5 * (hyperaemia + 0.3 * (vesselDensity - 1)));

    const remaining = w.kind === 'acne' ? 1 - lesionDestroyed(t) : 0;
    const total = remaining + (settledTotal - 0) * hill(t, depositionHalf, 2.5) * (w.kind === 'acne' ? lesionDestroyed(t) : 1)
      + excessTotal * lateActivity(t);
    const shareIII = NORMAL_SHARE_III + (peakShareIII - NORMAL_SHARE_III) * pulse(t, t3, 2) * (1 - hill(t, t3 * 3, 2))
      + (finalShareIII - NORMAL_SHARE_III) * hill(t, t3, 2);
    const alignment = BASELINE_ALIGNMENT + (finalAlignment - BASELINE_ALIGNMENT) * hill(t, alignmentHalf, 2)
      + transientAlignment * pulse(t, tF * 1.5, 2) * (scarred ? 0 : 1);
    const elastin = (w.kind === 'acne' ? 1 - lesionDestroyed(t) : 0) + finalElastin * hill(t, elastinHalf, 2);
    const strength = strengthMax * hill(t, strengthHalf, 2);
    const sinceClosed = Math.max(0, t - r.closureHours);
    const extent = scarred
      ? 1 + keloidSpread * keloidGrowth(t)
      : 1 - closure * (1 - Math.exp(-sinceClosed / fadeHours));
    const elevationMm = raisedMm * (keloid ? keloidRise(t) : hypertrophic ? hypertrophicBump(t) : 0)
      - pittedMm * hill(t, days(21), 2);
    return {
      platelets, neutrophils, macrophages, fibroblasts, myofibroblasts, perfusion, erythema, vesselDensity, closure,
      collagenI: total * (1 - shareIII), collagenIII: total * shareIII, alignment, elastin, strength, extent, elevationMm,
    };
  };
  return { neutrophilPeakHours: tN, macrophagePeakHours: tM, fibroblastPeakHours: tF, at };
}
