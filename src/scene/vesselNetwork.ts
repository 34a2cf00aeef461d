// Lays out the skin's blood vessels as centrelines (mm, block coordinates) at the model's depths:
// capillary loops in the dermal papillae, the subpapillary and deep plexuses, connecting vessels,
// and the new sprouts that grow toward wounds. Pure layout; Vasculature.tsx turns it into tubes.
import { createRandom, structureDepth, type Random } from '../model';
import type { BlockData } from '../state/blockData';
import { lesionOf, type LesionShape } from '../state/lesion';
import { smoothPath, type Point3, type TubePath } from './tubes';

/** Dermal papillae (each with one capillary loop) sit ~0.1–0.15 mm apart (Braverman 1997). */
export const PAPILLA_SPACING_MM = 0.12;
/** Capillary limbs: arterial ~8 µm, venous ~11 µm across (Braverman 1997: 6–9 and 8–12 µm). */
const LOOP_ARTERIAL_RADIUS_MM = 0.0042;
const LOOP_VENOUS_RADIUS_MM = 0.0058;
/** Half-distance between the two limbs at the tip and at the base of a loop. */
const LOOP_HALF_GAP_TIP_MM = 0.0065;
const LOOP_HALF_GAP_BASE_MM = 0.016;
/** Red-cell speeds drawn, mm/s: about half of the measured ones (capillary ~0.5 mm/s), slowed for the eye. */
const SPEED_MM_PER_S = { loop: 0.22, arteriole: 0.45, venule: 0.28, artery: 0.7, vein: 0.4, sprout: 0.08 } as const;
/**
 * A centreline lying on a cut face sits this share of its radius inside it (negative: outside), so
 * the opaque face shows the vessel in relief, as a drawn section would.
 */
const ON_FACE_INSET = -0.4;

export interface VesselNetwork {
  readonly loops: TubePath[];
  readonly plexus: TubePath[];
  readonly sprouts: TubePath[];
  readonly loopTipDepthMm: number;
  readonly subpapillaryDepthMm: number;
  readonly deepPlexusDepthMm: number;
}

export function vesselNetwork(data: BlockData): VesselNetwork {
  const rnd = createRandom(11);
  const half = data.blockMm / 2;
  const tip = structureDepth(data.tissue, 'capillaryLoops') ?? 0.12;
  const sub = structureDepth(data.tissue, 'subpapillaryPlexus') ?? 0.35;
  const deep = structureDepth(data.tissue, 'deepPlexus') ?? data.tissue.skinThicknessMm;
  const loops = capillaryLoops(half, tip, sub, rnd);
  const plexus = [
    ...plexusNet(half, sub - 0.004, 0.5, 0.0085, 1, SPEED_MM_PER_S.arteriole, rnd),
    ...plexusNet(half, sub + 0.016, 0.5, 0.013, 0, SPEED_MM_PER_S.venule, rnd),
    ...plexusNet(half, deep - 0.02, 1.0, 0.026, 1, SPEED_MM_PER_S.artery, rnd),
    ...plexusNet(half, deep + 0.05, 1.0, 0.04, 0, SPEED_MM_PER_S.vein, rnd),
    ...connectingVessels(half, sub, deep, rnd),
  ];
  const sprouts = newSprouts(data, lesionOf(data), half, tip, sub, deep, rnd);
  return { loops, plexus, sprouts, loopTipDepthMm: tip, subpapillaryDepthMm: sub, deepPlexusDepthMm: deep };
}

/** One hairpin per papilla: arterial limb up from the plexus, a tight turn at the tip, venous limb down. */
function capillaryLoops(half: number, tipMm: number, baseMm: number, rnd: Random): TubePath[] {
  const n = Math.round((2 * half) / PAPILLA_SPACING_MM);
  const out: TubePath[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const lastCol = i === n - 1, frontRow = j === n - 1;
      let x = -half + (i + 0.5) * PAPILLA_SPACING_MM + rnd.range(-0.25, 0.25) * PAPILLA_SPACING_MM;
      let z = -half + (j + 0.5) * PAPILLA_SPACING_MM + rnd.range(-0.25, 0.25) * PAPILLA_SPACING_MM;
      let angle = rnd.range(0, Math.PI);
      // Loops on the cut faces lie in the face's plane, so the cross-section shows whole hairpins.
      if (frontRow) { z = half - ON_FACE_INSET * LOOP_VENOUS_RADIUS_MM; angle = 0; } else if (lastCol) { x = half - ON_FACE_INSET * LOOP_VENOUS_RADIUS_MM; angle = Math.PI / 2; }
      out.push(hairpin(x, z, angle, tipMm + rnd.range(-0.004, 0.004), baseMm, rnd, frontRow || lastCol));
    }
  }
  return out;
}

/**
 * Loops on a cut face are seen whole and large in the cross-section; the ~1,000 inside the block
 * show only from above, a few pixels each, once a layer is hidden. Those get coarse tubes (11 rings
 * of 4 sides instead of 22 of 6): the vertex shader ran on 144k loop vertices a frame, most of the
 * frame's cost in software WebGL; now on about 54k.
 */
const LOOP_DETAIL = { onFace: { limbSteps: 7, arcSteps: 7, sides: undefined }, inside: { limbSteps: 3, arcSteps: 4, sides: 4 } } as const;

function hairpin(x: number, z: number, angle: number, tipMm: number, baseMm: number, rnd: Random, onFace: boolean): TubePath {
  const ux = Math.cos(angle), uz = Math.sin(angle);
  const turnCentreY = -tipMm - LOOP_HALF_GAP_TIP_MM;
  const { limbSteps, arcSteps, sides } = LOOP_DETAIL[onFace ? 'onFace' : 'inside'];
  const wiggle = rnd.range(0.002, 0.005), phase = rnd.range(0, 6.28);
  const at = (offset: number, y: number): Point3 => [x + ux * offset, y, z + uz * offset];
  const pts: Point3[] = [];
  const arterial: number[] = [];
  const radius: number[] = [];
  const limb = (side: -1 | 1, k: number) => {
    const t = k / limbSteps; // 0 at base, 1 at the turn
    const gap = LOOP_HALF_GAP_BASE_MM + (LOOP_HALF_GAP_TIP_MM - LOOP_HALF_GAP_BASE_MM) * t;
    const w = wiggle * Math.sin(t * 7 + phase + side) * (1 - t);
    return at(side * gap + w, -baseMm + (turnCentreY + baseMm) * t);
  };
  for (let k = 0; k < limbSteps; k++) { pts.push(limb(-1, k)); arterial.push(1); radius.push(LOOP_ARTERIAL_RADIUS_MM); }
  for (let k = 0; k <= arcSteps; k++) {
    const a = Math.PI - (k / arcSteps) * Math.PI;
    const f = k / arcSteps;
    pts.push(at(Math.cos(a) * LOOP_HALF_GAP_TIP_MM, turnCentreY + Math.sin(a) * LOOP_HALF_GAP_TIP_MM));
    arterial.push(1 - f);
    radius.push(LOOP_ARTERIAL_RADIUS_MM + (LOOP_VENOUS_RADIUS_MM - LOOP_ARTERIAL_RADIUS_MM) * f);
  }
  for (let k = limbSteps - 1; k >= 0; k--) { pts.push(limb(1, k)); arterial.push(0); radius.push(LOOP_VENOUS_RADIUS_MM); }
  return { points: pts, radiusMm: radius, arterial, vessel: [1, 0, rnd.next(), SPEED_MM_PER_S.loop], sides };
}

/** A horizontal mesh of vessels at one depth: jittered nodes, each joined to its right and front neighbours. */
function plexusNet(half: number, depthMm: number, spacingMm: number, radiusMm: number, arterial: number, speed: number, rnd: Random): TubePath[] {
  const n = Math.round((2 * half) / spacingMm) + 1;
  const inset = ON_FACE_INSET * radiusMm;
  const node = (i: number, j: number): Point3 => {
    // Edge nodes sit on the block's faces; inner ones are jittered so the mesh looks grown, not ruled.
    const along = (k: number) => (k === 0 ? -half + inset : k === n - 1 ? half - inset : -half + k * spacingMm + rnd.range(-0.25, 0.25) * spacingMm);
    return [along(i), -depthMm + rnd.range(-0.6, 0.6) * radiusMm, along(j)];
  };
  const nodes: Point3[][] = [];
  for (let i = 0; i < n; i++) { nodes.push([]); for (let j = 0; j < n; j++) nodes[i].push(node(i, j)); }
  const out: TubePath[] = [];
  const edge = (a: Point3, b: Point3, onFaceZ: boolean, onFaceX: boolean) => {
    const bend = rnd.range(-0.12, 0.12) * spacingMm;
    const dx = b[0] - a[0], dz = b[2] - a[2];
    const len = Math.hypot(dx, dz) || 1;
    // Bend sideways in the horizontal plane, or (on a cut face) up and down within the face.
    const mid: Point3 = onFaceZ || onFaceX
      ? [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + bend * 0.3, (a[2] + b[2]) / 2]
      : [(a[0] + b[0]) / 2 - (dz / len) * bend, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2 + (dx / len) * bend];
    const forward = rnd.next() < 0.5;
    const ctrl: Point3[] = forward ? [a, mid, b] : [b, mid, a];
    out.push({ points: smoothPath(ctrl, 5), radiusMm, vessel: [arterial, 0, rnd.next(), speed] });
  };
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i < n - 1) edge(nodes[i][j], nodes[i + 1][j], j === n - 1, false);
      if (j < n - 1) edge(nodes[i][j], nodes[i][j + 1], false, i === n - 1);
    }
  }
  return out;
}

/** Paired arterioles and venules rising from the deep plexus to the subpapillary one, a few on the cut faces. */
function connectingVessels(half: number, subMm: number, deepMm: number, rnd: Random): TubePath[] {
  const sites: [number, number][] = [[0.75, half], [1.75, half], [half, 0.5], [half, -0.9], [-0.3, -0.8], [0.9, -1.2]];
  const out: TubePath[] = [];
  for (const [x, z] of sites) {
    for (const [dx, r, arterial, speed] of [[-0.03, 0.01, 1, SPEED_MM_PER_S.arteriole], [0.03, 0.015, 0, SPEED_MM_PER_S.venule]] as const) {
      const onFront = z === half, onSide = x === half;
      const px = onSide ? half - ON_FACE_INSET * r : x + dx;
      const pz = onFront ? half - ON_FACE_INSET * r : onSide ? z + dx : z;
      const sway = rnd.range(0.03, 0.07);
      const ctrl: Point3[] = [0, 0.33, 0.66, 1].map((t) => {
        const s = Math.sin(t * Math.PI * 2) * sway;
        return [onSide ? px : px + s, -deepMm + (deepMm - subMm) * t, onSide ? pz + s : pz];
      });
      const points = smoothPath(arterial ? ctrl : [...ctrl].reverse(), 5);
      out.push({ points, radiusMm: r, vessel: [arterial, 0, rnd.next(), speed] });
    }
  }
  return out;
}

/** Angiogenic sprouts (from venules, toward the injury): toward each micro-channel, or inward from a lesion's edge. */
function newSprouts(data: BlockData, shape: LesionShape, half: number, tipMm: number, subMm: number, deepMm: number, rnd: Random): TubePath[] {
  const out: TubePath[] = [];
  const push = (from: Point3, to: Point3, createdAtHours: number) => {
    const [x0, y0, z0] = from, [x1, y1, z1] = to;
    const kink = rnd.range(-0.25, 0.25);
    const mid: Point3 = [(x0 + x1) / 2 + kink * (y1 - y0), (y0 + y1) / 2 + kink * (x1 - x0) * 0.5, (z0 + z1) / 2];
    const points = smoothPath([from, mid, to], 4);
    const radiusMm = points.map((_, i) => 0.0045 - 0.002 * (i / (points.length - 1)));
    out.push({ points, radiusMm, vessel: [0.3, 1, rnd.next(), SPEED_MM_PER_S.sprout], createdAtHours });
  };
  const clampX = (x: number) => Math.min(half - 0.01, Math.max(-half + 0.01, x));
  const faceZ = half - ON_FACE_INSET * 0.0045;
  if (shape.kind === 'channels') {
    const p = data.punctures;
    if (!p) return out;
    const channelDepth = data.wound.depthMm;
    const reach = Math.max(tipMm + 0.03, Math.min(subMm, channelDepth) - 0.12);
    const maxSprouts = 1500;
    for (let i = 0; i < p.count && out.length < maxSprouts; i++) {
      const x = p.xMm[i], t = p.createdAtHours[i];
      // Channels close to the cut face get their sprouts on the face, where the section shows them.
      const z = p.zMm[i] > half - 0.25 ? faceZ : p.zMm[i];
      const start = Math.min(subMm + 0.016, channelDepth);
      for (const side of [-1, 1]) push([clampX(x + side * rnd.range(0.1, 0.16)), -start, z], [clampX(x + side * 0.015), -reach, z], t);
      if (channelDepth > subMm + 0.25) {
        const d = Math.min(channelDepth * 0.7, deepMm);
        const side = rnd.next() < 0.5 ? -1 : 1;
        push([clampX(x + side * 0.2), -d - 0.04, z], [clampX(x + side * 0.02), -d + 0.03, z], t);
      }
    }
    return out;
  }
  const depth = shape.depthMm;
  const zs = [faceZ, ...Array.from({ length: 7 }, () => rnd.range(-half + 0.1, half - 0.3))];
  // Half-width of the lesion at depth d in the plane of constant z (the bowl is round).
  const widthAt = (d: number, z: number) => {
    if (shape.kind === 'slot') return shape.halfWidthMm * (1 - d / depth);
    if (shape.kind === 'band') return shape.halfWidthMm;
    const r = shape.radiusMm * (1 - d / depth);
    return Math.sqrt(Math.max(0, r * r - z * z));
  };
  for (const z of zs) {
    // Inward from the sides, at depths from the loops down to the lesion floor.
    for (let d = tipMm + 0.05; d < depth - 0.05; d += 0.14) {
      for (const side of [-1, 1]) {
        const edgeX = side * widthAt(d, z);
        const len = rnd.range(0.2, 0.4);
        if (edgeX === 0 || Math.abs(edgeX) + 0.1 > half) continue;
        push([clampX(edgeX + side * 0.1), -d, z], [clampX(edgeX - side * len), -d + rnd.range(-0.06, 0.06), z], 0);
      }
    }
    // Upward from the intact tissue under the lesion floor.
    if (shape.kind !== 'slot') {
      const w = Math.min(widthAt(depth * 0.5, z), half - 0.1);
      for (let x = -w; x <= w; x += 0.16) {
        const floor = shape.kind === 'bowl' ? depth * (1 - Math.hypot(x, z) / shape.radiusMm) : depth;
        if (floor <= tipMm || floor + 0.12 > data.drawnDepthMm) continue;
        push([x + rnd.range(-0.04, 0.04), -floor - 0.12, z], [x + rnd.range(-0.08, 0.08), -floor + rnd.range(0.15, 0.35), z], 0);
      }
    }
  }
  return out;
}
