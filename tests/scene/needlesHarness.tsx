// Shared by the scene component tests: renders a component inside a block of a scenario, with the
// block's real curve uniforms, and finds three objects in the rendered scene.
import type { ReactNode } from 'react';
import type { Object3D } from 'three';
import type ReactThreeTestRenderer from '@react-three/test-renderer';
import { BlockContext } from '../../src/scene/blockContext';
import { useCurveUniforms } from '../../src/scene/useCurveUniforms';
import type { BlockData } from '../../src/state/blockData';

// React's act() warns unless told this is a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function InBlock({ data, children }: { data: BlockData; children: ReactNode }) {
  const uniforms = useCurveUniforms(data);
  return <BlockContext.Provider value={{ data, uniforms, role: 'primary' }}>{children}</BlockContext.Provider>;
}

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;

export function findObjects(r: Renderer, test: (o: Object3D) => boolean): Object3D[] {
  const out: Object3D[] = [];
  (r.scene.instance as Object3D).traverse((o) => { if (test(o)) out.push(o); });
  return out;
}
