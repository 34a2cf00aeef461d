// Curve shapes the kinetics are built from: smooth, non-negative, closed-form in time.
// Not biology: which shape each signal uses, and why, is in kinetics.ts.

/** Gamma-shaped pulse: 0 at t = 0, exactly 1 at t = peakHours, decaying like e^(−k·t/peak) after. */
export function pulse(tHours: number, peakHours: number, k: number): number {
  if (tHours <= 0) return 0;
  const x = tHours / peakHours;
  return Math.exp(k * (Math.log(x) + 1 - x));
}

/** Hill ramp from 0 to 1: half-way at halfHours, steepness n. */
export function hill(tHours: number, halfHours: number, n: number): number {
  if (tHours <= 0) return 0;
  const r = (tHours / halfHours) ** n;
  return r / (1 + r);
}

/** Logistic step centred at centreHours with the given width, rescaled so step(0) = 0 exactly. */
export function step(tHours: number, centreHours: number, widthHours: number): number {
  const s = (t: number): number => 1 / (1 + Math.exp(-(t - centreHours) / widthHours));
  const s0 = s(0);
  return Math.max(0, (s(tHours) - s0) / (1 - s0));
}
