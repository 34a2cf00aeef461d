// Cells: the immune cells, fibroblasts and clot cells of the block's wound, drawn on the cut-away
// front face as ONE instanced mesh of quads. Who is present, where on the way from its vessel,
// and how it looks come from the curves in cells.*.glsl: no per-cell JavaScript per frame.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { InstancedBufferAttribute, InstancedMesh, PlaneGeometry, ShaderMaterial, Vector3 } from 'three';
import { useCorium } from '../state/store';
import type { Stain } from '../state/url';
import { useBlock } from './blockContext';
import { layCells, CELL_KINDS, type CellKind } from './cellLayout';
import { faceWoundUniforms } from './woundSites';
import { withCurveLib } from './shaderSource';
import vertex from '../../shaders/cells.vert.glsl?raw';
import fragment from '../../shaders/cells.frag.glsl?raw';
import { retire } from './retire';

type Rgb = readonly [number, number, number];

/** Body and nucleus colours (sRGB) per kind and stain. Lightness differs by kind (neutrophil
 *  palest, macrophage mid, fibroblast darkest) so kinds read without hue; shapes differ too. */
const CELL_COLOURS: Readonly<Record<Stain, Readonly<Record<CellKind, { body: Rgb; nucleus: Rgb }>>>> = {
  natural: {
    neutrophil: { body: [0.94, 0.93, 0.98], nucleus: [0.27, 0.16, 0.42] },
    macrophage: { body: [0.88, 0.72, 0.48], nucleus: [0.36, 0.22, 0.2] },
    fibroblast: { body: [0.5, 0.62, 0.7], nucleus: [0.14, 0.17, 0.27] },
    redCell: { body: [0.8, 0.13, 0.15], nucleus: [0.8, 0.13, 0.15] },
    platelet: { body: [0.62, 0.45, 0.78], nucleus: [0.3, 0.16, 0.42] },
  },
  he: {
    neutrophil: { body: [0.97, 0.86, 0.93], nucleus: [0.24, 0.12, 0.42] },
    macrophage: { body: [0.9, 0.62, 0.77], nucleus: [0.3, 0.15, 0.45] },
    fibroblast: { body: [0.74, 0.44, 0.66], nucleus: [0.17, 0.09, 0.32] },
    redCell: { body: [0.9, 0.22, 0.33], nucleus: [0.9, 0.22, 0.33] },
    platelet: { body: [0.58, 0.4, 0.75], nucleus: [0.26, 0.12, 0.44] },
  },
  trichrome: {
    neutrophil: { body: [0.97, 0.84, 0.84], nucleus: [0.12, 0.1, 0.18] },
    macrophage: { body: [0.9, 0.55, 0.55], nucleus: [0.14, 0.1, 0.2] },
    fibroblast: { body: [0.75, 0.25, 0.3], nucleus: [0.1, 0.08, 0.14] },
    redCell: { body: [0.88, 0.2, 0.12], nucleus: [0.88, 0.2, 0.12] },
    platelet: { body: [0.6, 0.3, 0.42], nucleus: [0.2, 0.1, 0.2] },
  },
};

/** Cells sit a few µm in front of the face, over the lesion's section (+4 µm) and the fibres. */
const FACE_LIFT_MM = 0.007;

export function Cells() {
  const { data, uniforms } = useBlock();
  const stain = useCorium((s) => s.stain);

  const mesh = useMemo(() => {
    const layout = layCells(data);
    const geometry = new PlaneGeometry(1, 1);
    geometry.setAttribute('aHome', new InstancedBufferAttribute(layout.home, 3));
    geometry.setAttribute('aOrigin', new InstancedBufferAttribute(layout.origin, 3));
    geometry.setAttribute('aCell', new InstancedBufferAttribute(layout.cell, 4));
    geometry.setAttribute('aShape', new InstancedBufferAttribute(layout.shape, 3));
    geometry.setAttribute('aSite', new InstancedBufferAttribute(layout.site, 2));
    const material = new ShaderMaterial({
      name: 'cells',
      vertexShader: withCurveLib(vertex),
      fragmentShader: fragment,
      uniforms: {
        ...uniforms,
        ...faceWoundUniforms(data),
        uFaceLiftMm: { value: FACE_LIFT_MM },
        uBody: { value: CELL_KINDS.map(() => new Vector3()) },
        uNucleus: { value: CELL_KINDS.map(() => new Vector3()) },
      },
    });
    const m = new InstancedMesh(geometry, material, layout.count);
    m.name = 'cells';
    // The vertex shader moves every cell, so three's bounds would be wrong: never cull.
    m.frustumCulled = false;
    return m;
  }, [data, uniforms]);

  // Before the frame that draws them (FrameDemand).
  useLayoutEffect(() => {
    const material = mesh.material as ShaderMaterial;
    CELL_KINDS.forEach((kind, i) => {
      const c = CELL_COLOURS[stain][kind];
      (material.uniforms.uBody.value as Vector3[])[i].set(...c.body);
      (material.uniforms.uNucleus.value as Vector3[])[i].set(...c.nucleus);
    });
  }, [mesh, stain]);

  useEffect(() => () => retire(() => {
    mesh.geometry.dispose();
    (mesh.material as ShaderMaterial).dispose();
    mesh.dispose();
  }), [mesh]);

  return <primitive object={mesh} />;
}
