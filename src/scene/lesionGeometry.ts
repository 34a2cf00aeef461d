// Geometry of an uncontrolled wound in lesion coordinates for shaders/lesion.vert.glsl: the
// surface over the wound, and its section on the cut-away front face. Pure: no GPU objects.
import type { LesionShape } from '../state/lesion';

export interface LesionMesh {
  /** Per vertex: surface footprint x, z (mm). */
  readonly foot: Float32Array;
  /** Per vertex: 0 on the surface … 1 at the wound floor. */
  readonly depthMix: Float32Array;
  /** Per vertex: floor depth as a share of the wound depth. */
  readonly floor: Float32Array;
  readonly index: Uint32Array;
  readonly radial: boolean;
  readonly halfWidthMm: number;
  readonly depthMm: number;
}

const ACROSS = 32;
const DOWN = 10;
const ALONG = 24;

/** How deep the floor is at a point `across` (0 = centre, 1 = edge) of the wound. */
function floorAt(shape: LesionShape, across: number): number {
  const a = Math.min(1, Math.abs(across));
  // A cut is V-shaped; a burn is flat with steep edges; an acne scar is a bowl.
  if (shape.kind === 'slot') return 1 - a;
  if (shape.kind === 'band') return 1 - a ** 8;
  return 1 - a * a;
}

export function lesionMesh(shape: Exclude<LesionShape, { kind: 'channels' }>, blockMm: number): LesionMesh {
  const front = blockMm / 2;
  const radial = shape.kind === 'bowl';
  const half = shape.kind === 'bowl' ? shape.radiusMm : shape.halfWidthMm;
  const foot: number[] = [];
  const depthMix: number[] = [];
  const floor: number[] = [];
  const index: number[] = [];
  const grid = (rows: number, cols: number, vertex: (i: number, j: number) => [number, number, number, number]): void => {
    const start = foot.length / 2;
    for (let i = 0; i <= rows; i++) for (let j = 0; j <= cols; j++) {
      const [x, z, mix, fl] = vertex(i / rows, j / cols);
      foot.push(x, z); depthMix.push(mix); floor.push(fl);
    }
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
      const a = start + i * (cols + 1) + j;
      const b = a + cols + 1;
      index.push(a, b, a + 1, a + 1, b, b + 1);
    }
  };
  // The surface: a strip along z (slot, band) or a half-disc behind the front face (bowl).
  grid(ALONG, ACROSS, (u, v) => {
    const s = 2 * v - 1;
    if (!radial) return [s * half, front - u * 2 * front, 0, floorAt(shape, s)];
    const theta = Math.PI * u;
    return [s * half * Math.cos(theta) , front - Math.abs(s) * half * Math.sin(theta), 0, floorAt(shape, s)];
  });
  // The section on the front face: from the surface (mix 0) down to the floor (mix 1).
  grid(DOWN, ACROSS, (u, v) => {
    const s = 2 * v - 1;
    return [s * half, front, u, floorAt(shape, s)];
  });
  return { foot: Float32Array.from(foot), depthMix: Float32Array.from(depthMix), floor: Float32Array.from(floor), index: Uint32Array.from(index),
    radial, halfWidthMm: half, depthMm: shape.depthMm };
}
