// Renders a scene component inside a block of a scenario (model data + hand-built uniforms) with
// the R3F test renderer, and collects the instanced meshes it made.
import type { ReactElement } from 'react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { InstancedMesh } from 'three';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { BlockContext, type BlockUniforms } from '../../src/scene/blockContext';
import { curveUniformsFor } from '../../src/scene/useCurveUniforms';

export const uniformsFor = (data: BlockData): BlockUniforms => curveUniformsFor(data);

export async function renderInBlock(scenario: string, element: ReactElement) {
  const data = blockDataFor(scenario, null);
  const renderer = await ReactThreeTestRenderer.create(
    <BlockContext.Provider value={{ data, uniforms: uniformsFor(data), role: 'primary' }}>{element}</BlockContext.Provider>,
  );
  const meshes: InstancedMesh[] = [];
  renderer.scene.instance.traverse((o) => { if ((o as InstancedMesh).isInstancedMesh) meshes.push(o as InstancedMesh); });
  return { data, renderer, meshes };
}
