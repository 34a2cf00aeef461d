// lesion.frag.glsl — colours the uncontrolled wound by what fills it now (lib/lesion-fill.glsl:
// open wound, clot, granulation tissue, scar matrix, new epidermis), lit, and fading as the
// wound's extent goes to 0. Pulled apart, each slab's copy keeps only its own share
// (lib/explode.glsl). uStain: 0 natural, 1 H&E, 2 Masson trichrome (collagen blue).
// Varyings from lesion.vert.glsl: vRow0..3 (signals), vLesion (across, depth share, age h),
// vPos (undisplaced block position), vSlab (the slab this copy is drawn for).
#include "lib/noise.glsl"
#include "lib/junction.glsl"
#include "lib/explode.glsl"
#include "lib/lesion-fill.glsl"

uniform float uStain;
// 1 = the injured tissue stays in place at first (burn: coagulated dermis; acne: inflamed dermis), 0 = a gap (cut).
uniform float uInPlace;
uniform float uFrontZ;
uniform float uEpidermisMm;
uniform float uDepthMm;
varying vec4 vRow0;
varying vec4 vRow1;
varying vec4 vRow2;
varying vec4 vRow3;
varying vec3 vLesion;
varying vec3 vViewPos;
varying vec3 vPos;
varying float vSlab;

void main() {
  if (vLesion.z < 0.0) discard;
  if (vRow3.z * 1.5 < 0.02) discard;
  if (outsideSlab(vPos, vSlab)) discard;
  // Fibre texture across the face: the front section (x, y) or the surface (x, z).
  vec2 q = (abs(vPos.z - uFrontZ - 0.004) < 1e-3 ? vPos.xy : vPos.xz) * 40.0;
  float epidermal = vLesion.y * uDepthMm < uEpidermisMm * 1.4 ? 1.0 : 0.0;
  vec4 fill = lesionFill(q, vRow0, vRow1, vRow2, vRow3, uStain, uInPlace, epidermal);

  vec3 n = normalize(cross(dFdx(vViewPos), dFdy(vViewPos)));
  if (n.z < 0.0) n = -n; // face the viewer whichever way the triangle winds
  float light = 0.55 + 0.45 * max(dot(n, normalize(vec3(0.25, 0.45, 0.86))), 0.0);
  gl_FragColor = vec4(fill.rgb * light, fill.a);
}
