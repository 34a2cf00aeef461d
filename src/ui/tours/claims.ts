// What a tour step claims beyond its picture, as data the player and the tests share. A step
// that moves the time on (same scenarios, later or earlier time) claims a change over time; that
// change must show, either in the picture (tests/e2e/tourPictures measures it against the same
// view at the step before's time) or, where the picture cannot show it, in the step's readout
// (the model's numbers beside the caption, which must then move clearly: tests/tours).
import { blockDataFor } from '../../state/blockData';
import { woundAge } from '../explain/stageText';
import type { SignalId } from '../../model';
import type { TourStep } from './tours';

/** A readout value must move at least this much (share of unhurt skin) to carry a change. */
export const READOUT_CHANGE = 0.05;

export interface ReadoutValue {
  readonly signal: SignalId;
  readonly scenario: string;
  /** Share of unhurt skin, clamped to 0–1 as the bar draws it. */
  readonly share: number;
}

/** Does this step claim a change over time since the step before (same blocks, another time)? */
export function claimsChangeOverTime(previous: TourStep | null, step: TourStep): boolean {
  return previous !== null && previous.scenario === step.scenario && previous.compare === step.compare
    && previous.site === step.site && previous.timeHours !== step.timeHours;
}

/** The step's readout at a time (its own, or another step's to compare): each signal for each block. */
export function readoutAt(step: TourStep, timeHours: number): ReadoutValue[] {
  const blocks = [step.scenario, ...(step.compare ? [step.compare] : [])].map((id) => {
    const data = blockDataFor(id, step.site);
    return { id, signals: data.curves.at(woundAge(data, timeHours)) };
  });
  return step.readout.flatMap((signal) => blocks.map((b) => ({ signal, scenario: b.id, share: Math.max(0, Math.min(1, b.signals[signal])) })));
}

/** The largest move of the step's readout since `sinceHours` (0 without a readout). */
export function readoutChange(step: TourStep, sinceHours: number): number {
  const before = readoutAt(step, sinceHours);
  return readoutAt(step, step.timeHours).reduce((most, v, i) => Math.max(most, Math.abs(v.share - before[i].share)), 0);
}
