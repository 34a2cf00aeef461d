// cells.frag.glsl — draws each cell's shape on its quad so kinds differ by outline, nucleus and
// lightness, not hue alone: neutrophil round, pale, with a dark three-lobed nucleus; macrophage
// large and irregular with a kidney nucleus and pale vacuoles; fibroblast a dark spindle with an
// oval nucleus; red cell a disc with a pale centre; platelet a small granular fragment.
// Varyings from cells.vert.glsl: vUv (−1..1 across the quad), vKind, vSeed, vBody, vNucleus.

varying vec2 vUv;
varying float vKind;
varying float vSeed;
varying vec3 vBody;
varying vec3 vNucleus;

float disc(vec2 p, vec2 c, float r) { return length(p - c) - r; }

void main() {
  vec2 p = vUv;
  float r = length(p);
  float theta = atan(p.y, p.x);
  float s = vSeed * 6.2832;
  float edge;
  float nucleus = 1.0;
  float pale = 1.0;
  if (vKind < 0.5) {
    edge = r - (0.94 + 0.04 * sin(5.0 * theta + s));
    // Three lobes along an arc, joined by thin strands of chromatin.
    for (int i = 0; i < 3; i++) {
      float a = s + float(i) * 1.25;
      vec2 c = 0.42 * vec2(cos(a), sin(a));
      nucleus = min(nucleus, disc(p, c, 0.2 + 0.03 * float(i == 1)));
      vec2 c2 = 0.42 * vec2(cos(a + 1.25), sin(a + 1.25));
      vec2 ab = c2 - c;
      float t = clamp(dot(p - c, ab) / dot(ab, ab), 0.0, 1.0);
      if (i < 2) nucleus = min(nucleus, length(p - c - ab * t) - 0.05);
    }
  } else if (vKind < 1.5) {
    edge = r - (0.8 + 0.1 * sin(3.0 * theta + s) + 0.07 * sin(7.0 * theta + 2.0 * s));
    vec2 c = 0.22 * vec2(cos(s), sin(s));
    nucleus = max(length((p - c) * vec2(1.0, 1.45)) - 0.33, -disc(p, c + 0.3 * vec2(cos(s + 1.6), sin(s + 1.6)), 0.16));
    for (int i = 0; i < 4; i++) {
      float a = s + 2.6 + float(i) * 0.9;
      pale = min(pale, disc(p, 0.5 * vec2(cos(a), sin(a)), 0.09 + 0.03 * float(i)));
    }
  } else if (vKind < 2.5) {
    edge = abs(p.y) - 0.95 * pow(max(1.0 - p.x * p.x, 0.0), 1.3);
    nucleus = length(p * vec2(2.6, 1.45)) - 1.0;
  } else if (vKind < 3.5) {
    edge = r - 0.95;
    pale = r - 0.42;
  } else {
    edge = r - (0.85 + 0.1 * sin(4.0 * theta + s));
    nucleus = min(disc(p, vec2(0.2, 0.1), 0.18), disc(p, vec2(-0.25, -0.15), 0.15));
  }
  if (edge > 0.0) discard;
  // A dark membrane at least ~1.5 px wide, so the outline reads at every zoom.
  float membrane = max(fwidth(edge) * 1.5, 0.07);
  float dome = 0.78 + 0.22 * sqrt(clamp(-edge * 2.0, 0.0, 1.0));
  vec3 c = vBody * dome;
  if (pale < 0.0) c = mix(c, vec3(1.0, 0.97, 0.94), 0.55);
  if (nucleus < 0.0) c = vNucleus;
  if (edge > -membrane) c = vBody * 0.35;
  gl_FragColor = vec4(c, 1.0);
}
