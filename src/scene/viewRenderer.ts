// The 3D view's renderer (R3F's `gl` factory): on the context the WebGL probe already made
// (webglSupport.ts), whose canvas then takes the place of the one R3F rendered, so the page
// creates one context for the view, not two. A later view (after an error, say) makes its own.
import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import type { GLProps } from '@react-three/fiber';
import { takeProbeContext, VIEW_CONTEXT } from './webglSupport';

/** What R3F passes a `gl` factory: three's parameters and the canvas it rendered. */
type Defaults = Parameters<Extract<GLProps, (defaults: never) => unknown>>[0];

export function viewRenderer(defaults: Defaults): WebGLRenderer {
  const parameters: WebGLRendererParameters = { ...defaults, ...VIEW_CONTEXT };
  const own = defaults.canvas;
  if (!(own instanceof HTMLCanvasElement)) return new WebGLRenderer(parameters);
  const probe = takeProbeContext();
  if (!probe) return new WebGLRenderer(parameters);
  // R3F styles its own canvas as a block; the adopted one stands exactly where it stood.
  probe.canvas.style.display = 'block';
  own.replaceWith(probe.canvas);
  return new WebGLRenderer({ ...parameters, canvas: probe.canvas, context: probe.context });
}
