// Helpers for the calibration tests: find peaks and threshold crossings on a wound's curves.
import { healingCurves, NO_FACTORS, scenarioById, woundOf, type HealingCurves, type PatientFactors, type SignalId, type WoundSpec } from '../../src/model';

export function curvesOf(scenarioId: string): HealingCurves {
  const s = scenarioById(scenarioId);
  if (!s) throw new Error(`no scenario ${scenarioId}`);
  return healingCurves(woundOf(s));
}

export function wound(partial: Partial<WoundSpec> & Pick<WoundSpec, 'kind' | 'depthMm'>, factors: Partial<PatientFactors> = {}): HealingCurves {
  return healingCurves({ site: 'face', widthMm: 1, lengthMm: 20, ...partial, factors: { ...NO_FACTORS, ...factors } });
}

/** Time of the highest value on a fine log grid from 6 min to `untilHours`. */
export function peakTime(c: HealingCurves, signal: SignalId, untilHours: number): number {
  let best = -Infinity;
  let at = 0;
  for (let t = 0.1; t <= untilHours; t *= 1.005) {
    const v = c.at(t)[signal];
    if (v > best) { best = v; at = t; }
  }
  return at;
}

/** First time the signal satisfies the predicate, scanning every 15 minutes up to `untilHours`. */
export function firstTime(c: HealingCurves, signal: SignalId, pred: (v: number) => boolean, untilHours: number): number | null {
  for (let t = 0; t <= untilHours; t += 0.25) if (pred(c.at(t)[signal])) return t;
  return null;
}

export const stageStart = (c: HealingCurves, stage: string): number | undefined => c.stages.find((s) => s.stage === stage)?.startHours;
