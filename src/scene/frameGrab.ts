// The 3D view registers here a function that draws one frame on demand and returns the WebGL
// canvas holding it, so the share dialog (ui/share/capture.ts) can copy the picture in the same
// task. It sits in the scene because the scene may not import the page (ui/).

/** Draws a frame now and returns the WebGL canvas holding it (read it before yielding). */
export type FrameGrabberFn = () => HTMLCanvasElement;

let grabber: FrameGrabberFn | null = null;

/** Called by the 3D view when it is ready; the returned function unregisters it. */
export function registerFrameGrabber(grab: FrameGrabberFn): () => void {
  grabber = grab;
  return () => { if (grabber === grab) grabber = null; };
}

export const canGrabFrame = (): boolean => grabber !== null;

/** Draws a frame and returns its canvas, or null when no 3D view is mounted. */
export const grabFrame = (): HTMLCanvasElement | null => (grabber ? grabber() : null);
