// punctures.frag.glsl — colours one micro-channel part from its healing signals (see the vertex
// stage). Told apart by lightness and shape, not hue alone: the open channel is near-black, the
// clot mid-dark red-brown and speckled with red cells, new tissue pale and streaked, blood a
// glossy dome, redness a soft wide wash, the healed mark a faint small dot.
// Uniforms: uWidthMm, uDepthMm, uHalfBlockMm, uEpidermisMm, uHaloRadiusMm (the redness wash's reach:
// narrower where punctures crowd, so the overlapping washes add up to about the same redness), and
// the exploded layout's (lib/explode.glsl): pulled apart, the section slot is drawn stretched over
// the slabs' gaps, and each fragment is mapped back to the slab it lies in, or dropped in a gap.
#include "lib/explode.glsl"

uniform float uWidthMm;
uniform float uDepthMm;
uniform float uHalfBlockMm;
uniform float uEpidermisMm;
uniform float uHaloRadiusMm;

varying float vPart;
varying float vFade;
varying vec3 vLocalMm;
varying vec2 vBlockXZ;
varying vec3 vViewNormal;
varying float vPlatelets;
varying float vErythema;
varying float vClosure;
varying float vExtent;
varying float vClotFill;
varying float vClotShare;

const vec3 OPEN_CHANNEL = vec3(0.07, 0.035, 0.03);
const vec3 CLOT = vec3(0.42, 0.12, 0.08);
const vec3 RED_CELL = vec3(0.62, 0.13, 0.10);
const vec3 NEW_TISSUE = vec3(0.93, 0.74, 0.70);
const vec3 FIBRIN = vec3(0.80, 0.62, 0.55);
const vec3 NEW_EPIDERMIS = vec3(0.86, 0.66, 0.52);
const vec3 CORNEUM_RIM = vec3(0.98, 0.94, 0.86);
const vec3 REDNESS = vec3(0.80, 0.16, 0.18);
const vec3 MARK = vec3(0.66, 0.36, 0.33);
const vec3 BLOOD = vec3(0.36, 0.02, 0.03);

float hash(vec2 p) { return fract(sin(dot(p, vec2(127.1, 311.7))) * 43758.5453); }

// Red cells (~7 µm discs, paler centres) trapped in the clot; fades out where they are sub-pixel.
float redCells(vec2 pMm) {
  vec2 cell = pMm / 0.009;
  vec2 id = floor(cell);
  vec2 centre = id + 0.5 + 0.3 * (vec2(hash(id), hash(id + 17.0)) - 0.5);
  float d = length(cell - centre);
  float disc = smoothstep(0.42, 0.36, d) * (0.55 + 0.45 * smoothstep(0.08, 0.25, d));
  float pixelsPerCell = 1.0 / max(fwidth(cell.x), 1e-4);
  return disc * step(0.35, hash(id + 3.0)) * smoothstep(3.0, 8.0, pixelsPerCell);
}

vec4 over(vec4 top, vec4 under) {
  float a = top.a + under.a * (1.0 - top.a);
  return vec4((top.rgb * top.a + under.rgb * under.a * (1.0 - top.a)) / max(a, 1e-4), a);
}

vec4 surfaceDisc() {
  float r = length(vLocalMm.xz);
  float halfWidth = 0.5 * uWidthMm;
  float aa = fwidth(r);
  float open = 1.0 - clamp(vClosure, 0.0, 1.0);
  float poreMm = halfWidth * open;
  float redness = clamp(vErythema, 0.0, 1.0) * 0.6 * exp(-3.0 * (r * r) / (uHaloRadiusMm * uHaloRadiusMm));
  vec4 c = vec4(REDNESS, redness);
  // New epidermis creeping in over the original opening, and the faint mark left after closing.
  float lesion = smoothstep(halfWidth * max(vExtent, 0.05) + aa, halfWidth * max(vExtent, 0.05) - aa, r);
  c = over(vec4(mix(MARK, NEW_EPIDERMIS, open), lesion * clamp(vExtent, 0.0, 1.0) * (0.35 + 0.4 * open)), c);
  // A light rim of cut stratum corneum makes the dark pore read as a hole at every zoom.
  float rimW = max(0.012, 1.5 * aa);
  float rim = smoothstep(poreMm - aa, poreMm, r) * smoothstep(poreMm + rimW + aa, poreMm + rimW, r) * step(1e-3, poreMm);
  c = over(vec4(CORNEUM_RIM, 0.7 * rim), c);
  float pore = smoothstep(poreMm + aa, poreMm - aa, r);
  vec3 plug = mix(OPEN_CHANNEL, CLOT, vClotFill * vClotShare);
  plug = mix(plug, NEW_TISSUE * 0.8, vClotFill * (1.0 - vClotShare));
  return over(vec4(plug, pore), c);
}

vec4 bloodBead() {
  vec3 n = normalize(vViewNormal);
  float diffuse = 0.45 + 0.55 * max(dot(n, normalize(vec3(0.3, 0.8, 0.5))), 0.0);
  float gloss = pow(max(dot(n, normalize(vec3(0.25, 0.55, 0.8))), 0.0), 40.0);
  return vec4(BLOOD * diffuse + vec3(gloss * 0.9), 1.0);
}

// Depth below the surface of a point drawn `drawnMm` down the section slot: the same in the
// cut-away; pulled apart, the depth in the one slab k whose copy, moved k gaps down, is drawn
// there (the slabs' drawn ranges do not overlap), or −1 in a gap between slabs.
float sectionDepthMm(float drawnMm) {
  if (uExplode < 0.5) return drawnMm;
  for (int k = 0; k < 5; k++) {
    float depth = drawnMm - float(k) * uExplodeGapMm;
    if (depth < 0.0) break;
    if (abs(slabAt(vec3(vBlockXZ.x, -depth, vBlockXZ.y)) - float(k)) < 0.5) return depth;
  }
  return -1.0;
}

vec4 sectionChannel() {
  float x = vLocalMm.x;
  float depth = sectionDepthMm(vLocalMm.y);
  if (depth < 0.0) discard;
  // The needle's conical tip gives the channel a tapered floor; remodelling narrows it (extent).
  float halfWidth = 0.5 * uWidthMm * clamp(vExtent, 0.0, 1.0) * clamp((uDepthMm - depth) / (0.7 * uWidthMm), 0.0, 1.0);
  float aa = fwidth(x);
  float inside = smoothstep(halfWidth + aa, halfWidth - aa, abs(x));
  if (inside <= 0.0) discard;
  float fillTop = uDepthMm * (1.0 - vClotFill);
  vec3 clot = mix(CLOT, RED_CELL, redCells(vec2(x, depth)));
  // Loose, wavy fibres of provisional matrix (wavelength ~8 µm), irregular rather than ruled.
  vec2 q = vec2(x, depth) / 0.008;
  float strands = smoothstep(0.8, 1.0, sin(q.y * 2.2 + 2.5 * sin(q.x * 0.9) + 6.0 * hash(floor(q * 0.25))) * 0.5 + 0.5);
  vec3 healing = mix(NEW_TISSUE, FIBRIN, strands * 0.6);
  vec3 fill = mix(healing, clot, vClotShare);
  vec3 colour = depth < fillTop ? OPEN_CHANNEL : fill;
  // New epidermis closes the mouth of the channel from its edges.
  float mouth = halfWidth * (1.0 - clamp(vClosure, 0.0, 1.0));
  if (depth < uEpidermisMm && abs(x) > mouth) colour = NEW_EPIDERMIS;
  // A dark wall line keeps the slot legible against the dermis in any stain.
  float wall = smoothstep(halfWidth - 2.5 * aa - 0.004, halfWidth - aa, abs(x));
  colour = mix(colour, OPEN_CHANNEL, 0.6 * wall);
  return vec4(colour, inside * smoothstep(0.0, 0.25, vExtent));
}

void main() {
  if (vPart < 1.5 && (abs(vBlockXZ.x) > uHalfBlockMm || abs(vBlockXZ.y) > uHalfBlockMm)) discard;
  vec4 c = vPart < 0.5 ? surfaceDisc() : vPart < 1.5 ? bloodBead() : sectionChannel();
  c.a *= vFade;
  if (c.a < 0.01) discard;
  gl_FragColor = c;
}
