// Where the step buttons and keys take the clock: "Step forward" to the start of the next healing
// stage of the primary wound (of any session), a "little" step to the next notch of the log-like
// axis. Pure, so the targets are tested without a browser; steps are monotonic and stop at the span.
import { axisToTime, timeToAxis } from '../../model';
import type { Episode } from './timeline';

/** The axis is cut into this many notches for the small steps (about 1% of the slider). */
export const NOTCHES = 100;
/** Times closer than this count as the same moment (a stage boundary reached by the slider). */
const SAME_MOMENT_HOURS = 1e-6;

/** Sorted stage starts after time 0, ending with the span itself. */
export function stageTargets(eps: readonly Episode[], spanHours: number): number[] {
  const starts = eps.map((e) => e.startHours).filter((h) => h > 0 && h < spanHours);
  return [...new Set([...starts, spanHours])].sort((a, b) => a - b);
}

export function nextStage(timeHours: number, targets: readonly number[], spanHours: number): number {
  return targets.find((h) => h > timeHours + SAME_MOMENT_HOURS) ?? spanHours;
}

export function previousStage(timeHours: number, targets: readonly number[]): number {
  return [0, ...targets].filter((h) => h < timeHours - SAME_MOMENT_HOURS).at(-1) ?? 0;
}

/** One notch on, snapped to the notch grid so repeated steps land on the same times. */
export function forwardALittle(timeHours: number, spanHours: number): number {
  const notch = Math.floor(timeToAxis(timeHours, spanHours) * NOTCHES + 1e-9) + 1;
  return notch >= NOTCHES ? spanHours : axisToTime(notch / NOTCHES, spanHours);
}

export function backALittle(timeHours: number, spanHours: number): number {
  const notch = Math.ceil(timeToAxis(timeHours, spanHours) * NOTCHES - 1e-9) - 1;
  return notch <= 0 ? 0 : axisToTime(notch / NOTCHES, spanHours);
}
