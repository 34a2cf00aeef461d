// The id of the DOM overlay over the 3D view (rendered by ui/SceneOverlay, its elements moved by
// LabelProjector). It lives here, below both, because the scene may not import the page (ui/).
export const SCENE_OVERLAY_ID = 'scene-overlay';
