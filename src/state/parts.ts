// The parts of the skin block a user can show or hide in the layers panel: the five layers
// (drawn in one mesh, hidden in its shader) and the structures (each its own mesh).
export const LAYER_PARTS = ['corneum', 'epidermis', 'papillary', 'reticular', 'hypodermis'] as const;
export const STRUCTURE_PARTS = ['vessels', 'follicles', 'glands', 'nerves', 'cells', 'fibres', 'punctures'] as const;
export const SCENE_PARTS = [...LAYER_PARTS, ...STRUCTURE_PARTS] as const;
export type ScenePart = (typeof SCENE_PARTS)[number];
