// Renders a scene component inside a block of a scenario (model data + hand-built uniforms) with
// the R3F test renderer, and collects the instanced meshes it made.
import type { ReactElement } from 'react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { DataTexture, FloatType, RGBAFormat, type InstancedMesh } from 'three';
import { LOG_TIME_T0_HOURS } from '../../src/model';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { BlockContext, type BlockUniforms } from '../../src/scene/blockContext';
import { dentUniformObjects } from '../../src/scene/useCurveUniforms';
import { slabUniforms } from '../../src/scene/slabs';

export function uniformsFor(data: BlockData): BlockUniforms {
  const a = data.atlas;
  return {
    uTimeHours: { value: 0 }, uAnimSeconds: { value: 0 },
    uCurves: { value: new DataTexture(a.data, a.samples, a.classes * a.rowsPerClass, RGBAFormat, FloatType) },
    uCurveSamples: { value: a.samples }, uCurveRows: { value: a.classes * a.rowsPerClass }, uRowsPerClass: { value: a.rowsPerClass },
    uMaxAgeHours: { value: a.maxAgeHours }, uLogT0Hours: { value: LOG_TIME_T0_HOURS }, ...dentUniformObjects(), ...slabUniforms(data),
  };
}

export async function renderInBlock(scenario: string, element: ReactElement) {
  const data = blockDataFor(scenario, null);
  const renderer = await ReactThreeTestRenderer.create(
    <BlockContext.Provider value={{ data, uniforms: uniformsFor(data), role: 'primary' }}>{element}</BlockContext.Provider>,
  );
  const meshes: InstancedMesh[] = [];
  renderer.scene.instance.traverse((o) => { if ((o as InstancedMesh).isInstancedMesh) meshes.push(o as InstancedMesh); });
  return { data, renderer, meshes };
}
