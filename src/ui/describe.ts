// Plain-language description of what the 3D view shows at the current time: the text behind
// the canvas's accessible description. Pure: reads the model, returns a sentence or two.
import { formatHours, stageOf, type HealingStage } from '../model';
import type { BlockData } from '../state/blockData';

export const STAGE_PLAIN: Readonly<Record<HealingStage, string>> = {
  hemostasis: 'bleeding stops as platelets form a clot',
  inflammation: 'the area is red and immune cells clean the wound',
  'prolonged-inflammation': 'inflammation is lasting longer than it should',
  proliferation: 'fibroblasts lay new collagen, new vessels grow and the surface closes',
  remodeling: 'new collagen is being reorganised and strengthened',
  resolved: 'the skin is restored with no scar',
  'scar-normotrophic': 'a flat scar with parallel collagen has formed',
  'scar-hypertrophic': 'a raised scar has formed within the wound',
  'scar-atrophic': 'a pitted scar has formed where collagen was lost',
  'scar-keloid': 'a keloid scar is growing beyond the wound',
};

export function describeBlock(data: BlockData, timeHours: number): string {
  const first = data.sessionsHours.length > 0 ? data.sessionsHours.filter((s) => s <= timeHours).at(-1) ?? 0 : 0;
  const age = timeHours - first;
  const stage = stageOf(data.curves, age);
  return `${data.scenario.title} (${data.tissue.label}), ${formatHours(timeHours)}: ${STAGE_PLAIN[stage]}.`;
}
