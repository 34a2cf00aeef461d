// Asks the browser, before any <Canvas> mounts, whether it can create a WebGL context at all;
// without one the app shows a fallback message instead of the 3D view (never a white screen).
// The context the question creates is the 3D view's own: it is made with the view's attributes
// and handed to the view's renderer (takeProbeContext), since creating a second one cost another
// 11–35 ms of the main thread on the way to the first picture (README, Performance).
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

let cached: boolean | undefined;
let probe: { canvas: HTMLCanvasElement; context: WebGL2RenderingContext } | null = null;

/** True when a webgl2 or webgl context can be created. */
export function canUseWebGL(): boolean {
  if (cached !== undefined) return cached;
  cached = false;
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2', VIEW_CONTEXT);
    if (context) {
      cached = true;
      probe = { canvas, context };
    } else {
      const gl = canvas.getContext('webgl');
      cached = gl !== null;
      // Browsers cap live contexts (about 16): give back one the view cannot use (three needs WebGL 2).
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    cached = false;
  }
  return cached;
}

/** The probe's WebGL 2 context and its canvas, once (the view's first renderer takes them); null after. */
export function takeProbeContext(): { canvas: HTMLCanvasElement; context: WebGL2RenderingContext } | null {
  const taken = probe;
  probe = null;
  return taken;
}
