// lesion.vert.glsl — places the uncontrolled wound (cut slot, burn band, acne bowl) and its scar.
// The shape over time comes from the curves: the surface rises (hypertrophic, keloid) or sinks
// (atrophic) by elevationMm, and a keloid spreads past the wound's edges by extent.
// Attributes: aFoot (x, z in mm on the surface at the wound's original size), aDepthMix (0 = on
// the surface, 1 = at the wound floor), aFloor (floor depth at this point as a share of uDepthMm).
// Uniforms: uTimeHours, uCreatedHours, uHalfWidthMm, uDepthMm, uRadial (1 = bowl centred on the
// front face, 0 = slot/band along z), uFrontZ, plus the curve atlas (lib/curves.glsl) and the
// exploded layout (lib/explode.glsl): drawn once per layer slab when pulled apart, each copy
// (gl_InstanceID = slab) moved with its slab and clipped to it in lesion.frag.glsl.
#include "lib/curves.glsl"
#include "lib/junction.glsl"
#include "lib/explode.glsl"

attribute vec2 aFoot;
attribute float aDepthMix;
attribute float aFloor;
uniform float uTimeHours;
uniform float uCreatedHours;
uniform float uHalfWidthMm;
uniform float uDepthMm;
uniform float uRadial;
uniform float uFrontZ;
varying vec4 vRow0;
varying vec4 vRow1;
varying vec4 vRow2;
varying vec4 vRow3;
varying vec3 vLesion;
varying vec3 vViewPos;
varying vec3 vPos;
varying float vSlab;

void main() {
  float age = uTimeHours - uCreatedHours;
  vRow0 = curveRow(0.0, 0.0, age);
  vRow1 = curveRow(0.0, 1.0, age);
  vRow2 = curveRow(0.0, 2.0, age);
  vRow3 = curveRow(0.0, 3.0, age);
  float spread = max(1.0, vRow3.z);
  vec2 fromCentre = vec2(aFoot.x, (aFoot.y - uFrontZ) * uRadial);
  float across = clamp(length(fromCentre) / uHalfWidthMm, 0.0, 1.0);
  // Highest (or deepest) mid-wound, meeting the skin at the edge; a hair above the skin so the
  // lesion draws over the block's own surface.
  float top = vRow3.w * (1.0 - across * across) + 0.004;
  vec2 foot = vec2(aFoot.x * spread, uFrontZ + (aFoot.y - uFrontZ) * mix(1.0, spread, uRadial));
  // The section sits a hair in front of the block's own front face to avoid z-fighting.
  float z = foot.y >= uFrontZ - 1e-4 ? uFrontZ + 0.004 : foot.y;
  vec3 p = vec3(foot.x, mix(top, -uDepthMm * aFloor, aDepthMix), z);
  vPos = p;
  vSlab = float(gl_InstanceID);
  vLesion = vec3(across, aDepthMix, age);
  vec4 mv = modelViewMatrix * vec4(explodeMove(p, vSlab), 1.0);
  vViewPos = mv.xyz;
  gl_Position = projectionMatrix * mv;
}
