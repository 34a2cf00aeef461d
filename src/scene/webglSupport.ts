// Asks the browser, before any <Canvas> mounts, whether it can create a WebGL context at all;
// without one the app shows a fallback message instead of the 3D view (never a white screen).

let cached: boolean | undefined;

/** True when a webgl2 or webgl context can be created. The probe context is released at once. */
export function canUseWebGL(): boolean {
  if (cached !== undefined) return cached;
  cached = false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (gl) {
      cached = true;
      // Browsers cap live contexts (about 16): give the probe's back before the real one is made.
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    cached = false;
  }
  return cached;
}
