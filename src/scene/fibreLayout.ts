// Where each drawn dermal fibre lies on the two visible cut faces (front z = +half, right x =
// +half): normal basket-weave collagen and elastin, plus extra wound fibres that only dense scars
// fill. Pure and seeded; the shaders decide from the curves which are laid down and how aligned.
import { createRandom, layer, type Random } from '../model';
import type { BlockData } from '../state/blockData';
import { faceWounds, type FaceSite, type FaceWounds } from './woundSites';

/** Fibre kinds: papillary collagen (fine, loose), reticular collagen (thick wavy bundles),
 *  reticular elastin (thin, dark, wavy) and papillary elastin (oxytalan, rising toward the surface). */
export const FIBRE_KINDS = ['papillaryCollagen', 'reticularCollagen', 'elastin', 'oxytalan'] as const;
export type FibreKind = (typeof FIBRE_KINDS)[number];

/** Fibres per kind on the front face; the right face gets a quarter as many. */
export const FRONT_COUNTS: Readonly<Record<FibreKind, number>> = { papillaryCollagen: 1500, reticularCollagen: 2600, elastin: 280, oxytalan: 150 };
const RIGHT_FACE_SHARE = 0.25;
/** Extra collagen fibres in and around the wound (ranks 1..MAX_RANK): scars denser than normal. */
export const SURPLUS_COUNT = 1400;
/** Normal dermis fills ranks 0..1; the densest scar in the model reaches ~2.2× normal collagen. */
export const MAX_RANK = 2.4;
/** Sentinel "across" for fibres in no wound. */
export const NO_SITE = 99;

/** Length range (µm), thickness range (µm) and the largest tilt out of the horizontal (rad).
 *  Papillary fibres ~1–3 µm, reticular bundles ~5–20 µm (Ushiki 2002, Arch Histol Cytol). */
const GEOMETRY_UM: Readonly<Record<FibreKind, { length: [number, number]; thickness: [number, number]; tilt: number }>> = {
  papillaryCollagen: { length: [25, 60], thickness: [1.6, 3], tilt: 0.35 },
  reticularCollagen: { length: [80, 220], thickness: [6, 15], tilt: 0.2 },
  elastin: { length: [60, 160], thickness: [1.2, 2.2], tilt: 0.25 },
  oxytalan: { length: [30, 70], thickness: [0.8, 1.4], tilt: 0.3 },
};

/** Half the front face's fibres crowd the middle, which the 'channel' and 'cells' views frame. */
const FOCUS_SHARE = 0.45;
const FOCUS_HALF_MM = 0.7;
const EDGE_MM = 1.98;

export interface FibreLayout {
  readonly count: number;
  /** Per fibre x, y, z (mm): its centre on its face. */
  readonly centre: Float32Array;
  /** Per fibre: azimuth (rad from the front face's plane), tilt (rad), length (mm), thickness (mm). */
  readonly fibre: Float32Array;
  /** Per fibre: kind index (FIBRE_KINDS), rank (0..MAX_RANK), wave phase (rad), face (0 front, 1 right). */
  readonly misc: Float32Array;
  /** Per fibre: across the wound site (NO_SITE if none), depth share of the site, createdAt (h), featured 0/1. */
  readonly site: Float32Array;
}

interface Dermis { readonly topMm: number; readonly papillaryBottomMm: number; readonly bottomMm: number }

/** The site a front-face point belongs to (within `spread` × its half-width), or null. */
function siteAt(w: FaceWounds, x: number, depth: number, spread: number): FaceSite | null {
  for (const s of w.sites) if (Math.abs(x - s.xMm) <= s.halfMm * spread && depth <= s.depthMm) return s;
  return null;
}

/** How far any scar in this block spreads beyond its wound (keloid extent), from the curves. */
function maxSpread(data: BlockData): number {
  let spread = 1;
  for (let h = 24; h <= data.spanHours; h *= 1.5) spread = Math.max(spread, data.curves.at(h).extent);
  return Math.min(spread, 3);
}

export function layFibres(data: BlockData, seed = 23): FibreLayout {
  const rnd = createRandom(seed);
  const w = faceWounds(data);
  const spread = maxSpread(data);
  const papillary = layer(data.tissue, 'papillaryDermis');
  const dermis: Dermis = {
    topMm: papillary.topMm + data.tissue.reteRidgeDepthMm * 0.3,
    papillaryBottomMm: papillary.bottomMm,
    bottomMm: layer(data.tissue, 'reticularDermis').bottomMm,
  };
  const rows: number[][] = [];
  const add = (kind: FibreKind, face: 0 | 1, x: number, depth: number, rank: number): void => {
    const g = GEOMETRY_UM[kind];
    const vertical = kind === 'oxytalan';
    const tilt = vertical ? (rnd.next() < 0.5 ? -1 : 1) * (Math.PI / 2 - rnd.range(0, g.tilt)) : rnd.range(-g.tilt, g.tilt);
    const centre = face === 0 ? [x, -depth, w.frontZMm] : [w.frontZMm, -depth, x];
    const s = face === 0 ? siteAt(w, x, depth, spread) : null;
    const site = s ? [(x - s.xMm) / s.halfMm, depth / s.depthMm, s.createdAtHours, s.featured ? 1 : 0] : [NO_SITE, 0, 0, 0];
    rows.push([
      ...centre,
      rnd.range(-Math.PI / 2, Math.PI / 2), tilt, rnd.range(g.length[0], g.length[1]) * 1e-3, rnd.range(g.thickness[0], g.thickness[1]) * 1e-3,
      FIBRE_KINDS.indexOf(kind), rank, rnd.range(0, 2 * Math.PI), face,
      ...site,
    ]);
  };
  const depthIn = (kind: FibreKind, r: Random): number => kind === 'papillaryCollagen' || kind === 'oxytalan'
    ? r.range(dermis.topMm, dermis.papillaryBottomMm)
    : r.range(dermis.papillaryBottomMm, dermis.bottomMm);
  for (const kind of FIBRE_KINDS) {
    const front = FRONT_COUNTS[kind];
    for (let i = 0; i < front; i++) {
      const x = rnd.next() < FOCUS_SHARE ? rnd.range(-FOCUS_HALF_MM, FOCUS_HALF_MM) : rnd.range(-EDGE_MM, EDGE_MM);
      add(kind, 0, x, depthIn(kind, rnd), (i + rnd.next()) / front);
    }
    for (let i = 0; i < Math.round(front * RIGHT_FACE_SHARE); i++) add(kind, 1, rnd.range(-EDGE_MM, EDGE_MM), depthIn(kind, rnd), rnd.next());
  }
  // Extra fibres only in and around wound sites, where a scar can lay down more than normal.
  const sites = w.sites.filter((s, i) => !s.featured || w.sites.findIndex((o) => o.featured) === i);
  const area = sites.map((s) => s.halfMm * spread * Math.min(s.depthMm, dermis.bottomMm) * (s.featured ? 4 : 1));
  const totalArea = area.reduce((a, b) => a + b, 0);
  sites.forEach((s, k) => {
    const n = Math.round((SURPLUS_COUNT * area[k]) / totalArea);
    for (let i = 0; i < n; i++) {
      const x = Math.max(-EDGE_MM, Math.min(EDGE_MM, s.xMm + rnd.range(-1, 1) * s.halfMm * spread));
      const depth = rnd.range(dermis.topMm, Math.min(s.depthMm, dermis.bottomMm));
      add(depth < dermis.papillaryBottomMm ? 'papillaryCollagen' : 'reticularCollagen', 0, x, depth, 1 + ((i + rnd.next()) / n) * (MAX_RANK - 1));
    }
  });
  const count = rows.length;
  const pack = (from: number, size: number): Float32Array => {
    const out = new Float32Array(count * size);
    rows.forEach((r, i) => out.set(r.slice(from, from + size), i * size));
    return out;
  };
  return { count, centre: pack(0, 3), fibre: pack(3, 4), misc: pack(7, 4), site: pack(11, 4) };
}
