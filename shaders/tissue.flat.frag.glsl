// tissue.flat.frag.glsl — the skin block's first picture, drawn while the full tissue program
// (tissue.frag.glsl) compiles: every layer at its true depth (the same undulating junction and
// layer bounds) in one flat colour, the full shader's mean colour of that layer in the chosen
// stain, with the same ink lines at the layer boundaries and the same light, so the full
// textures replace it without a jump. Vertex stage: tissue.vert.glsl (the same geometry and
// exploded layout). No noise, cells or curve lookups: software WebGL compiles it in a fraction
// of the full program's time. No erythema either: redness fades in with the full program.
// A treated condition's dent (lib/dent.glsl) is left open and the layers follow its floor and its
// thinner epidermis, as in the full shader; its altered tissue's textures wait for the full program.
// Uniforms: uBoundsMm, uReteRidgeMm, uExplode, uLayerShown[5] (shared with the full material),
// the dent's and uCondEverywhere, uCondEpidermis, uCondRete (the block's),
// uLayerColour[6] (sRGB 0–1: stratum corneum … fat, then the skin's surface; src/scene/firstPicture.ts).
#include "lib/junction.glsl"
#include "lib/dent.glsl"

uniform vec4 uBoundsMm;
uniform float uReteRidgeMm;
uniform float uExplode;
uniform float uLayerShown[5];
uniform vec3 uLayerColour[6];
uniform float uCondEverywhere;
uniform float uCondEpidermis;
uniform float uCondRete;
varying vec3 vBlockPos;
varying vec3 vNormal;
varying float vLayer;

void main() {
  float slab = floor(vLayer + 0.5);
  for (int i = 0; i < 5; i++) {
    if (float(i) == slab && uLayerShown[i] < 0.5) discard;
  }
  vec3 p = vBlockPos;
  vec3 n = normalize(vNormal);
  float depth = -p.y;
  float dent = dentDepthMm(p.xz);
  if (depth < dent - 1e-4) discard;
  if (dent > 0.0 && depth < uBoundsMm.w) depth = (depth - dent) * uBoundsMm.w / max(uBoundsMm.w - dent, 1e-3);
  float inCond = max(uCondEverywhere, 1.0 - smoothstep(0.92, 1.04, dentAcross(p.xz)));
  bool horizontal = abs(n.y) > 0.5;
  vec2 q = horizontal ? p.xz : vec2(abs(n.z) > 0.5 ? p.x : p.z, depth);
  float px = max(fwidth(q.x), fwidth(q.y));
  float junctionMean = uBoundsMm.x + (uBoundsMm.y - uBoundsMm.x) * mix(1.0, uCondEpidermis, inCond);
  float junction = junctionMean + uReteRidgeMm * mix(1.0, uCondRete, inCond) * junctionOffset(p.xz);

  float layer = depth < uBoundsMm.x ? 0.0 : depth < junction ? 1.0 : depth < uBoundsMm.z ? 2.0 : depth < uBoundsMm.w ? 3.0 : 4.0;
  if (uExplode > 0.5) layer = vLayer;
  bool surface = horizontal && n.y > 0.0 && depth < 1e-4;
  vec3 c = uLayerColour[surface ? 5 : int(layer + 0.5)];

  if (!horizontal && uExplode < 0.5) {
    float gap = min(min(abs(depth - uBoundsMm.x), abs(depth - junction)), min(abs(depth - uBoundsMm.z), abs(depth - uBoundsMm.w)));
    c *= 1.0 - 0.22 * (1.0 - smoothstep(0.5, 1.5, gap / px));
  }

  vec3 light = normalize(vec3(0.3, 0.55, 0.78));
  float shade = 0.7 + 0.3 * max(dot(n, light), 0.0);
  gl_FragColor = vec4(c * shade, 1.0);
}
