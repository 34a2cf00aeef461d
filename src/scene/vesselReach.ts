// Which vessels can be seen from outside the block. The tissue is opaque, so a vessel shows only
// where it comes near one of the block's faces, the wound or a condition's dent; the others (most
// of the ~1,000 capillary loops and the inner plexus) show only when a layer is hidden in the
// layers panel. Vasculature draws those only then: their triangles were ~85% of the vessels' cost
// in every frame (software WebGL spends it on triangle set-up even where the tissue covers them).
// Pure: no three, no React.
import type { BlockData } from '../state/blockData';
import { conditionPicture } from '../state/condition';
import { lesionOf, type LesionShape } from '../state/lesion';
import type { Point3, TubePath } from './tubes';

/** Room beyond a tube's radius (mm) within which a face, the wound or a dent counts as reached. */
const MARGIN_MM = 0.05;
/** Room around the wound and a dent (mm): scars rise, sink and (keloid) spread beyond the wound. */
const REGION_MARGIN_MM = 0.3;

/** True if some part of the tube may show on the outside of the block (including through the wound or a dent). */
export type Reach = (path: TubePath) => boolean;

export function vesselReach(data: BlockData): Reach {
  const half = data.blockMm / 2;
  const bottom = data.drawnDepthMm;
  const nearWound = woundRegion(lesionOf(data), maxExtent(data));
  const nearDent = dentRegion(data);
  return (path) => path.points.some((p, i) => {
    const r = (typeof path.radiusMm === 'number' ? path.radiusMm : path.radiusMm[i]) + MARGIN_MM;
    const onFace = Math.abs(p[0]) > half - r || Math.abs(p[2]) > half - r || -p[1] > bottom - r || p[1] > -r;
    return onFace || nearWound(p) || nearDent(p);
  });
}

/** Splits paths into those that may show from outside and those only a hidden layer reveals. */
export function splitByReach(paths: readonly TubePath[], reach: Reach): { outer: TubePath[]; inner: TubePath[] } {
  const outer: TubePath[] = [];
  const inner: TubePath[] = [];
  for (const p of paths) (reach(p) ? outer : inner).push(p);
  return { outer, inner };
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
