// The parts of a treated condition the 3D view names (an acne scar's floor, its scar tissue and
// tethering bands, a fine line's furrow and the elastotic material under it, a stretch mark and
// its thin parallel collagen, an enlarged pore), and which of them each condition has. No three.js
// here: the page's overlay and the Layers panel read these without loading the 3D view's code
// (where each is drawn: src/scene/conditionLabels.ts).
import type { ConditionKind } from '../model';
import type { ConditionPicture } from './condition';

export const CONDITION_LABELS = ['scarFloor', 'scarTissue', 'tetheringBand', 'wrinkleFurrow', 'elastoticMaterial', 'stretchMark', 'striaeCollagen', 'enlargedPore', 'dilatedVessels'] as const;
export type ConditionLabel = (typeof CONDITION_LABELS)[number];

/** The parts named for each kind of condition (tethering bands only where the condition has them). */
const PARTS: Readonly<Record<ConditionKind, readonly ConditionLabel[]>> = {
  'acne-scar': ['scarFloor', 'scarTissue', 'tetheringBand'],
  'fine-lines': ['wrinkleFurrow', 'elastoticMaterial'],
  'stretch-mark': ['stretchMark', 'striaeCollagen', 'dilatedVessels'],
  pores: ['enlargedPore'],
};

export function conditionLabelsOf(p: ConditionPicture): ConditionLabel[] {
  // A red (early) stria has widened vessels and not yet the white one's thin parallel collagen.
  const red = p.condition.vessels > 1;
  return PARTS[p.condition.kind].filter((id) => (id !== 'tetheringBand' || p.condition.tethers > 0)
    && (id !== 'dilatedVessels' || red) && (id !== 'striaeCollagen' || !red));
}
