// ConditionDent: the skin surface inside a treated condition's dent (scar floor and walls, a fine
// line's furrow, a stretch mark's band, a pore's funnel) for the block in context. One mesh: a flat
// grid over the footprint that shaders/condition.vert.glsl lowers to the dent's depth, which the
// block's shared uniforms update with the clock (TissueBlock). The tissue shader leaves the dent open.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, DoubleSide, ShaderMaterial } from 'three';
import { useBlock } from './blockContext';
import { useCorium } from '../state/store';
import { conditionPicture } from '../state/condition';
import { dentFootprint } from './conditionGeometry';
import { stageSource } from './shaderSource';
import { STAIN_CODE } from './palette';
import vertex from '../../shaders/condition.vert.glsl?raw';
import fragment from '../../shaders/condition.frag.glsl?raw';
import { retire } from './retire';
import { disposeOrKeep } from './programKeeper';

export function ConditionDent() {
  const { data, uniforms } = useBlock();
  const stain = useCorium((s) => s.stain);
  const geometry = useMemo(() => {
    const picture = conditionPicture(data);
    if (!picture) return null;
    const f = dentFootprint(picture, data.blockMm);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(new Float32Array((f.foot.length / 2) * 3), 3));
    g.setAttribute('aFoot', new BufferAttribute(f.foot, 2));
    g.setIndex(new BufferAttribute(f.index, 1));
    return g;
  }, [data]);
  const material = useMemo(() => new ShaderMaterial({
    name: 'condition-dent',
    vertexShader: stageSource(vertex),
    fragmentShader: stageSource(fragment),
    side: DoubleSide,
    uniforms: { ...uniforms, uStain: { value: 0 } },
  }), [uniforms]);
  useLayoutEffect(() => { material.uniforms.uStain.value = STAIN_CODE[stain]; }, [material, stain]);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => retire(() => disposeOrKeep(material)), [material]);
  if (!geometry) return null;
  return <mesh name="condition-dent" geometry={geometry} material={material} frustumCulled={false} />;
}
