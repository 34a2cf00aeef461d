// SkinStructures: a hair follicle with its hair and sebaceous gland, an eccrine sweat gland, free
// nerve endings and a lamellar corpuscle, for the block in context (useBlock), on the cut-away face.
// A few static meshes with one vertex-coloured material; geometry in structureGeometry.ts.
// Each mesh is shown or hidden with its part in the layers panel (follicles, glands, nerves).
import { useEffect, useMemo } from 'react';
import { DoubleSide, MeshStandardMaterial } from 'three';
import { useBlock } from './blockContext';
import { structureGeometries, type StructureGeometries } from './structureGeometry';
import { STRUCTURE_MESH_PART } from './partVisibility';
import { useCorium } from '../state/store';

const MESH_NAMES: Record<keyof StructureGeometries, string> = {
  follicle: 'hair-follicle',
  hairShaft: 'hair-shaft',
  sebaceousGland: 'sebaceous-gland',
  sweatGland: 'eccrine-sweat-gland',
  nerve: 'free-nerve-endings',
  lamellarCorpuscle: 'lamellar-corpuscle',
};

export function SkinStructures() {
  const { data } = useBlock();
  const hidden = useCorium((s) => s.hidden);
  const built = useMemo(() => ({
    geometries: structureGeometries(data.tissue, data.blockMm),
    // DoubleSide: the follicle's funnel is an open lathe whose inside shows at the pore.
    material: new MeshStandardMaterial({ vertexColors: true, roughness: 0.55, metalness: 0, side: DoubleSide }),
  }), [data]);
  useEffect(() => () => {
    for (const g of Object.values(built.geometries)) g?.dispose();
    built.material.dispose();
  }, [built]);
  const entries = (Object.keys(MESH_NAMES) as (keyof StructureGeometries)[]).filter((k) => built.geometries[k] !== null);
  return (
    <group name="skin-structures">
      {entries.map((k) => <mesh key={k} name={MESH_NAMES[k]} geometry={built.geometries[k]!} material={built.material} visible={!hidden.includes(STRUCTURE_MESH_PART[k])} />)}
    </group>
  );
}
