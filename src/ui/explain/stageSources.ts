// Which sources stand behind each stage's expert text (ids into src/model/sources.ts); the
// shapes of every curve rest on the model's own calibration as well.
import type { HealingStage, SourceId } from '../../model';

export const STAGE_SOURCES: Readonly<Record<HealingStage, readonly SourceId[]>> = {
  hemostasis: ['stage-hemostasis'],
  inflammation: ['stage-inflammation', 'brogden2012'],
  'prolonged-inflammation': ['stage-inflammation', 'scar-persistence'],
  proliferation: ['stage-proliferation', 'stumpp2009', 'model-migration'],
  remodeling: ['ireton2013', 'normal-collagen'],
  resolved: ['normal-collagen', 'stumpp2009', 'aust2008'],
  'scar-normotrophic': ['scar-collagen-pattern', 'scar-elastin', 'ireton2013', 'dunkin2007'],
  'scar-hypertrophic': ['gauglitz2011', 'oliveira2009'],
  'scar-atrophic': ['fabbrocini2010'],
  'scar-keloid': ['gauglitz2011', 'limandjaja2020', 'oliveira2009'],
};

export const CURVE_SOURCE: SourceId = 'model-kinetics';
