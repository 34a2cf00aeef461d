// Which parts of the block the layers panel shows, as the scene needs it: one flag per layer for
// the tissue shader (uLayerShown[5]), which structure meshes belong to which part, and which
// labels name a hidden part. Pure: no three, no React, so tests and the panel can share it.
import { LAYERS, type LayerId } from '../model/tissue';
import { LAYER_PARTS, type ScenePart } from '../state/parts';
import type { StructureGeometries } from './structureGeometry';

/** uLayerShown in tissue.frag.glsl, by slab index (0 stratum corneum … 4 fat): 1 shown, 0 hidden. */
export function layerShownValues(hidden: readonly ScenePart[]): number[] {
  return LAYER_PARTS.map((part) => (hidden.includes(part) ? 0 : 1));
}

/**
 * Does the block's inside show? Only through a hidden layer or with the layers pulled apart: the
 * tissue is opaque, so what lies wholly inside it (the wavy junction faces, most vessels) is built
 * or drawn only then.
 */
export function interiorShows(layout: string, hidden: readonly ScenePart[]): boolean {
  return layout === 'exploded' || LAYER_PARTS.some((part) => hidden.includes(part));
}

/** The panel's part for each model layer (same order as LAYERS and the block's slabs). */
export const LAYER_PART_OF: Readonly<Record<LayerId, ScenePart>> = Object.fromEntries(
  LAYERS.map((id, i) => [id, LAYER_PARTS[i]]),
) as Record<LayerId, ScenePart>;

/** The part each appendage mesh of SkinStructures belongs to. */
export const STRUCTURE_MESH_PART = {
  follicle: 'follicles',
  hairShaft: 'follicles',
  sebaceousGland: 'glands',
  sweatGland: 'glands',
  nerve: 'nerves',
  lamellarCorpuscle: 'nerves',
} as const satisfies Record<keyof StructureGeometries, ScenePart>;

/** The part each label of the scene overlay names (layers by model id, structures by anchor id). */
export const LABEL_PART: Readonly<Record<string, ScenePart>> = {
  ...LAYER_PART_OF,
  nerveEndings: 'nerves',
  capillaryLoops: 'vessels',
  subpapillaryPlexus: 'vessels',
  deepPlexus: 'vessels',
  // A condition's parts (conditionLabels.ts), by the layer they lie in.
  scarFloor: 'epidermis',
  scarTissue: 'reticular',
  tetheringBand: 'reticular',
  wrinkleFurrow: 'epidermis',
  elastoticMaterial: 'papillary',
  stretchMark: 'epidermis',
  striaeCollagen: 'reticular',
  enlargedPore: 'follicles',
  // Drawn by the tissue shader in the upper dermis, not by the vessel meshes.
  dilatedVessels: 'papillary',
};

/** True unless the label names a part the user hid. */
export function labelShown(anchorId: string, hidden: readonly ScenePart[]): boolean {
  const part = LABEL_PART[anchorId];
  return part === undefined || !hidden.includes(part);
}
