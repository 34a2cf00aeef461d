// condition.frag.glsl — colours the skin surface inside a condition's dent: the same skin tone as
// the block's top in each stain (tissue.frag.glsl skinSurface), shaded by its slope and darkened
// toward the floor as a dent's shadow is, so a student finds the scar at every zoom. A stretch
// mark's band is too shallow (60 µm over 3 mm) to cast a shadow: it is found by its colour, pale
// as a white stria is (striae-histology; the surface view's same pallor), fading as the course
// restores its rete ridges (uCondRete). A red (early) stria is flat and red from its widened vessels
// (striae-rubra; uCondVessels), fading as they settle.
// Uniforms: uStain (0 natural, 1 H&E, 2 Masson trichrome), lib/dent.glsl's, uCondRete, uCondVessels.
// Varyings from condition.vert.glsl.
#include "lib/dent.glsl"

uniform float uStain;
uniform float uCondRete;
uniform float uCondVessels;
varying vec3 vNormal;
varying float vDepthShare;
varying vec2 vFoot;

void main() {
  vec3 skin = uStain < 0.5 ? vec3(232.0, 190.0, 160.0) : uStain < 1.5 ? vec3(240.0, 190.0, 212.0) : vec3(214.0, 74.0, 80.0);
  vec3 c = skin / 255.0;
  vec3 light = normalize(vec3(0.3, 0.55, 0.78));
  vec3 n = normalize(vNormal);
  float shade = 0.55 + 0.45 * max(dot(n, light), 0.0);
  float inDent = clamp(vDepthShare, 0.0, 1.0);
  bool band = uDentKind > 4.5 && uDentKind < 5.5;
  // The deeper in the dent, the less light reaches it (not a stretch mark's shallow band).
  if (!band) shade *= 1.0 - 0.35 * inDent;
  // How much of a stretch mark is here: its band's profile (a red one has no depth to read it from).
  float a = dentAcross(vFoot);
  float inBand = !band || a >= 1.0 ? 0.0 : a <= uDentFloor ? 1.0 : 0.5 * (1.0 + cos(3.14159265 * (a - uDentFloor) / (1.0 - uDentFloor)));
  // A white stretch mark in natural colours: whiter than the skin beside it (as surface.frag.glsl
  // draws it, there lit by the surface's own light).
  float pale = uStain < 0.5 ? inBand * clamp(1.0 - uCondRete, 0.0, 1.0) : 0.0;
  c = mix(c, c * 0.55 + 0.45, 0.7 * pale);
  // A red one: red to violet where its vessels are widened.
  float red = uStain < 0.5 ? inBand * clamp((uCondVessels - 1.0) / 0.6, 0.0, 1.0) : 0.0;
  c = mix(c, vec3(0.78, 0.33, 0.40), 0.7 * red);
  gl_FragColor = vec4(c * shade, 1.0);
}
