// CollagenField: the dermis's collagen and elastin fibres on the two visible cut faces, as ONE
// instanced mesh of wavy ribbons. Basket-weave in normal dermis; in the wound, laid down and
// aligned over time from the curves in fibres.*.glsl (no per-fibre JavaScript per frame).
import { useEffect, useMemo } from 'react';
import { InstancedBufferAttribute, InstancedMesh, PlaneGeometry, ShaderMaterial, Vector3 } from 'three';
import { useCorium } from '../state/store';
import type { Stain } from '../state/url';
import { useBlock } from './blockContext';
import { layFibres } from './fibreLayout';
import { faceWoundUniforms } from './woundSites';
import { withCurveLib } from './shaderSource';
import vertex from '../../shaders/fibres.vert.glsl?raw';
import fragment from '../../shaders/fibres.frag.glsl?raw';
import { retire } from './retire';

type Rgb = readonly [number, number, number];

/** Fibre colours (sRGB). Type I brightest and thick, type III paler-yellow and thin, elastin dark
 *  and thin: told apart by lightness and width, not by hue alone. Trichrome stains collagen blue. */
const FIBRE_COLOURS: Readonly<Record<Stain, { typeI: Rgb; typeIII: Rgb; elastin: Rgb }>> = {
  natural: { typeI: [0.98, 0.93, 0.84], typeIII: [1.0, 0.97, 0.72], elastin: [0.3, 0.22, 0.24] },
  he: { typeI: [0.96, 0.6, 0.76], typeIII: [1.0, 0.84, 0.9], elastin: [0.5, 0.22, 0.42] },
  trichrome: { typeI: [0.22, 0.4, 0.82], typeIII: [0.62, 0.76, 0.96], elastin: [0.45, 0.08, 0.14] },
};

/** Fibres sit just in front of the face and over the lesion's section (+4 µm), under the cells. */
const FACE_LIFT_MM = 0.0055;
/** Section thickness whose fibres show: thicker than a 5 µm slide so strokes read at 'channel' zoom. */
const SLICE_MM = 0.05;
/** Segments along each ribbon, enough for the crimp to look smooth. */
const SEGMENTS = 8;

export function CollagenField() {
  const { data, uniforms } = useBlock();
  const stain = useCorium((s) => s.stain);

  const mesh = useMemo(() => {
    const layout = layFibres(data);
    const geometry = new PlaneGeometry(1, 1, SEGMENTS, 1);
    geometry.setAttribute('aCentre', new InstancedBufferAttribute(layout.centre, 3));
    geometry.setAttribute('aFibre', new InstancedBufferAttribute(layout.fibre, 4));
    geometry.setAttribute('aMisc', new InstancedBufferAttribute(layout.misc, 4));
    geometry.setAttribute('aSite', new InstancedBufferAttribute(layout.site, 4));
    const material = new ShaderMaterial({
      name: 'fibres',
      vertexShader: withCurveLib(vertex),
      fragmentShader: fragment,
      uniforms: {
        ...uniforms,
        ...faceWoundUniforms(data),
        uFaceLiftMm: { value: FACE_LIFT_MM },
        uSliceMm: { value: SLICE_MM },
        uColourI: { value: new Vector3() },
        uColourIII: { value: new Vector3() },
        uColourElastin: { value: new Vector3() },
      },
    });
    const m = new InstancedMesh(geometry, material, layout.count);
    m.name = 'collagen-field';
    // The vertex shader places every fibre, so three's bounds would be wrong: never cull.
    m.frustumCulled = false;
    return m;
  }, [data, uniforms]);

  useEffect(() => {
    const u = (mesh.material as ShaderMaterial).uniforms;
    const c = FIBRE_COLOURS[stain];
    (u.uColourI.value as Vector3).set(...c.typeI);
    (u.uColourIII.value as Vector3).set(...c.typeIII);
    (u.uColourElastin.value as Vector3).set(...c.elastin);
  }, [mesh, stain]);

  useEffect(() => () => retire(() => {
    mesh.geometry.dispose();
    (mesh.material as ShaderMaterial).dispose();
    mesh.dispose();
  }), [mesh]);

  return <primitive object={mesh} />;
}
