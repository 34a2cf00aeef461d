// The footprint grid of a condition's dent on the block's top (mm), for shaders/condition.vert.glsl:
// a half-disc behind the front face for a round dent (the section cuts it through its middle),
// or a strip front to back for a groove or band. Clipped to the block. Pure: no GPU objects.
import type { ConditionPicture } from '../state/condition';

export interface DentFootprint {
  /** Per vertex: x, z on the top face. */
  readonly foot: Float32Array;
  readonly index: Uint32Array;
}

const RINGS = 40;
const SPOKES = 48;
const ACROSS = 48;
const ALONG = 40;

export function dentFootprint(p: ConditionPicture, blockMm: number): DentFootprint {
  const half = blockMm / 2;
  const r = p.condition.widthMm / 2;
  const clampX = (x: number): number => Math.min(half, Math.max(-half, x));
  const foot: number[] = [];
  const index: number[] = [];
  const [rows, cols] = p.linear ? [ALONG, ACROSS] : [RINGS, SPOKES];
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j <= cols; j++) {
      if (p.linear) {
        foot.push(clampX(p.centre[0] - r + (2 * r * j) / cols), -half + (2 * half * i) / rows);
      } else {
        const rad = (r * i) / rows;
        const theta = (Math.PI * j) / cols;
        foot.push(clampX(p.centre[0] + rad * Math.cos(theta)), Math.max(-half, p.centre[1] - rad * Math.sin(theta)));
      }
    }
  }
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const a = i * (cols + 1) + j;
      const b = a + cols + 1;
      index.push(a, b, a + 1, a + 1, b, b + 1);
    }
  }
  return { foot: new Float32Array(foot), index: new Uint32Array(index) };
}
