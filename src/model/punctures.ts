// Where the needles go: puncture positions and times for a treatment over a square patch of
// skin (the 3D block), laid out the way each device stamps. Deterministic for a given seed.
// Not for healing: each puncture's state is a look-up of its class's curves at its age.
import type { Device } from './devices';
import { createRandom, type Random } from './random';

export interface PunctureLayout {
  readonly count: number;
  /** Positions on the skin surface, mm from the patch centre. */
  readonly xMm: Float32Array;
  readonly zMm: Float32Array;
  readonly createdAtHours: Float32Array;
}

const SECONDS_PER_HOUR = 3600;
/** A hand moves a roller at ~5 cm/s; passes follow each other ~1 s apart (model assumption, display only). */
const ROLLER_SPEED_MM_PER_S = 50;
const SECONDS_BETWEEN_PASSES = 1;

export interface Stamp { readonly xMm: number; readonly zMm: number }

/** One pen stamp: the cartridge's needles on a ~1.6 mm disc around (x, z). */
export function penStamp(needles: number, xMm: number, zMm: number, rnd: Random): Stamp[] {
  const out: Stamp[] = [];
  for (let i = 0; i < needles; i++) {
    const a = (2 * Math.PI * i) / needles + rnd.range(-0.2, 0.2);
    const r = i === 0 ? 0 : 0.8 * Math.sqrt((i + rnd.next()) / needles);
    out.push({ xMm: xMm + r * Math.cos(a), zMm: zMm + r * Math.sin(a) });
  }
  return out;
}

/** One roller row touching down: needles evenly across the drum width, centred on (x, z), along z. */
export function rollerRow(needlesPerRow: number, drumWidthMm: number, xMm: number, zMm: number, stagger: number): Stamp[] {
  const spacing = drumWidthMm / needlesPerRow;
  return Array.from({ length: needlesPerRow }, (_, i) => ({ xMm, zMm: zMm - drumWidthMm / 2 + (i + 0.5 + stagger) * spacing }));
}

class Builder {
  x: number[] = []; z: number[] = []; t: number[] = [];
  constructor(readonly halfMm: number, readonly max: number) {}
  add(s: Stamp, hours: number): void {
    if (this.x.length >= this.max || Math.abs(s.xMm) > this.halfMm || Math.abs(s.zMm) > this.halfMm) return;
    this.x.push(s.xMm); this.z.push(s.zMm); this.t.push(hours);
  }
  done(): PunctureLayout {
    return { count: this.x.length, xMm: Float32Array.from(this.x), zMm: Float32Array.from(this.z), createdAtHours: Float32Array.from(this.t) };
  }
}

/**
 * Punctures over a patch `patchMm` wide for each pass of each session. Pens glide along x,
 * stamping every glideSpeed/frequency; rollers touch one row every circumference/rows of travel,
 * alternating direction each pass. Density matches holesPerCm2PerPass (tested).
 */
export function layPunctures(device: Device, passes: number, sessionsHours: readonly number[], patchMm: number, seed: number, maxCount = 200_000): PunctureLayout {
  const rnd = createRandom(seed);
  const half = patchMm / 2;
  const b = new Builder(half, maxCount);
  for (const session of sessionsHours) {
    for (let p = 0; p < passes; p++) {
      const passStartS = p * SECONDS_BETWEEN_PASSES;
      if (device.kind === 'pen') {
        const tipMm = device.tipWidthCm * 10;
        const stepMm = (device.glideSpeedCmPerS * 10) / device.frequencyHz;
        const offsetZ = rnd.range(-tipMm / 2, tipMm / 2);
        // Strokes tip-width apart cover the patch; each stamp scatters needles over the tip footprint.
        for (let stroke = Math.floor((-half - offsetZ) / tipMm); stroke * tipMm + offsetZ <= half + tipMm; stroke++) {
          const zc = stroke * tipMm + offsetZ;
          for (let x = -half - stepMm * rnd.next(); x <= half; x += stepMm) {
            const seconds = passStartS + Math.max(0, x + half) / (device.glideSpeedCmPerS * 10);
            for (let n = 0; n < device.needles; n++) {
              b.add({ xMm: x + rnd.range(-stepMm / 2, stepMm / 2), zMm: zc + rnd.range(-tipMm / 2, tipMm / 2) }, session + seconds / SECONDS_PER_HOUR);
            }
          }
        }
      } else {
        const circumferenceMm = Math.PI * device.drumDiameterCm * 10;
        const rowGapMm = circumferenceMm / device.rows;
        const widthMm = device.drumWidthCm * 10;
        const along = p % 2 === 0 ? 1 : -1;
        const phase = rnd.next() * rowGapMm;
        const slack = Math.max(0, widthMm / 2 - half); // keep the drum over the whole patch when it fits
        const centreZ = rnd.range(-slack, slack);
        for (let r = 0, x = -half - rowGapMm + phase; x <= half; r++, x += rowGapMm) {
          const seconds = passStartS + Math.max(0, x + half) / ROLLER_SPEED_MM_PER_S;
          for (const s of rollerRow(device.needles / device.rows, widthMm, along * x, centreZ, (r % 2) * 0.5)) b.add(s, session + seconds / SECONDS_PER_HOUR);
        }
      }
    }
  }
  return b.done();
}
