// WoundLesion: the uncontrolled wound (a cut, a burn or a cystic acne lesion) and the scar it
// becomes, for the block in context. One mesh; its shape and colour over time come from the
// model's curves in the shaders (lesion.*.glsl), so playback costs no JavaScript. Pulled
// apart, the mesh is drawn once per layer slab, each copy moved with its slab and clipped to it
// (slabs.ts, lib/explode.glsl), so every slab carries its share of the wound or scar.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { BufferAttribute, DoubleSide, InstancedBufferGeometry, ShaderMaterial, type Texture } from 'three';
import { useBlock } from './blockContext';
import { lesionOf } from '../state/lesion';
import { useCorium } from '../state/store';
import { layer } from '../model';
import { lesionMesh } from './lesionGeometry';
import { stageSource } from './shaderSource';
import { applySlabLayout, slabUniforms } from './slabs';
import { noiseLatticeTexture } from './noiseLattice';
import { STAIN_CODE } from './palette';
import vertex from '../../shaders/lesion.vert.glsl?raw';
import fragment from '../../shaders/lesion.frag.glsl?raw';
import { retire } from './retire';
import { disposeOrKeep } from './programKeeper';

export function WoundLesion() {
  const { data, uniforms } = useBlock();
  const stain = useCorium((s) => s.stain);
  const layout = useCorium((s) => s.layout);
  const geometry = useMemo(() => {
    const shape = lesionOf(data);
    if (shape.kind === 'channels') return null;
    const m = lesionMesh(shape, data.blockMm);
    const g = new InstancedBufferGeometry();
    const n = m.depthMix.length;
    g.setAttribute('position', new BufferAttribute(new Float32Array(n * 3), 3));
    g.setAttribute('aFoot', new BufferAttribute(m.foot, 2));
    g.setAttribute('aDepthMix', new BufferAttribute(m.depthMix, 1));
    g.setAttribute('aFloor', new BufferAttribute(m.floor, 1));
    g.setIndex(new BufferAttribute(m.index, 1));
    g.userData = { radial: m.radial, halfWidthMm: m.halfWidthMm, depthMm: m.depthMm };
    return g;
  }, [data]);

  const material = useMemo(() => {
    if (!geometry) return null;
    const { radial, halfWidthMm, depthMm } = geometry.userData as { radial: boolean; halfWidthMm: number; depthMm: number };
    return new ShaderMaterial({
      name: 'lesion',
      vertexShader: stageSource(vertex),
      fragmentShader: stageSource(fragment),
      transparent: true,
      side: DoubleSide,
      uniforms: {
        ...uniforms,
        ...slabUniforms(data),
        uCreatedHours: { value: 0 },
        uHalfWidthMm: { value: halfWidthMm },
        uDepthMm: { value: depthMm },
        uRadial: { value: radial ? 1 : 0 },
        uFrontZ: { value: data.blockMm / 2 },
        uStain: { value: 0 },
        uInPlace: { value: data.wound.kind === 'cut' ? 0 : 1 },
        uEpidermisMm: { value: layer(data.tissue, 'viableEpidermis').bottomMm },
        uNoise: { value: noiseLatticeTexture() },
      },
    });
  }, [geometry, uniforms, data]);

  useLayoutEffect(() => { if (material) material.uniforms.uStain.value = STAIN_CODE[stain]; }, [material, stain]);
  useLayoutEffect(() => {
    if (geometry && material) applySlabLayout(geometry, material.uniforms as unknown as ReturnType<typeof slabUniforms>, layout);
  }, [geometry, material, layout]);
  useEffect(() => () => retire(() => {
    geometry?.dispose();
    (material?.uniforms.uNoise.value as Texture | undefined)?.dispose();
    if (material) disposeOrKeep(material);
  }), [geometry, material]);

  if (!geometry || !material) return null;
  return <mesh name="wound-lesion" geometry={geometry} material={material} frustumCulled={false} renderOrder={2} />;
}
