// The model data of the blocks on screen, for components: re-renders only when the scenario,
// comparison, site or custom run changes (never on time steps).
import { useShallow } from 'zustand/react/shallow';
import { useCorium } from './store';
import { blocksOf, type BlockData } from './blockData';

export function useBlocks(): { primary: BlockData; secondary: BlockData | null } {
  const choice = useCorium(useShallow((s) => ({ scenario: s.scenario, compare: s.compare, site: s.site, custom: s.custom })));
  return blocksOf(choice);
}
