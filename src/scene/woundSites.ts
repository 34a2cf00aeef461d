// Where the wound meets the cut-away front face (z = +half block), the section the cameras look
// at: the featured micro-channel and the punctures the face cuts through, or the uncontrolled
// lesion's section as WoundLesion draws it. Cells and fibres are laid out against these sites.
import type { BlockData } from '../state/blockData';
import { lesionOf } from '../state/lesion';

/** How the floor of a site falls across it (matches src/scene/lesionGeometry.ts floorAt). */
export type FloorKind = 'channel' | 'slot' | 'band' | 'bowl';
export const FLOOR_INDEX: Readonly<Record<FloorKind, number>> = { channel: 0, slot: 1, band: 2, bowl: 3 };

export interface FaceSite {
  /** Centre across the face, mm. */
  readonly xMm: number;
  /** Half-width on the face at the surface, mm. */
  readonly halfMm: number;
  /** Deepest point (the floor at the centre), mm below the surface. */
  readonly depthMm: number;
  readonly createdAtHours: number;
  /** The featured channel is needled again every session: its age runs from the latest one. */
  readonly featured: boolean;
}

export interface FaceWounds {
  readonly floor: FloorKind;
  /** The front face's z, mm. */
  readonly frontZMm: number;
  readonly sites: readonly FaceSite[];
}

/** Floor depth as a share of the site's depth at `across` (0 centre … 1 edge); 0 outside. */
export function floorShare(kind: FloorKind, across: number): number {
  const a = Math.abs(across);
  if (a > 1) return 0;
  switch (kind) {
    case 'channel': return 1;
    case 'slot': return 1 - a;
    case 'band': return 1 - a ** 8;
    case 'bowl': return 1 - a * a;
  }
}

/** Is a point of the face (x, depth below the surface) inside this site's original wound? */
export function insideSite(w: FaceWounds, s: FaceSite, xMm: number, depthMm: number): boolean {
  const across = (xMm - s.xMm) / s.halfMm;
  return Math.abs(across) <= 1 && depthMm >= 0 && depthMm <= s.depthMm * floorShare(w.floor, across);
}

/** Punctures the face cuts through narrower than this are left out (a sliver, not a channel). */
const MIN_CHORD_HALF_MM = 0.03;
/** Punctures this close to the featured channel are left to it, so its section stays clean. */
const FEATURED_CLEARANCE_MM = 0.3;

export function faceWounds(data: BlockData): FaceWounds {
  const frontZMm = data.blockMm / 2;
  const shape = lesionOf(data);
  const maxDepth = data.drawnDepthMm - 0.05;
  if (shape.kind !== 'channels') {
    const halfMm = shape.kind === 'bowl' ? shape.radiusMm : shape.halfWidthMm;
    return { floor: shape.kind, frontZMm, sites: [{ xMm: 0, halfMm, depthMm: shape.depthMm, createdAtHours: 0, featured: false }] };
  }
  const radius = data.wound.widthMm / 2;
  const depthMm = Math.min(data.wound.depthMm, maxDepth);
  // The featured channel (x = 0, touching the face) is drawn in section, once per session.
  const sites: FaceSite[] = data.sessionsHours.map((h) => ({ xMm: 0, halfMm: radius, depthMm, createdAtHours: h, featured: true }));
  const p = data.punctures;
  if (p) {
    for (let i = 0; i < p.count; i++) {
      const dz = frontZMm - p.zMm[i];
      if (Math.abs(p.xMm[i]) < FEATURED_CLEARANCE_MM || dz < 0 || dz >= radius) continue;
      const halfMm = Math.sqrt(radius * radius - dz * dz);
      if (halfMm < MIN_CHORD_HALF_MM) continue;
      sites.push({ xMm: p.xMm[i], halfMm, depthMm, createdAtHours: p.createdAtHours[i], featured: false });
    }
  }
  return { floor: 'channel', frontZMm, sites };
}

/** The uniforms lib/face-wound.glsl reads, shared by every material that follows the wound on the face. */
export function faceWoundUniforms(data: BlockData, wounds: FaceWounds = faceWounds(data)) {
  return {
    uFrontZ: { value: wounds.frontZMm },
    uScarLift: { value: wounds.floor === 'channel' ? 0 : 1 },
    uFloorKind: { value: FLOOR_INDEX[wounds.floor] },
  };
}
