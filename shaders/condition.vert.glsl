// condition.vert.glsl — the skin surface inside a treated condition's dent (an acne scar, a fine
// line, a stretch mark, an enlarged pore): a flat grid over the dent's footprint, lowered to the
// dent's depth from lib/dent.glsl, so the floor rises with the model's fill at no JS cost.
// Attributes: aFoot (x, z on the block's top, mm). Uniforms: lib/dent.glsl.
#include "lib/dent.glsl"

attribute vec2 aFoot;
varying vec3 vNormal;
varying float vDepthShare;
varying vec2 vFoot;

void main() {
  float d = dentDepthMm(aFoot);
  float e = 0.004;
  float dx = dentDepthMm(aFoot + vec2(e, 0.0)) - dentDepthMm(aFoot - vec2(e, 0.0));
  float dz = dentDepthMm(aFoot + vec2(0.0, e)) - dentDepthMm(aFoot - vec2(0.0, e));
  vNormal = normalize(vec3(dx / (2.0 * e), 1.0, dz / (2.0 * e)));
  vDepthShare = d / max(uDentDepthMm, 1e-4);
  vFoot = aFoot;
  // A hair above the tissue's own cut so the two never fight where they meet.
  gl_Position = projectionMatrix * modelViewMatrix * vec4(aFoot.x, -d + 0.0004, aFoot.y, 1.0);
}
