// Shows or hides one part of the block (vessels, cells, fibres, punctures…) as the layers panel
// says, by the group's `visible` flag: the meshes inside keep their geometry and GPU buffers, and
// only this group re-renders, only when that part's flag changes.
import type { ReactNode } from 'react';
import { useCorium } from '../state/store';
import type { ScenePart } from '../state/parts';

export function PartGroup({ part, children }: { part: ScenePart; children: ReactNode }) {
  const shown = useCorium((s) => !s.hidden.includes(part));
  return <group name={`part-${part}`} visible={shown}>{children}</group>;
}
