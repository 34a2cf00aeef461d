// Asks the browser, before any <Canvas> mounts, whether it can create a WebGL 2 context (three
// needs WebGL 2); without one the app shows a fallback message instead of the 3D view (never a
// white screen). The context the question creates is the 3D view's own: it is made with the
// view's attributes and handed to the view's renderer (takeProbeContext, viewRenderer.ts), since
// creating a second one cost another 11–35 ms of the main thread on the way to the first picture
// (README, Performance). Until then it is kept: given back if the view fails first
// (releaseProbeContext); a view that never gets a size keeps it for the page's life.
import { TEST_MODE } from '../state/flags';

/**
 * The attributes of the 3D view's context: three's defaults with R3F's choices (an alpha channel,
 * 'high-performance') and the view's own (no antialiasing and a readable drawing buffer under
 * `?test`, for the pixel checks).
 */
export const VIEW_CONTEXT: WebGLContextAttributes = {
  alpha: true,
  depth: true,
  stencil: false,
  antialias: !TEST_MODE,
  premultipliedAlpha: true,
  preserveDrawingBuffer: TEST_MODE,
  powerPreference: 'high-performance',
  failIfMajorPerformanceCaveat: false,
};

export interface ProbeContext {
  readonly canvas: HTMLCanvasElement;
  readonly context: WebGL2RenderingContext;
}

let cached: boolean | undefined;
let probe: ProbeContext | null = null;

/** True when a WebGL 2 context can be created. */
export function canUseWebGL(): boolean {
  if (cached !== undefined) return cached;
  cached = false;
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2', VIEW_CONTEXT);
    if (context) {
      cached = true;
      probe = { canvas, context };
    }
  } catch {
    cached = false;
  }
  return cached;
}

/** The probe's context and its canvas, once (the view's first renderer takes them); null after. */
export function takeProbeContext(): ProbeContext | null {
  const taken = probe;
  probe = null;
  return taken;
}

/** Gives the probe's context back if nothing took it (browsers cap live contexts at about 16). */
export function releaseProbeContext(): void {
  takeProbeContext()?.context.getExtension('WEBGL_lose_context')?.loseContext();
}
