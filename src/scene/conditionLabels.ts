// Where the scene overlay names the parts of a treated condition (an acne scar's floor, its scar
// tissue and tethering bands, a fine line's furrow and the elastotic material under it, a stretch
// mark and its thin parallel collagen, an enlarged pore): one point on the block's front face per
// part, at the place the tissue shader draws it (shaders/tissue.frag.glsl, lib/dent.glsl) at the
// condition's state now, so the label follows the floor as it rises over a course. Pure.
import { dentDepthAt, type ConditionState } from '../model';
import type { ConditionPicture } from '../state/condition';
import type { BlockData } from '../state/blockData';
import { drawnLayerBounds } from './skinBlockGeometry';
import { conditionLabelsOf, type ConditionLabel } from '../state/conditionParts';

export { CONDITION_LABELS, conditionLabelsOf, type ConditionLabel } from '../state/conditionParts';

/** A named point on the front face: x across the block and y (up, 0 at the top), mm. */
export interface ConditionAnchor { readonly id: ConditionLabel; readonly xMm: number; readonly yMm: number }

/** A red stria's widened vessels are drawn 0.05–0.35 mm under the junction (tissue.frag.glsl): named in the middle. */
const DILATED_VESSELS_BELOW_MM = 0.2;
/** Elastotic clumps fill the first 0.08 mm under the junction and fade by 0.2 mm (tissue.frag.glsl). */
const ELASTOSIS_BELOW_MM = 0.08;
/** Elastotic material is everywhere in photo-aged skin: named 0.35 mm aside, clear of the 0.3 mm furrow and inside the zoomed views that look at it. */
const ELASTOSIS_ASIDE_MM = 0.35;

export function conditionAnchors(data: BlockData, p: ConditionPicture, s: ConditionState): ConditionAnchor[] {
  const c = p.condition;
  const b = drawnLayerBounds(data);
  const dermisBottom = b[3].bottomMm;
  const half = c.widthMm / 2;
  const [cx] = p.centre;
  // The layers under a dent follow its floor, squeezed into the depth left (tissue.frag.glsl).
  const trueDepth = (dent: number, layerDepth: number): number => dent + (layerDepth * (dermisBottom - dent)) / dermisBottom;
  const dentAt = (across: number): number => dentDepthAt(c, s.depthMm, across);
  const junction = b[0].bottomMm + (b[1].bottomMm - b[0].bottomMm) * s.epidermis;
  const inAltered = (across: number): number => trueDepth(dentAt(across), junction + c.alteredDepthMm / 2);
  const at = (id: ConditionLabel, across: number, depthMm: number): ConditionAnchor => ({ id, xMm: cx + across * half, yMm: -depthMm });
  const anchor = (id: ConditionLabel): ConditionAnchor => {
    switch (id) {
      case 'scarFloor': case 'wrinkleFurrow': case 'stretchMark': return at(id, 0, dentAt(0));
      // Under the floor; beside the centre line where a rolling scar's middle tethering band runs down it.
      case 'scarTissue': return c.tethers > 0 ? at(id, -0.2, inAltered(0.2)) : at(id, 0, inAltered(0));
      case 'striaeCollagen': return at(id, 0.3, inAltered(0.3));
      // Where tissue.frag.glsl draws their sections: the upper dermis under the band.
      case 'dilatedVessels': return at(id, 0.3, trueDepth(dentAt(0.3), junction + DILATED_VESSELS_BELOW_MM));
      // The second band from the middle (bands every 0.4 of the half-width), halfway down the deep dermis.
      case 'tetheringBand': return at(id, 0.4, trueDepth(dentAt(0.4), (b[2].bottomMm + dermisBottom) / 2));
      case 'elastoticMaterial': return { id, xMm: cx + ELASTOSIS_ASIDE_MM, yMm: -(junction + ELASTOSIS_BELOW_MM) };
      // Inside the funnel of the follicle's widened mouth.
      case 'enlargedPore': return at(id, 0, dentAt(0) * 0.4);
    }
  };
  return conditionLabelsOf(p).map(anchor);
}
