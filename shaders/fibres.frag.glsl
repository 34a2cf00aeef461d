// fibres.frag.glsl — shades a fibre ribbon as a tube: lighter along its middle, dark at its
// edges, so fibres stand out by lightness on pale and dark dermis alike. Pulled apart, the part of
// a fibre that reaches past its slab's (wavy) boundary is not drawn: it would stick into the gap.
// Varyings from fibres.vert.glsl: vAcross (−1..1 across the ribbon), vColour, vBlockPos, vFibreSlab.
#include "lib/explode.glsl"

varying float vAcross;
varying vec3 vColour;
varying vec3 vBlockPos;
varying float vFibreSlab;

void main() {
  if (outsideSlab(vBlockPos, vFibreSlab)) discard;
  float a = abs(vAcross);
  float shade = mix(1.0, 0.45, smoothstep(0.35, 1.0, a));
  gl_FragColor = vec4(vColour * shade, 1.0);
}
