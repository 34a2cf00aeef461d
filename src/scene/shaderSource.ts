// Assembles shader sources: prepends the shared GLSL library (shaders/lib/) that a stage needs.
// Used by the app's materials and by the shader compile check, so both compile the same text.
import curvesLib from '../../shaders/lib/curves.glsl?raw';

/** A vertex or fragment stage that samples the healing curves (uCurves and friends). */
export function withCurveLib(source: string): string {
  return `${curvesLib}\n${source}`;
}
