// Plain names of the healing stages, for the stage diagram and anything else that names them.
import type { HealingStage } from '../model';

export const STAGE_NAME: Readonly<Record<HealingStage, string>> = {
  hemostasis: 'Clotting',
  inflammation: 'Inflammation',
  'prolonged-inflammation': 'Inflamed longer',
  proliferation: 'Rebuilding',
  remodeling: 'Remodelling',
  resolved: 'Healed, no scar',
  'scar-normotrophic': 'Flat scar',
  'scar-hypertrophic': 'Raised scar',
  'scar-atrophic': 'Pitted scar',
  'scar-keloid': 'Keloid',
};
