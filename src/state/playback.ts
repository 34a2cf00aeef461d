// How playback moves the simulated clock, shared by the 3D view's frame loop and the page's own
// loop when there is no 3D view: each real second moves a fixed share of the log-like axis, so
// minutes and months both get screen time. Pure: the callers own the timing.
import { axisToTime, timeToAxis } from '../model';
import type { Speed } from './store';

/** Seconds of playback for the whole span at each speed (slow is 6× slower than fast). */
export const PLAYBACK_SECONDS: Readonly<Record<Speed, number>> = { slow: 90, normal: 40, fast: 15 };

/** A frame longer than this (a background tab, a stall) counts as this long: no sudden leaps. */
const MAX_FRAME_SECONDS = 0.1;

/** The time after `dtSeconds` of playback, and whether it reached the end (playback then stops). */
export function advancePlayback(timeHours: number, spanHours: number, dtSeconds: number, speed: Speed): { timeHours: number; ended: boolean } {
  const dt = Math.min(Math.max(dtSeconds, 0), MAX_FRAME_SECONDS);
  const u = timeToAxis(timeHours, spanHours) + dt / PLAYBACK_SECONDS[speed];
  return u >= 1 ? { timeHours: spanHours, ended: true } : { timeHours: axisToTime(u, spanHours), ended: false };
}
