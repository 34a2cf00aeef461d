// Where the zoomed-in views look in a block with a treated condition: the condition itself, so a
// student who zooms in finds the scar (or line, stretch mark, pore) and its label in the picture
// rather than healthy skin beside it. One needle hole's zoom (channel) looks at the surface part
// (scar floor, wrinkle furrow, stretch mark, pore mouth) with the tissue under it; the cells'
// zoom at the altered tissue itself (scar tissue, elastotic material, thin collagen or a red stria's
// widened vessels, the pore).
// Taken at the start of the course, so the camera does not move as the floor rises. Pure.
import type { ZoomLevel } from '../state/url';
import type { BlockData } from '../state/blockData';
import { conditionPicture, conditionStateAt } from '../state/condition';
import { conditionAnchors } from './conditionLabels';
import type { ConditionLabel } from '../state/conditionParts';

/** The channel view (~0.6 mm tall) looks this far under the surface part, so the tissue below shows too. */
const CHANNEL_BELOW_MM = 0.15;
const SURFACE_PARTS: readonly ConditionLabel[] = ['scarFloor', 'wrinkleFurrow', 'stretchMark', 'enlargedPore'];
const TISSUE_PARTS: readonly ConditionLabel[] = ['scarTissue', 'elastoticMaterial', 'striaeCollagen', 'dilatedVessels', 'enlargedPore'];

/** The point (front face: x across, y up from the surface, mm) a zoom level should look at, or null (no condition, or the whole block). */
export function conditionFocus(data: BlockData, level: ZoomLevel): { xMm: number; yMm: number } | null {
  if (level !== 'channel' && level !== 'cells') return null;
  const picture = conditionPicture(data);
  if (!picture) return null;
  const anchors = conditionAnchors(data, picture, conditionStateAt(picture, 0));
  const parts = level === 'channel' ? SURFACE_PARTS : TISSUE_PARTS;
  const a = anchors.find((x) => parts.includes(x.id));
  if (!a) return null;
  return { xMm: a.xMm, yMm: level === 'channel' ? a.yMm - CHANNEL_BELOW_MM : a.yMm };
}
