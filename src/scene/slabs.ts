// The exploded layout for meshes inside the block (shaders/lib/explode.glsl): the uniforms that
// place and clip each layer slab's copy, and how many copies to draw. A mesh whose geometry is
// an InstancedBufferGeometry draws itself once (cut-away) or once per slab (pulled apart), so a
// wound, a scar or any later condition shows its share on every slab, cut where the tissue's
// slabs are cut. Pure: no React.
import type { InstancedBufferGeometry } from 'three';
import type { BlockData } from '../state/blockData';
import type { TissueLayout } from '../state/url';
import { EXPLODE_GAP_MM, drawnLayerBounds } from './skinBlockGeometry';

/** Layer slabs of the block (stratum corneum, epidermis, papillary, reticular dermis, fat). */
export const SLAB_COUNT = 5;

export interface SlabUniforms {
  readonly uExplode: { value: number };
  readonly uExplodeGapMm: { value: number };
  readonly uBoundsMm: { value: [number, number, number, number] };
  readonly uReteRidgeMm: { value: number };
}

/** The uniforms of lib/explode.glsl for a block (uExplode starts at 0: cut-away). */
export function slabUniforms(data: BlockData): SlabUniforms {
  const b = drawnLayerBounds(data);
  return {
    uExplode: { value: 0 },
    uExplodeGapMm: { value: EXPLODE_GAP_MM },
    uBoundsMm: { value: [b[0].bottomMm, b[1].bottomMm, b[2].bottomMm, b[3].bottomMm] },
    uReteRidgeMm: { value: data.tissue.reteRidgeDepthMm },
  };
}

/** Sets the layout on a mesh drawn per slab: its uniforms, and one copy or one per slab. */
export function applySlabLayout(geometry: InstancedBufferGeometry, uniforms: SlabUniforms, layout: TissueLayout): void {
  const exploded = layout === 'exploded';
  uniforms.uExplode.value = exploded ? 1 : 0;
  geometry.instanceCount = exploded ? SLAB_COUNT : 1;
}
