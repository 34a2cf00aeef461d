// punctures.vert.glsl — places every micro-channel of a block (one instanced draw) and looks up
// its healing at age = uTimeHours − aCreatedAtHours in the curve atlas (lib/curves.glsl, prepended).
// Each instance is three parts (aPart): 0 = surface disc (pore, clot, redness, closing, mark),
// 1 = blood bead dome (only if the model says capillary loops were reached), 2 = the channel cut
// open in the front-face section (only for channels within uSectionReachMm of the face).
// Pulled apart (lib/explode.glsl) the discs and beads lie on the top slab, which stays put; the
// section slot, one quad from surface to tip, is stretched down by the gaps of the slabs it
// crosses, and punctures.frag.glsl finds which slab each of its fragments belongs to (dropping
// those in a gap), so every slab carries its share of the channel with no extra vertices.
// Attributes: position, aPart (per vertex); aOffsetMm (x, z), aCreatedAtHours, aRevealSeconds (per instance).
// Uniforms: uTimeHours, uWallSeconds, uFadeSeconds, uWidthMm, uDepthMm, uHaloRadiusMm, uFrontZMm,
// uSectionReachMm, uBleeding, uClotPeakHours, uClotPeak; the exploded layout's (lib/explode.glsl).
#include "lib/curves.glsl"
#include "lib/explode.glsl"

attribute float aPart;
attribute vec2 aOffsetMm;
attribute float aCreatedAtHours;
attribute float aRevealSeconds;

uniform float uTimeHours;
uniform float uWallSeconds;
uniform float uFadeSeconds;
uniform float uWidthMm;
uniform float uDepthMm;
uniform float uHaloRadiusMm;
uniform float uFrontZMm;
uniform float uSectionReachMm;
uniform float uBleeding;
uniform float uClotPeakHours;
uniform float uClotPeak;

varying float vPart;
varying float vFade;
varying vec3 vLocalMm;     // part 0: offset from the channel axis; 2: (across, drawn depth) in the section
varying vec2 vBlockXZ;     // block coordinates, to clip the disc at the block edges
varying vec3 vViewNormal;  // part 1 only
varying float vPlatelets;
varying float vErythema;
varying float vClosure;
varying float vExtent;
varying float vClotFill;   // share of the channel (from the bottom) filled by clot or new tissue
varying float vClotShare;  // of that fill, how much is still clot (the rest is new tissue)

// Surfaces sit a few µm proud of the skin and the cut face so they never fight its depth.
const float LIFT_MM = 0.003;
const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0);

void main() {
  float age = uTimeHours - aCreatedAtHours;
  vFade = clamp((uWallSeconds - aRevealSeconds) / max(uFadeSeconds, 1e-3), 0.0, 1.0);
  vPart = aPart;
  if (age < 0.0 || vFade <= 0.0) { gl_Position = HIDDEN; return; }

  vec4 r0 = curveRow(0.0, 0.0, age);
  vPlatelets = r0.x;
  vErythema = curveRow(0.0, 1.0, age).z;
  vClosure = curveRow(0.0, 2.0, age).x;
  vExtent = curveRow(0.0, 3.0, age).z;
  // Before its peak the clot grows up the channel; afterwards it stays full but turns to new tissue.
  bool rising = age < uClotPeakHours;
  vClotFill = rising ? clamp(vPlatelets / uClotPeak, 0.0, 1.0) : 1.0;
  vClotShare = rising ? 1.0 : clamp(vPlatelets / uClotPeak, 0.0, 1.0);

  vec3 world;
  vViewNormal = vec3(0.0, 1.0, 0.0);
  if (aPart < 0.5) {
    vLocalMm = vec3(position.x * uHaloRadiusMm, 0.0, position.z * uHaloRadiusMm);
    world = vec3(aOffsetMm.x + vLocalMm.x, LIFT_MM, aOffsetMm.y + vLocalMm.z);
  } else if (aPart < 1.5) {
    // The bead wells up at once and shrinks as the clot forms; gone once the clot has peaked.
    float beadMm = uBleeding * 0.55 * uWidthMm * (rising ? 1.0 - 0.85 * vClotFill : 0.0);
    if (beadMm < 1e-4) { gl_Position = HIDDEN; return; }
    vLocalMm = position * beadMm;
    world = vec3(aOffsetMm.x, LIFT_MM, aOffsetMm.y) + vec3(vLocalMm.x, vLocalMm.y * 0.8, vLocalMm.z);
    vViewNormal = normalize(normalMatrix * position);
  } else {
    float gap = uFrontZMm - aOffsetMm.y;
    if (gap < 0.0 || gap >= uSectionReachMm) { gl_Position = HIDDEN; return; }
    // Pulled apart, the slot reaches down past one gap per slab boundary that may lie above its
    // tip (the wavy junction at its shallowest); the fragment stage maps each point to its slab.
    vec4 above = step(uBoundsMm - vec4(0.0, 0.5 * uReteRidgeMm, 0.0, 0.0), vec4(uDepthMm));
    float drawnDepthMm = uDepthMm + uExplode * dot(above, vec4(1.0)) * uExplodeGapMm;
    vLocalMm = vec3(position.x * uWidthMm, -position.y * drawnDepthMm, 0.0);
    world = vec3(aOffsetMm.x + vLocalMm.x, position.y * drawnDepthMm, uFrontZMm + LIFT_MM);
  }
  vBlockXZ = world.xz;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(world, 1.0);
}
