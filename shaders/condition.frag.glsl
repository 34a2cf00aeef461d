// condition.frag.glsl — colours the skin surface inside a condition's dent: the same skin tone as
// the block's top in each stain (tissue.frag.glsl skinSurface), shaded by its slope and darkened
// toward the floor as a dent's shadow is, so a student finds the scar at every zoom.
// Uniforms: uStain (0 natural, 1 H&E, 2 Masson trichrome). Varyings from condition.vert.glsl.
uniform float uStain;
varying vec3 vNormal;
varying float vDepthShare;
varying vec2 vFoot;

void main() {
  vec3 skin = uStain < 0.5 ? vec3(232.0, 190.0, 160.0) : uStain < 1.5 ? vec3(240.0, 190.0, 212.0) : vec3(214.0, 74.0, 80.0);
  vec3 c = skin / 255.0;
  vec3 light = normalize(vec3(0.3, 0.55, 0.78));
  vec3 n = normalize(vNormal);
  float shade = 0.55 + 0.45 * max(dot(n, light), 0.0);
  // The deeper in the dent, the less light reaches it.
  shade *= 1.0 - 0.35 * clamp(vDepthShare, 0.0, 1.0);
  gl_FragColor = vec4(c * shade, 1.0);
}
