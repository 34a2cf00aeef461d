// The id of the DOM overlay over the 3D view (rendered by ui/SceneOverlay, its elements moved by
// LabelProjector). It lives here, below both, because the scene may not import the page (ui/).
export const SCENE_OVERLAY_ID = 'scene-overlay';

/**
 * Marks a control that sits over the 3D view (the camera buttons, a notice): the labels keep off
 * it (labelColumns.ts). An attribute, so the page's components mark themselves without the scene
 * knowing them.
 */
export const SCENE_CONTROL_ATTR = 'data-scene-control';
