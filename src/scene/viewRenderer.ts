// The 3D view's renderer (R3F's `gl` factory): on the context the WebGL probe already made
// (webglSupport.ts), whose canvas then takes the place of the one R3F rendered, so the page
// creates one context for the view, not two. A later view (after an error, say), a probe whose
// context was lost meanwhile, or a canvas not in the page gets a context of its own.
// R3F keeps its own canvas element, now detached, for its `ref`, its root's key and a cleanup that
// unmounts the root once that element has left the page (which it already has): harmless while no
// <Canvas ref>, <Activity> or unmountComponentAtNode(canvas) is used on the view. The app's own
// code reaches the canvas through gl.domElement or the page (`.app__view canvas`), never that ref.
import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import type { GLProps } from '@react-three/fiber';
import { takeProbeContext, VIEW_CONTEXT } from './webglSupport';

/** What R3F passes a `gl` factory: three's parameters and the canvas it rendered. */
type Defaults = Parameters<Extract<GLProps, (defaults: never) => unknown>>[0];

export function viewRenderer(defaults: Defaults): WebGLRenderer {
  const parameters: WebGLRendererParameters = { ...defaults, ...VIEW_CONTEXT };
  const own = defaults.canvas instanceof HTMLCanvasElement && defaults.canvas.parentNode ? defaults.canvas : null;
  const probe = own ? takeProbeContext() : null;
  if (!own || !probe || probe.context.isContextLost()) return new WebGLRenderer(parameters);
  let renderer: WebGLRenderer;
  try {
    renderer = new WebGLRenderer({ ...parameters, canvas: probe.canvas, context: probe.context });
  } catch (e) {
    probe.context.getExtension('WEBGL_lose_context')?.loseContext();
    throw e;
  }
  // R3F styles its own canvas as a block; the adopted one stands exactly where it stood.
  probe.canvas.style.display = 'block';
  own.replaceWith(probe.canvas);
  return renderer;
}
