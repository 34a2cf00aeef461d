// Turns a pointer drag over the block into punctures, the way the device stamps (pure, testable):
// the pen stamps its needle cluster, the roller touches one row of needles per row gap of travel.
// Positions come from the model (penStamp, rollerRow); this file only decides where and how often.
import { createRandom, holesPerCm2PerPass, penStamp, rollerRow, type Device, type Stamp } from '../model';
import type { UserStroke } from '../state/store';

const MM2_PER_CM2 = 100;
/** penStamp scatters the cartridge's needles on a disc 0.8 mm in radius (src/model/punctures.ts). */
export const PEN_STAMP_DIAMETER_MM = 1.6;

/**
 * Travel between stamps, mm. Roller: one row every circumference / rows. Pen: the model's dose
 * (holesPerCm2PerPass) assumes the needles spread over the 8 mm tip, but penStamp's cluster is
 * 1.6 mm wide, so stamping every glideSpeed/frequency (0.2 mm) would lay 5× the model's density.
 * Spacing stamps by needles ÷ (density × stamp width) keeps a drag at the model's dose.
 */
export function stampSpacingMm(device: Device): number {
  if (device.kind === 'roller') return (Math.PI * device.drumDiameterCm * 10) / device.rows;
  const perMm2 = holesPerCm2PerPass(device) / MM2_PER_CM2;
  return device.needles / (perMm2 * PEN_STAMP_DIAMETER_MM);
}

/** One touch-down of the device at (x, z), heading along `headingRad` (the roller's row lies across it). */
export function deviceStamp(device: Device, xMm: number, zMm: number, headingRad: number, index: number, seed: number): Stamp[] {
  if (device.kind === 'pen') return penStamp(device.needles, xMm, zMm, createRandom(seed * 7919 + index));
  const row = rollerRow(device.needles / device.rows, device.drumWidthCm * 10, 0, 0, (index % 2) * 0.5);
  // rollerRow lays the row along z for travel along x; turn it with the heading.
  const c = Math.cos(headingRad), s = Math.sin(headingRad);
  return row.map((p) => ({ xMm: xMm + p.xMm * c - p.zMm * s, zMm: zMm + p.xMm * s + p.zMm * c }));
}

/** Progress of one drag: distance to the next stamp and how many stamps so far. */
export interface DragProgress { readonly untilNextMm: number; readonly stamps: number }

export const DRAG_START: DragProgress = { untilNextMm: 0, stamps: 0 };

/**
 * Stamps along the straight segment from → to, continuing a drag's progress. Punctures outside
 * the block (|x| or |z| > halfMm) are dropped. Returns the strokes to add and the new progress.
 */
export function strokesAlongSegment(
  device: Device, from: { xMm: number; zMm: number }, to: { xMm: number; zMm: number },
  progress: DragProgress, halfMm: number, atHours: number, seed: number,
): { strokes: UserStroke[]; progress: DragProgress } {
  const dx = to.xMm - from.xMm, dz = to.zMm - from.zMm;
  const length = Math.hypot(dx, dz);
  const heading = length > 0 ? Math.atan2(dz, dx) : 0;
  const spacing = stampSpacingMm(device);
  const strokes: UserStroke[] = [];
  let at = progress.untilNextMm;
  let stamps = progress.stamps;
  for (; at <= length; at += spacing, stamps++) {
    const u = length > 0 ? at / length : 0;
    for (const p of deviceStamp(device, from.xMm + dx * u, from.zMm + dz * u, heading, stamps, seed)) {
      if (Math.abs(p.xMm) <= halfMm && Math.abs(p.zMm) <= halfMm) strokes.push({ xMm: p.xMm, zMm: p.zMm, atHours });
    }
  }
  return { strokes, progress: { untilNextMm: at - length, stamps } };
}
