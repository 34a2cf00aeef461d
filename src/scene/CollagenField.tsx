// CollagenField: the dermis's collagen and elastin fibres on the two visible cut faces, as ONE
// instanced mesh of wavy ribbons. Basket-weave in normal dermis; in the wound, laid down and
// aligned over time from the curves in fibres.*.glsl (no per-fibre JavaScript per frame).
// Each ribbon is bent into a crimp only where the crimp is big enough on screen to be seen
// (fibreDetail): otherwise it is one straight quad, a quarter of the vertices.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { Box3, InstancedBufferAttribute, InstancedMesh, PlaneGeometry, ShaderMaterial, Vector3, type PerspectiveCamera } from 'three';
import { useFrame } from '@react-three/fiber';
import { useCorium } from '../state/store';
import type { Stain } from '../state/url';
import { useBlock } from './blockContext';
import { layFibres } from './fibreLayout';
import { faceWoundUniforms } from './woundSites';
import { stageSource, withCurveLib } from './shaderSource';
import vertex from '../../shaders/fibres.vert.glsl?raw';
import fragment from '../../shaders/fibres.frag.glsl?raw';
import { retire } from './retire';
import { crimpShows } from './fibreDetail';
import { mmPerPixel } from './LabelProjector';

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
/** Segments along each ribbon where its crimp shows, enough for the wave to look smooth. */
const CRIMP_SEGMENTS = 8;

export function CollagenField() {
  const { data, uniforms } = useBlock();
  const stain = useCorium((s) => s.stain);

  const field = useMemo(() => {
    const layout = layFibres(data);
    // Both ribbons share the per-fibre attributes (one GPU buffer each).
    const perFibre = {
      aCentre: new InstancedBufferAttribute(layout.centre, 3),
      aFibre: new InstancedBufferAttribute(layout.fibre, 4),
      aMisc: new InstancedBufferAttribute(layout.misc, 4),
      aSite: new InstancedBufferAttribute(layout.site, 4),
    };
    const ribbon = (segments: number) => {
      const g = new PlaneGeometry(1, 1, segments, 1);
      for (const [name, attribute] of Object.entries(perFibre)) g.setAttribute(name, attribute);
      return g;
    };
    const crimped = ribbon(CRIMP_SEGMENTS);
    const straight = ribbon(1);
    const material = new ShaderMaterial({
      name: 'fibres',
      vertexShader: withCurveLib(vertex),
      fragmentShader: stageSource(fragment),
      uniforms: {
        ...uniforms,
        ...faceWoundUniforms(data),
        uFaceLiftMm: { value: FACE_LIFT_MM },
        uSliceMm: { value: SLICE_MM },
        uColourI: { value: new Vector3() },
        uColourIII: { value: new Vector3() },
        uColourElastin: { value: new Vector3() },
        uCrimp: { value: 1 },
      },
    });
    const m = new InstancedMesh(crimped, material, layout.count);
    m.name = 'collagen-field';
    // The vertex shader places every fibre, so three's bounds would be wrong: never cull.
    m.frustumCulled = false;
    return { mesh: m, crimped, straight };
  }, [data, uniforms]);
  const { mesh, crimped, straight } = field;

  // The crimp's size on screen, from the camera's distance to the block (its nearest point). Each
  // block is drawn from the camera as if it stood at the origin (a comparison's second block is
  // drawn with the camera moved by its offset: SplitRenderer), so the distance is to a block there.
  const block = useMemo(() => new Box3(new Vector3(-data.blockMm / 2, -data.drawnDepthMm, -data.blockMm / 2), new Vector3(data.blockMm / 2, 0, data.blockMm / 2)), [data]);
  useFrame(({ camera, size }) => {
    const mmPerPx = mmPerPixel(Math.max(1e-3, block.distanceToPoint(camera.position)), (camera as PerspectiveCamera).fov, size.height);
    const crimp = crimpShows(mmPerPx);
    mesh.geometry = crimp ? crimped : straight;
    (mesh.material as ShaderMaterial).uniforms.uCrimp.value = crimp ? 1 : 0;
  });

  // Before the frame that draws them (FrameDemand).
  useLayoutEffect(() => {
    const u = (mesh.material as ShaderMaterial).uniforms;
    const c = FIBRE_COLOURS[stain];
    (u.uColourI.value as Vector3).set(...c.typeI);
    (u.uColourIII.value as Vector3).set(...c.typeIII);
    (u.uColourElastin.value as Vector3).set(...c.elastin);
  }, [mesh, stain]);

  useEffect(() => () => retire(() => {
    crimped.dispose();
    straight.dispose();
    (mesh.material as ShaderMaterial).dispose();
    mesh.dispose();
  }), [mesh, crimped, straight]);

  return <primitive object={mesh} />;
}
