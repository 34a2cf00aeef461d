// tissue.flat.frag.glsl — the skin block's first picture, drawn while the full tissue program
// (tissue.frag.glsl) compiles: every layer at its true depth (the same undulating junction and
// layer bounds) in one flat colour, the full shader's mean colour of that layer in the chosen
// stain, with the same ink lines at the layer boundaries and the same light, so the full
// textures replace it without a jump. Vertex stage: tissue.vert.glsl (the same geometry and
// exploded layout). No noise, cells or curve lookups: software WebGL compiles it in a fraction
// of the full program's time. No erythema either: redness fades in with the full program.
// A treated condition's dent (lib/dent.glsl; define CONDITION, as for the full shader) is left open
// and the layers follow its floor and its thinner epidermis; its altered tissue's textures wait for
// the full program.
// Where each fragment lies comes from lib/tissue-layer.glsl, as in the full shader.
// Uniforms: uBoundsMm, uReteRidgeMm, uExplode, uLayerShown[5] (shared with the full material),
// the dent's and uCondEverywhere, uCondEpidermis, uCondRete (the block's),
// uLayerColour[6] (sRGB 0–1: stratum corneum … fat, then the skin's surface; src/scene/firstPicture.ts).
#include "lib/junction.glsl"
#include "lib/dent.glsl"

uniform vec4 uBoundsMm;
uniform float uReteRidgeMm;
uniform float uExplode;
uniform vec3 uLayerColour[6];
#include "lib/tissue-layer.glsl"

void main() {
  TissueSpot s = tissueSpot();
  float layer = uExplode > 0.5 ? vLayer : s.layer;
  bool surface = s.horizontal && s.n.y > 0.0 && s.depth < 1e-4;
  vec3 c = uLayerColour[surface ? 5 : int(layer + 0.5)];

  if (!s.horizontal && uExplode < 0.5) {
    float gap = min(min(abs(s.depth - uBoundsMm.x), abs(s.depth - s.junction)), min(abs(s.depth - uBoundsMm.z), abs(s.depth - uBoundsMm.w)));
    c *= 1.0 - 0.22 * (1.0 - smoothstep(0.5, 1.5, gap / s.px));
  }

  vec3 light = normalize(vec3(0.3, 0.55, 0.78));
  float shade = 0.7 + 0.3 * max(dot(s.n, light), 0.0);
  gl_FragColor = vec4(c * shade, 1.0);
}
