// SkinStructures: a hair follicle with its hair and sebaceous gland, an eccrine sweat gland, free
// nerve endings and a lamellar corpuscle, for the block in context (useBlock), on the cut-away face.
// A few static meshes with one vertex-coloured material; geometry in structureGeometry.ts.
// Each mesh is shown or hidden with its part in the layers panel (follicles, glands, nerves).
// Pulled apart, each vertex moves with the layer slab it lies in and what spans a gap is cut
// there (lib/explode.glsl, lib/slab-cut.glsl, added to three's standard shader).
import { useEffect, useMemo } from 'react';
import { DoubleSide, MeshStandardMaterial } from 'three';
import { useBlock, type BlockUniforms } from './blockContext';
import { expandShaderLibs } from './shaderSource';
import { structureGeometries, type StructureGeometries } from './structureGeometry';
import { STRUCTURE_MESH_PART } from './partVisibility';
import { useCorium } from '../state/store';
import { conditionPicture, FOLLICLE_EXIT_X_MM, insideFootprint } from '../state/condition';
import { retire } from './retire';

/** A scar has no follicles or glands (conditions.ts `adnexa`): the follicle's parts are left out when it lies in one. */
const ADNEXA: readonly (keyof StructureGeometries)[] = ['follicle', 'hairShaft', 'sebaceousGland'];

const MESH_NAMES: Record<keyof StructureGeometries, string> = {
  follicle: 'hair-follicle',
  hairShaft: 'hair-shaft',
  sebaceousGland: 'sebaceous-gland',
  sweatGland: 'eccrine-sweat-gland',
  nerve: 'free-nerve-endings',
  lamellarCorpuscle: 'lamellar-corpuscle',
};

export function SkinStructures() {
  const { data, uniforms } = useBlock();
  const hidden = useCorium((s) => s.hidden);
  const built = useMemo(() => ({
    geometries: structureGeometries(data.tissue, data.blockMm),
    // DoubleSide: the follicle's funnel is an open lathe whose inside shows at the pore.
    material: withSlabs(new MeshStandardMaterial({ vertexColors: true, roughness: 0.55, metalness: 0, side: DoubleSide }), uniforms),
  }), [data, uniforms]);
  useEffect(() => () => retire(() => {
    for (const g of Object.values(built.geometries)) g?.dispose();
    built.material.dispose();
  }), [built]);
  const picture = useMemo(() => conditionPicture(data), [data]);
  const noAdnexa = picture !== null && !picture.condition.adnexa && insideFootprint(picture, FOLLICLE_EXIT_X_MM, data.blockMm / 2);
  const entries = (Object.keys(MESH_NAMES) as (keyof StructureGeometries)[])
    .filter((k) => built.geometries[k] !== null && !(noAdnexa && ADNEXA.includes(k)));
  return (
    <group name="skin-structures">
      {entries.map((k) => <mesh key={k} name={MESH_NAMES[k]} geometry={built.geometries[k]!} material={built.material} visible={!hidden.includes(STRUCTURE_MESH_PART[k])} />)}
    </group>
  );
}

/**
 * Teaches three's standard material the exploded layout: each vertex moves with its layer slab
 * (the block's own uExplode/uExplodeGapMm/uBoundsMm/uReteRidgeMm, so the layout switch reaches it
 * without a recompile), and fragments stretched across a gap are dropped.
 */
export function withSlabs(material: MeshStandardMaterial, uniforms: BlockUniforms): MeshStandardMaterial {
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, {
      uExplode: uniforms.uExplode, uExplodeGapMm: uniforms.uExplodeGapMm, uBoundsMm: uniforms.uBoundsMm, uReteRidgeMm: uniforms.uReteRidgeMm,
    });
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${expandShaderLibs('#include "lib/explode.glsl"')}\nvarying float vSlab;`)
      .replace('#include <begin_vertex>', '#include <begin_vertex>\n  vSlab = structureSlab(transformed);\n  transformed = explodeMove(transformed, vSlab);');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${expandShaderLibs('#include "lib/slab-cut.glsl"')}`)
      .replace('void main() {', 'void main() {\n  if (acrossSlabGap()) discard;');
  };
  material.customProgramCacheKey = () => 'skin-structures-slabs';
  return material;
}
