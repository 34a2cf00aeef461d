// fibres.vert.glsl — lays each dermal fibre as a wavy ribbon on its cut face (front or right),
// showing what a section through it shows: a fibre lying in the plane is a long stroke, one
// crossing it a short cut end. In the wound (mirrors src/scene/recruitment.ts) fibres are absent
// at first, then laid down: ranks below collagen I are thick type I, the next collagenIII's worth
// thin pale type III, elastin by `elastin`; they turn from basket-weave to parallel with
// `alignment`; a keloid's spread past its edges by `extent`; a scar rises or sinks by elevation.
// Attributes: aCentre (mm), aFibre (azimuth, tilt rad, length, thickness mm), aMisc (kind 0..3,
// rank, wave phase, face 0 front / 1 right), aSite (across, depth share, createdAt h, featured).
// Uniforms: uTimeHours, uFrontZ, uFaceLiftMm, uSliceMm, uColourI, uColourIII, uColourElastin,
// uScarLift, uCrimp, plus lib/curves.glsl, lib/face-wound.glsl and lib/dent.glsl (no fibre above a condition's dent floor).
// Pulled apart (lib/explode.glsl), each fibre moves whole with its layer slab, cut at the slab's
// edge in fibres.frag.glsl.

#include "lib/face-wound.glsl"
#include "lib/dent.glsl"
#include "lib/explode.glsl"

attribute vec3 aCentre;
attribute vec4 aFibre;
attribute vec4 aMisc;
attribute vec4 aSite;
uniform float uTimeHours;
uniform float uFrontZ;
uniform float uFaceLiftMm;
uniform float uSliceMm;
uniform float uScarLift;
uniform vec3 uColourI;
uniform vec3 uColourIII;
uniform vec3 uColourElastin;
// 1 where the crimp is drawn; 0 for a straight ribbon where the wave would be under half a pixel.
uniform float uCrimp;
varying float vAcross;
varying vec3 vColour;
// Pulled apart: where this point lies in the undisplaced block, and the slab its fibre moves with.
varying vec3 vBlockPos;
varying float vFibreSlab;

void hide() { gl_Position = vec4(0.0, 0.0, 2.0, 1.0); }

void main() {
  float kind = aMisc.x;
  float rank = aMisc.y;
  bool elastin = kind > 1.5;
  // Unwounded dermis (BASELINE): collagen I 0.85, III 0.15, alignment 0.15, elastin 1.
  float collagenI = 0.85;
  float collagenIII = 0.15;
  float alignment = 0.15;
  float elastinLevel = 1.0;
  float lift = 0.0;
  float age = woundAgeHours(uTimeHours, aSite.z, aSite.w);
  if (aSite.x < 50.0 && age >= 0.0) {
    vec4 row2 = curveRow(0.0, 2.0, age);
    vec4 row3 = curveRow(0.0, 3.0, age);
    float across = abs(aSite.x) / max(1.0, row3.z);
    bool original = abs(aSite.x) <= 1.0 && aSite.y <= floorShare(aSite.x);
    if (across <= 1.0 && aSite.y <= floorShare(across)) {
      // Inside the wound nothing is left at first; past its edges a keloid adds to normal dermis.
      collagenI = original ? row2.y : max(row2.y, 0.85);
      collagenIII = original ? row2.z : max(row2.z, 0.15);
      elastinLevel = original ? row3.x : max(row3.x, 1.0);
      alignment = row2.w;
      lift = uScarLift * scarLiftMm(row3.w, across, aSite.y);
    }
  }
  float level = elastin ? elastinLevel : collagenI + collagenIII;
  if (!(rank < level)) { hide(); return; }
  float typeI = elastin ? 0.0 : clamp((collagenI - rank) / 0.06 + 0.5, 0.0, 1.0);
  // Newly laid fibres grow to length as the level climbs past their rank.
  float grow = clamp((level - rank) / 0.05, 0.25, 1.0);
  float parallel = elastin ? 0.0 : clamp((alignment - 0.15) / 0.85, 0.0, 1.0);
  float azimuth = aFibre.x * (1.0 - parallel);
  float tilt = aFibre.y * (1.0 - parallel);

  float thickness = elastin ? aFibre.w : aFibre.w * mix(0.3, 1.0 + 0.5 * parallel, typeI);
  float along = cos(azimuth) * cos(tilt);
  float up = sin(tilt);
  float crossing = abs(sin(azimuth) * cos(tilt));
  float inSlice = min(aFibre.z, uSliceMm / max(crossing, 1e-3));
  float len = max(thickness, inSlice * length(vec2(along, up))) * grow;
  float angle = atan(up, along);

  // Crimp: reticular bundles wavy, elastin wavier and finer, papillary fibres nearly straight;
  // scar collagen straightens as it aligns. The largest amplitude is CRIMP_AMPLITUDE_MM (src/scene/fibreDetail.ts).
  float waveMm = kind < 0.5 ? 0.0008 : kind < 1.5 ? 0.005 : 0.003;
  float waveLengthMm = kind < 0.5 ? 0.03 : kind < 1.5 ? 0.055 : 0.022;
  float wave = uCrimp * waveMm * (1.0 - parallel) * sin(6.2832 * position.x * len / waveLengthMm + aMisc.z);
  vec2 local = vec2(position.x * len, position.y * thickness + wave);
  vec2 d = vec2(cos(angle), sin(angle));
  vec2 offset = d * local.x + vec2(-d.y, d.x) * local.y;

  vec3 p = aMisc.w < 0.5
    ? vec3(aCentre.x + offset.x, aCentre.y + offset.y + lift, uFrontZ + uFaceLiftMm)
    : vec3(uFrontZ + uFaceLiftMm, aCentre.y + offset.y, aCentre.z - offset.x);
  if (-p.y < dentDepthMm(p.xz) + 0.004) { hide(); return; }
  // Pulled apart, a fibre moves whole with the slab its centre lies in; the fragment stage cuts
  // off what reaches into the next slab (it would stick out into the gap).
  vBlockPos = p;
  vFibreSlab = structureSlab(vec3(p.x, aCentre.y, p.z));
  p = explodeMove(p, vFibreSlab);
  vAcross = position.y * 2.0;
  vColour = elastin ? uColourElastin : mix(uColourIII, uColourI, typeI);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
}
