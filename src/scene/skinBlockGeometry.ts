// Geometry of the skin block: one merged BufferGeometry of five slabs (one per layer, attribute
// aLayer), whose shared epidermis/dermis face follows the undulating junction, so the exploded
// layout can pull the slabs apart in the vertex shader. Also the junction shape and the exploded
// offsets, for anything that must line up with the block (labels, structures).
import { BufferAttribute, BufferGeometry } from 'three';
import type { Tissue } from '../model/tissue';
import type { TissueLayout } from '../state/store';
import type { BlockData } from '../state/blockData';

/** Gap between layers in the exploded layout, mm. */
export const EXPLODE_GAP_MM = 0.3;
/** Spacing of rete ridges / dermal papillae, mm (0.1–0.15 mm in thin skin). */
export const JUNCTION_WAVE_MM = 0.13;

/** Same as junctionOffset() in shaders/lib/junction.glsl: in ridge depths, within [-0.5, 0.5]. */
export function junctionOffset(x: number, z: number): number {
  const k = (2 * Math.PI) / JUNCTION_WAVE_MM;
  const u = x * k + 0.9 * Math.sin(z * k * 0.31 + 1.7) + 0.5 * Math.sin(z * k * 0.83);
  const w = z * k + 0.8 * Math.sin(x * k * 0.27 + 0.4);
  const a = 0.8 + 0.2 * Math.sin((x * 0.23 + z * 0.19) * k + 2.0);
  const s = Math.sin(u) * (0.7 + 0.3 * Math.sin(w)) * a;
  return -0.5 * Math.sign(s) * Math.pow(Math.abs(s), 0.8);
}

/** Depth of the dermal–epidermal junction under (x, z), mm below the surface. */
export function junctionDepthMm(tissue: Tissue, x: number, z: number): number {
  return tissue.layers[1].bottomMm + tissue.reteRidgeDepthMm * junctionOffset(x, z);
}

/** How far layer `index` (0 = stratum corneum … 4 = fat) is moved down, mm (≤ 0). */
export function explodeShiftMm(index: number, layout: TissueLayout): number {
  return layout === 'exploded' ? -index * EXPLODE_GAP_MM : 0;
}

/** Top and bottom depth of each drawn layer (fat cropped to the drawn depth), mm. */
export function drawnLayerBounds(data: BlockData): { topMm: number; bottomMm: number }[] {
  return data.tissue.layers.map((l) => ({ topMm: l.topMm, bottomMm: Math.min(l.bottomMm, data.drawnDepthMm) }));
}

type Depth = (x: number, z: number) => number;
type Vec3 = [number, number, number];

class Builder {
  positions: number[] = [];
  normals: number[] = [];
  layers: number[] = [];
  indices: number[] = [];

  /** A grid of (nu+1)×(nv+1) vertices; triangles are wound so they face `normalAt`. */
  grid(nu: number, nv: number, layer: number, at: (u: number, v: number) => Vec3, normalAt: (u: number, v: number) => Vec3) {
    const base = this.positions.length / 3;
    for (let j = 0; j <= nv; j++) {
      for (let i = 0; i <= nu; i++) {
        this.positions.push(...at(i / nu, j / nv));
        this.normals.push(...normalAt(i / nu, j / nv));
        this.layers.push(layer);
      }
    }
    const p = (k: number): Vec3 => [this.positions[k * 3], this.positions[k * 3 + 1], this.positions[k * 3 + 2]];
    const row = nu + 1;
    for (let j = 0; j < nv; j++) {
      for (let i = 0; i < nu; i++) {
        const a = base + j * row + i, b = a + 1, c = a + row, d = c + 1;
        const [pa, pb, pc] = [p(a), p(b), p(c)];
        const e1 = [pb[0] - pa[0], pb[1] - pa[1], pb[2] - pa[2]];
        const e2 = [pc[0] - pa[0], pc[1] - pa[1], pc[2] - pa[2]];
        const n = normalAt(i / nu, j / nv);
        const facing = (e1[1] * e2[2] - e1[2] * e2[1]) * n[0] + (e1[2] * e2[0] - e1[0] * e2[2]) * n[1] + (e1[0] * e2[1] - e1[1] * e2[0]) * n[2];
        if (facing >= 0) this.indices.push(a, b, c, b, d, c);
        else this.indices.push(a, c, b, b, c, d);
      }
    }
  }
}

/** Upward normal of the surface y = -depth(x, z), by central differences. */
function surfaceNormal(depth: Depth, x: number, z: number, sign: 1 | -1): Vec3 {
  const e = 0.002;
  const dx = -(depth(x + e, z) - depth(x - e, z)) / (2 * e);
  const dz = -(depth(x, z + e) - depth(x, z - e)) / (2 * e);
  const len = Math.hypot(dx, 1, dz);
  return [(-dx / len) * sign, (1 / len) * sign, (-dz / len) * sign];
}

/** Segments across a wavy surface (0.025 mm) and along its edges (0.01 mm). */
const WAVY_SURFACE_SEGMENTS = 160;
const WAVY_EDGE_SEGMENTS = 400;

function addSlab(b: Builder, layer: number, half: number, top: Depth, bottom: Depth, wavyTop: boolean, wavyBottom: boolean) {
  const w = (u: number) => -half + 2 * half * u;
  const surf = (depth: Depth, wavy: boolean, sign: 1 | -1) => {
    const n = wavy ? WAVY_SURFACE_SEGMENTS : 1;
    b.grid(n, n, layer, (u, v) => [w(u), -depth(w(u), w(v)), w(v)], (u, v) => (wavy ? surfaceNormal(depth, w(u), w(v), sign) : [0, sign, 0]));
  };
  surf(top, wavyTop, 1);
  surf(bottom, wavyBottom, -1);
  const edge = wavyTop || wavyBottom ? WAVY_EDGE_SEGMENTS : 1;
  for (const s of [1, -1] as const) {
    // Front/back faces (z = ±half) and left/right faces (x = ±half): vertical, top edge to bottom edge.
    b.grid(edge, 1, layer, (u, v) => { const x = w(u), z = s * half; return [x, -(v ? top(x, z) : bottom(x, z)), z]; }, () => [0, 0, s]);
    b.grid(edge, 1, layer, (u, v) => { const z = w(u), x = s * half; return [x, -(v ? top(x, z) : bottom(x, z)), z]; }, () => [s, 0, 0]);
  }
}

/** The whole block: five slabs in one geometry, attribute aLayer = 0…4 (stratum corneum … fat). */
export function skinBlockGeometry(data: BlockData): BufferGeometry {
  const half = data.blockMm / 2;
  const bounds = drawnLayerBounds(data);
  const junction: Depth = (x, z) => junctionDepthMm(data.tissue, x, z);
  const b = new Builder();
  bounds.forEach((l, i) => {
    const top: Depth = i === 2 ? junction : () => l.topMm;
    const bottom: Depth = i === 1 ? junction : () => l.bottomMm;
    addSlab(b, i, half, top, bottom, i === 2, i === 1);
  });
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(new Float32Array(b.positions), 3));
  g.setAttribute('normal', new BufferAttribute(new Float32Array(b.normals), 3));
  g.setAttribute('aLayer', new BufferAttribute(new Float32Array(b.layers), 1));
  g.setIndex(new BufferAttribute(new Uint32Array(b.indices), 1));
  g.computeBoundingSphere();
  return g;
}
