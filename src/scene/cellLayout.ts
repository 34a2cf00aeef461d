// Where each drawn cell lives: its place in the wound's section on the front face, the vessel it
// is recruited from, the session it belongs to, and its rank in its kind's population. Pure and
// seeded (same picture for a share link); the shaders decide from the curves who is present.
import { createRandom, structureDepth, type Random } from '../model';
import type { BlockData } from '../state/blockData';
import { faceWounds, floorShare, insideSite, type FaceSite, type FaceWounds } from './woundSites';

export const CELL_KINDS = ['neutrophil', 'macrophage', 'fibroblast', 'redCell', 'platelet'] as const;
export type CellKind = (typeof CELL_KINDS)[number];

/** Drawn cells of each kind: the reference incision's peak fills its kind (see recruitment.ts). */
export const CELL_COUNTS: Readonly<Record<CellKind, number>> = { neutrophil: 900, macrophage: 520, fibroblast: 620, redCell: 220, platelet: 240 };

/** Length × width in µm: neutrophil ~10, macrophage ~20 (irregular), fibroblast a ~30 × 6 spindle,
 *  red cell 7.5, platelet ~2.5 (textbook sizes; Young's Wheater's Functional Histology). */
const SIZE_UM: Readonly<Record<CellKind, readonly [number, number]>> = {
  neutrophil: [10.5, 10.5], macrophage: [21, 19], fibroblast: [30, 6], redCell: [7.5, 7.5], platelet: [2.6, 2.2],
};

/** Share of the featured channel in a microneedled block: the views zoom onto it, so it gets
 *  half the drawn cells (the other channels the face cuts through share the rest by area). */
const FEATURED_SHARE = 0.5;
/** Half the cells of a wide lesion sit in the window the 'channel' and 'cells' views frame. */
const FOCUS_SHARE = 0.5;
const FOCUS_HALF_MM = 0.35;
const FOCUS_DEPTH_MM = 0.4;
/** Clot (red cells, platelets) fills the top of the wound. */
const CLOT_DEPTH_MM = 0.5;
const EDGE_MM = 1.95;

export interface CellLayout {
  readonly count: number;
  /** Per cell x, y, z (mm): its place in the wound, on the front face. */
  readonly home: Float32Array;
  /** Per cell x, y, z (mm): where it leaves a vessel (a plexus at the wound's edge or below it). */
  readonly origin: Float32Array;
  /** Per cell: kind index (CELL_KINDS), rank 0..1, createdAt (h), a seed 0..1. */
  readonly cell: Float32Array;
  /** Per cell: length, width (mm), resting angle in the section (rad). */
  readonly shape: Float32Array;
  /** Per cell: across its site (0 centre, ±1 edge) and depth as a share of the site's depth. */
  readonly site: Float32Array;
}

function pickSite(sites: readonly FaceSite[], weights: readonly number[], rnd: Random): FaceSite {
  let u = rnd.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < sites.length; i++) { u -= weights[i]; if (u <= 0) return sites[i]; }
  return sites[sites.length - 1];
}

function siteWeights(w: FaceWounds): number[] {
  const featured = w.sites.filter((s) => s.featured).length;
  const otherArea = w.sites.filter((s) => !s.featured).reduce((a, s) => a + s.halfMm * s.depthMm, 0);
  const featuredShare = otherArea > 0 ? FEATURED_SHARE : 1;
  return w.sites.map((s) => (s.featured ? featuredShare / featured : ((1 - featuredShare) * s.halfMm * s.depthMm) / otherArea));
}

/** A point of the site's section: immune cells anywhere in it (half of them in the focus window),
 *  clot cells in its top. Falls back to the top centre if rejection sampling misses. */
function sampleHome(w: FaceWounds, s: FaceSite, kind: CellKind, minDepthMm: number, rnd: Random): [number, number] {
  const clot = kind === 'redCell' || kind === 'platelet';
  const focus = !clot && rnd.next() < FOCUS_SHARE;
  for (let tries = 0; tries < 30; tries++) {
    const half = focus ? Math.min(s.halfMm, FOCUS_HALF_MM) : s.halfMm;
    const deepest = clot ? Math.min(s.depthMm, CLOT_DEPTH_MM) : focus ? Math.min(s.depthMm, FOCUS_DEPTH_MM) : s.depthMm;
    const x = s.xMm + rnd.range(-half, half);
    // Cells crowd toward the surface of a wound (the clot and the fresh granulation tissue).
    const depth = minDepthMm + (deepest - minDepthMm) * rnd.next() ** 1.5;
    if (Math.abs(x) < EDGE_MM && insideSite(w, s, x, depth)) return [x, depth];
  }
  return [s.xMm, minDepthMm];
}

/** Half-width of the site's section at a depth (0 if the site does not reach it). */
function halfAtDepth(w: FaceWounds, s: FaceSite, depthMm: number): number {
  if (depthMm > s.depthMm) return 0;
  const share = depthMm / s.depthMm;
  switch (w.floor) {
    case 'channel': return s.halfMm;
    case 'slot': return s.halfMm * (1 - share);
    case 'band': return s.halfMm * (1 - share) ** (1 / 8);
    case 'bowl': return s.halfMm * Math.sqrt(1 - share);
  }
}

/** The nearest intact vessel: a plexus beside the wound (its vessels inside were cut) or under it. */
function originFor(w: FaceWounds, s: FaceSite, x: number, depth: number, plexusDepths: readonly number[], rnd: Random): [number, number] {
  let best: [number, number] = [x, plexusDepths[0]];
  let bestDistance = Infinity;
  const side = x === s.xMm ? (rnd.next() < 0.5 ? -1 : 1) : Math.sign(x - s.xMm);
  const beyond = 0.03 + rnd.range(0, 0.12);
  for (const p of plexusDepths) {
    const half = halfAtDepth(w, s, p);
    const candidate: [number, number] = half > 0 ? [s.xMm + side * (half + beyond), p] : [x + rnd.range(-0.05, 0.05), p];
    candidate[0] = Math.max(-EDGE_MM, Math.min(EDGE_MM, candidate[0]));
    const d = Math.hypot(candidate[0] - x, candidate[1] - depth);
    if (d < bestDistance) { bestDistance = d; best = candidate; }
  }
  return [best[0], best[1] + rnd.range(-0.008, 0.008)];
}

export function layCells(data: BlockData, seed = 11): CellLayout {
  const rnd = createRandom(seed);
  const w = faceWounds(data);
  const weights = siteWeights(w);
  const plexusDepths = [structureDepth(data.tissue, 'subpapillaryPlexus'), structureDepth(data.tissue, 'deepPlexus')]
    .filter((d): d is number => d !== null && d < data.drawnDepthMm);
  const minDepthMm = 0.015;
  const count = CELL_KINDS.reduce((n, k) => n + CELL_COUNTS[k], 0);
  const home = new Float32Array(count * 3);
  const origin = new Float32Array(count * 3);
  const cell = new Float32Array(count * 4);
  const shape = new Float32Array(count * 3);
  const site = new Float32Array(count * 2);
  let i = 0;
  CELL_KINDS.forEach((kind, kindIndex) => {
    const n = CELL_COUNTS[kind];
    for (let k = 0; k < n; k++, i++) {
      const s = pickSite(w.sites, weights, rnd);
      const [x, depth] = sampleHome(w, s, kind, minDepthMm, rnd);
      const clot = kind === 'redCell' || kind === 'platelet';
      const [ox, oDepth] = clot ? [x, depth] : originFor(w, s, x, depth, plexusDepths, rnd);
      home.set([x, -depth, w.frontZMm], i * 3);
      origin.set([ox, -oDepth, w.frontZMm], i * 3);
      // Ranks evenly spread (stratified), so the share present tracks the level closely.
      cell.set([kindIndex, (k + rnd.next()) / n, s.createdAtHours, rnd.next()], i * 4);
      const [lengthUm, widthUm] = SIZE_UM[kind];
      const jitter = rnd.range(0.85, 1.15);
      shape.set([lengthUm * jitter * 1e-3, widthUm * jitter * 1e-3, rnd.range(-Math.PI / 2, Math.PI / 2)], i * 3);
      const share = floorShare(w.floor, (x - s.xMm) / s.halfMm);
      site.set([(x - s.xMm) / s.halfMm, share > 0 ? depth / s.depthMm : 1], i * 2);
    }
  });
  return { count, home, origin, cell, shape, site };
}
