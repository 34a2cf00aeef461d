// Units and time helpers shared by the whole model: millimetres for length, hours for time.
// Not for biology: constants with a biological meaning live beside their source elsewhere.

export const HOURS_PER_DAY = 24;
export const HOURS_PER_WEEK = 7 * HOURS_PER_DAY;
export const HOURS_PER_YEAR = 365 * HOURS_PER_DAY;
export const MM_PER_CM = 10;
export const UM_PER_MM = 1000;

export const days = (d: number): number => d * HOURS_PER_DAY;
export const weeks = (w: number): number => w * HOURS_PER_WEEK;
export const um = (micrometres: number): number => micrometres / UM_PER_MM;

/** The longest wound age the curves cover: two years, so remodeling past the first year is visible. */
export const MAX_AGE_HOURS = 2 * HOURS_PER_YEAR;

/**
 * Log-like time axis: u = ln(1 + t/t0) / ln(1 + tMax/t0), so the first minutes and the last
 * months both get room. t0 = 1 h puts about a fifth of the axis below one day.
 */
export const LOG_TIME_T0_HOURS = 1;

export function timeToAxis(hours: number, maxHours = MAX_AGE_HOURS): number {
  const t = Math.min(Math.max(hours, 0), maxHours);
  return Math.log1p(t / LOG_TIME_T0_HOURS) / Math.log1p(maxHours / LOG_TIME_T0_HOURS);
}

export function axisToTime(u: number, maxHours = MAX_AGE_HOURS): number {
  const clamped = Math.min(Math.max(u, 0), 1);
  return LOG_TIME_T0_HOURS * Math.expm1(clamped * Math.log1p(maxHours / LOG_TIME_T0_HOURS));
}

export const clamp = (x: number, lo: number, hi: number): number => Math.min(Math.max(x, lo), hi);
export const clamp01 = (x: number): number => clamp(x, 0, 1);

/** Plain-units label of a simulated time, e.g. "Day 3, 6 h" (UI text comes from i18n; this is for CLI/logs). */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < HOURS_PER_DAY) return `${Math.round(hours)} h`;
  const d = Math.floor(hours / HOURS_PER_DAY);
  const h = Math.round(hours - d * HOURS_PER_DAY);
  return h === 0 ? `Day ${d}` : `Day ${d}, ${h} h`;
}
