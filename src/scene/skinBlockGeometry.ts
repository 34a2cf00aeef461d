// Geometry of the skin block: one merged BufferGeometry of five slabs (one per layer, attribute
// aLayer), whose shared epidermis/dermis face follows the undulating junction, so the exploded
// layout can pull the slabs apart in the vertex shader. Also the junction shape and the exploded
// offsets, for anything that must line up with the block (labels, structures).
import { BufferAttribute, BufferGeometry } from 'three';
import type { Tissue } from '../model/tissue';
import type { TissueLayout } from '../state/url';
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

/** A (nu+1)×(nv+1) grid of vertices, row by row (u fastest): xyz positions and unit normals. */
interface Grid { nu: number; nv: number; positions: Float32Array; normals: Float32Array }

/** Upward normal of the surface y = -depth(x, z), by central differences, written at out[k..k+2]. */
function surfaceNormalInto(out: Float32Array, k: number, depth: Depth, x: number, z: number): void {
  const e = 0.002;
  const dx = -(depth(x + e, z) - depth(x - e, z)) / (2 * e);
  const dz = -(depth(x, z + e) - depth(x, z - e)) / (2 * e);
  const len = Math.hypot(dx, 1, dz);
  out[k] = -dx / len;
  out[k + 1] = 1 / len;
  out[k + 2] = -dz / len;
}

/** The surface y = -depth(x, z) over the square [-half, half]², n×n segments, normals facing up. */
function heightField(n: number, half: number, depth: Depth, wavy: boolean): Grid {
  const positions = new Float32Array((n + 1) * (n + 1) * 3), normals = new Float32Array(positions.length);
  for (let j = 0, k = 0; j <= n; j++) {
    const z = -half + (2 * half * j) / n;
    for (let i = 0; i <= n; i++, k += 3) {
      const x = -half + (2 * half * i) / n;
      positions[k] = x; positions[k + 1] = -depth(x, z); positions[k + 2] = z;
      if (wavy) surfaceNormalInto(normals, k, depth, x, z);
      else normals[k + 1] = 1;
    }
  }
  return { nu: n, nv: n, positions, normals };
}

/** A vertical side from the bottom surface up to the top one: along x at z = `at` (axis 'x'), or along z at x = `at`. */
function side(n: number, half: number, top: Depth, bottom: Depth, axis: 'x' | 'z', at: number): Grid {
  const positions = new Float32Array((n + 1) * 2 * 3), normals = new Float32Array(positions.length);
  for (let j = 0, k = 0; j <= 1; j++) {
    for (let i = 0; i <= n; i++, k += 3) {
      const t = -half + (2 * half * i) / n;
      const [x, z] = axis === 'x' ? [t, at] : [at, t];
      positions[k] = x; positions[k + 1] = -(j ? top(x, z) : bottom(x, z)); positions[k + 2] = z;
      normals[axis === 'x' ? k + 2 : k] = Math.sign(at);
    }
  }
  return { nu: n, nv: 1, positions, normals };
}

/** Gathers grids (with their layer and which way they face) and packs them into one geometry. */
class Builder {
  private parts: { grid: Grid; layer: number; sign: 1 | -1 }[] = [];

  add(grid: Grid, layer: number, sign: 1 | -1 = 1): void {
    this.parts.push({ grid, layer, sign });
  }

  build(): BufferGeometry {
    const vertices = this.parts.reduce((sum, p) => sum + p.grid.positions.length / 3, 0);
    const quads = this.parts.reduce((sum, p) => sum + p.grid.nu * p.grid.nv, 0);
    const positions = new Float32Array(vertices * 3), normals = new Float32Array(vertices * 3), layers = new Float32Array(vertices);
    const indices = new Uint32Array(quads * 6);
    let base = 0, q = 0;
    for (const { grid, layer, sign } of this.parts) {
      const { nu, nv, positions: gp, normals: gn } = grid;
      positions.set(gp, base * 3);
      for (let k = 0; k < gn.length; k++) normals[base * 3 + k] = sign * gn[k];
      layers.fill(layer, base, base + gp.length / 3);
      // Each quad's triangles are wound so they face the grid's normal there.
      const row = nu + 1;
      for (let j = 0; j < nv; j++) {
        for (let i = 0; i < nu; i++) {
          const a = j * row + i, b = a + 1, c = a + row, d = c + 1;
          const e1x = gp[b * 3] - gp[a * 3], e1y = gp[b * 3 + 1] - gp[a * 3 + 1], e1z = gp[b * 3 + 2] - gp[a * 3 + 2];
          const e2x = gp[c * 3] - gp[a * 3], e2y = gp[c * 3 + 1] - gp[a * 3 + 1], e2z = gp[c * 3 + 2] - gp[a * 3 + 2];
          const facing = sign * ((e1y * e2z - e1z * e2y) * gn[a * 3] + (e1z * e2x - e1x * e2z) * gn[a * 3 + 1] + (e1x * e2y - e1y * e2x) * gn[a * 3 + 2]);
          const up = facing >= 0;
          indices[q++] = base + a; indices[q++] = base + (up ? b : c); indices[q++] = base + (up ? c : b);
          indices[q++] = base + b; indices[q++] = base + (up ? d : c); indices[q++] = base + (up ? c : d);
        }
      }
      base += gp.length / 3;
    }
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(positions, 3));
    g.setAttribute('normal', new BufferAttribute(normals, 3));
    g.setAttribute('aLayer', new BufferAttribute(layers, 1));
    g.setIndex(new BufferAttribute(indices, 1));
    g.computeBoundingSphere();
    return g;
  }
}

/** Segments across a wavy surface (0.025 mm) and along its edges (0.01 mm). */
const WAVY_SURFACE_SEGMENTS = 160;
const WAVY_EDGE_SEGMENTS = 400;

/**
 * The whole block: five slabs in one geometry, attribute aLayer = 0…4 (stratum corneum … fat).
 * `junction`: also the two wavy junction faces inside the block (the epidermis's floor and the
 * papillary dermis's roof, 102,400 of its 109,000 triangles and most of the time to build). They
 * show only when a layer is hidden or the layers are pulled apart; otherwise they lie under the
 * skin's surface, so the block is built without them until a view needs them.
 */
export function skinBlockGeometry(data: BlockData, junction: boolean): BufferGeometry {
  const half = data.blockMm / 2;
  const bounds = drawnLayerBounds(data);
  const junctionDepth: Depth = (x, z) => junctionDepthMm(data.tissue, x, z);
  // The epidermis's floor and the papillary dermis's roof are the same wavy surface: sampled once.
  const junctionSurface = junction ? heightField(WAVY_SURFACE_SEGMENTS, half, junctionDepth, true) : null;
  const b = new Builder();
  bounds.forEach((l, layer) => {
    const wavyTop = layer === 2, wavyBottom = layer === 1;
    const top: Depth = wavyTop ? junctionDepth : () => l.topMm;
    const bottom: Depth = wavyBottom ? junctionDepth : () => l.bottomMm;
    if (!wavyTop) b.add(heightField(1, half, top, false), layer, 1);
    else if (junctionSurface) b.add(junctionSurface, layer, 1);
    if (!wavyBottom) b.add(heightField(1, half, bottom, false), layer, -1);
    else if (junctionSurface) b.add(junctionSurface, layer, -1);
    const edge = wavyTop || wavyBottom ? WAVY_EDGE_SEGMENTS : 1;
    for (const s of [half, -half]) {
      // Front/back faces (z = ±half) and left/right faces (x = ±half): vertical, bottom edge to top edge.
      b.add(side(edge, half, top, bottom, 'x', s), layer);
      b.add(side(edge, half, top, bottom, 'z', s), layer);
    }
  });
  return b.build();
}
