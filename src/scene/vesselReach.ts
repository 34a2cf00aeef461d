// Which vessels can be seen from outside the block, and from where. The tissue is opaque, so a
// vessel shows only where it comes near one of the block's faces, the wound or a condition's dent,
// and a face only while the camera is on its outer side; the vessels wholly inside (most of the
// ~1,000 capillary loops and the inner plexus) show only when a layer is hidden in the layers panel.
// Vasculature draws each group only then: in software WebGL their triangles cost set-up time in
// every frame even where the tissue covers them (inside: ~85% of the vessels' cost; the faces
// turned away: half of the rest). Pure: no three, no React.
import type { BlockData } from '../state/blockData';
import { conditionPicture } from '../state/condition';
import { lesionOf, type LesionShape } from '../state/lesion';
import type { Point3, TubePath } from './tubes';

/** Where a tube can be seen from: a set of the block's faces, or always (the top, the wound, a dent); 0 inside. */
export const REACH = { front: 1, back: 2, right: 4, left: 8, bottom: 16, always: 32 } as const;

/** Room beyond a tube's radius (mm) within which a face, the wound or a dent counts as reached. */
const MARGIN_MM = 0.05;
/** Room around the wound and a dent (mm): scars rise, sink and (keloid) spread beyond the wound. */
const REGION_MARGIN_MM = 0.3;

/** Where a tube can be seen from (REACH bits; 0: only through a hidden layer). */
export type Reach = (path: TubePath) => number;

export function vesselReach(data: BlockData): Reach {
  const half = data.blockMm / 2;
  const bottom = data.drawnDepthMm;
  const nearWound = woundRegion(lesionOf(data), maxExtent(data));
  const nearDent = dentRegion(data);
  return (path) => {
    let reach = 0;
    path.points.forEach((p, i) => {
      const r = (typeof path.radiusMm === 'number' ? path.radiusMm : path.radiusMm[i]) + MARGIN_MM;
      if (p[2] > half - r) reach |= REACH.front;
      if (p[2] < -half + r) reach |= REACH.back;
      if (p[0] > half - r) reach |= REACH.right;
      if (p[0] < -half + r) reach |= REACH.left;
      if (-p[1] > bottom - r) reach |= REACH.bottom;
      if (p[1] > -r || nearWound(p) || nearDent(p)) reach |= REACH.always;
    });
    return reach;
  };
}

/** The faces a camera at this point (block coordinates, mm) looks at, as REACH bits (always included). */
export function facesSeenFrom(camera: Point3, data: Pick<BlockData, 'blockMm' | 'drawnDepthMm'>): number {
  const half = data.blockMm / 2;
  return REACH.always
    | (camera[2] > half ? REACH.front : 0) | (camera[2] < -half ? REACH.back : 0)
    | (camera[0] > half ? REACH.right : 0) | (camera[0] < -half ? REACH.left : 0)
    | (camera[1] < -data.drawnDepthMm ? REACH.bottom : 0);
}

/** Groups paths by where they can be seen from (0: inside). */
export function groupByReach(paths: readonly TubePath[], reach: Reach): Map<number, TubePath[]> {
  const groups = new Map<number, TubePath[]>();
  for (const p of paths) {
    const r = reach(p);
    const group = groups.get(r);
    if (group) group.push(p); else groups.set(r, [p]);
  }
  return groups;
}

/** The widest a wound's scar spreads, × its width (a keloid's `extent` above 1). */
function maxExtent(data: BlockData): number {
  let most = 1;
  for (let i = 0; i <= 200; i++) most = Math.max(most, data.curves.at(Math.expm1((i / 200) * Math.log1p(data.spanHours))).extent);
  return most;
}

function woundRegion(shape: LesionShape, extent: number): (p: Point3) => boolean {
  if (shape.kind === 'channels') return () => false;
  const deepest = shape.depthMm + REGION_MARGIN_MM;
  if (shape.kind === 'bowl') {
    const reach = shape.radiusMm * extent + REGION_MARGIN_MM;
    return (p) => -p[1] < deepest && Math.hypot(p[0], p[2]) < reach;
  }
  const reach = shape.halfWidthMm * extent + REGION_MARGIN_MM;
  return (p) => -p[1] < deepest && Math.abs(p[0]) < reach;
}

function dentRegion(data: BlockData): (p: Point3) => boolean {
  const picture = conditionPicture(data);
  if (!picture) return () => false;
  const { condition, centre, linear } = picture;
  const reach = condition.widthMm / 2 + REGION_MARGIN_MM;
  const deepest = condition.depthMm + REGION_MARGIN_MM;
  return (p) => -p[1] < deepest && (linear ? Math.abs(p[0] - centre[0]) : Math.hypot(p[0] - centre[0], p[2] - centre[1])) < reach;
}
