// vessels.vert.glsl — blood vessels (capillary loops, plexuses, new sprouts) drawn as merged tubes.
// Per vertex: how much blood flows here now (perfusion from the healing curves, near the injury)
// and whether the vessel exists (cut inside a lesion until it regrows; sprouts grow with vessel
// density). A vessel that is absent, or a sprout beyond its growing tip, shrinks onto its centreline.
// Uniforms: uTimeHours; the curve atlas (lib/curves.glsl); uInjuryAgeHours (the area's injury now,
// since the latest session begun or the wound: src/state/injury.ts); uLesionKind (0 micro-channels,
// 1 slot, 2 band, 3 bowl); uLesionSize (half-width or radius, depth; mm); uRegrowHours (age when
// cut vessels start / finish growing back). Attributes: aCentre (the centreline point of this
// vertex's ring), aAlong (0..1 along the vessel, arc length mm, createdAt hours or −1 for original
// vessels), aVessel (arterial 0..1, sprout 0/1, random seed, red-cell speed mm/s at normal
// perfusion). Pulled apart (lib/explode.glsl), each ring moves down with its layer slab.
#include "lib/dent.glsl"
#include "lib/explode.glsl"

uniform float uTimeHours;
uniform float uInjuryAgeHours;
uniform int uLesionKind;
uniform vec2 uLesionSize;
uniform vec2 uRegrowHours;

attribute vec3 aCentre;
attribute vec3 aAlong;
attribute vec4 aVessel;

varying vec3 vNormal;
varying vec3 vViewPos;
varying float vArcMm;
varying float vAlong;
varying float vPerfusion;
varying vec4 vVessel;
varying float vSlab;

// How far beyond the lesion its hyperaemia reaches, mm (display choice).
const float HYPERAEMIA_FALLOFF_MM = 0.9;
// Vessel density at 2 × baseline shows sprouts at full length.
const float SPROUT_FULL_EXCESS = 1.0;

// Signed distance to the lesion, mm (negative inside); 0 for micro-channels (area-wide effects).
float lesionDistanceMm(vec3 p) {
  float depth = -p.y;
  float w = uLesionSize.x;
  float d = uLesionSize.y;
  if (uLesionKind == 1) return max(abs(p.x) - w * (1.0 - clamp(depth / d, 0.0, 1.0)), depth - d);
  if (uLesionKind == 2) return max(abs(p.x) - w, depth - d);
  if (uLesionKind == 3) return (length(p.xz) / w + depth / d - 1.0) * min(w, d);
  return 0.0;
}

void main() {
  float ageHours = aAlong.z >= 0.0 ? uTimeHours - aAlong.z : uInjuryAgeHours;
  vec4 row1 = ageHours < 0.0 ? vec4(0.0, 1.0, 0.0, 1.0) : curveRow(0.0, 1.0, ageHours);
  float dist = lesionDistanceMm(aCentre);
  float nearInjury = uLesionKind == 0 ? 1.0 : 1.0 - smoothstep(0.0, HYPERAEMIA_FALLOFF_MM, dist);
  vPerfusion = mix(1.0, row1.y, nearInjury);

  float present = 1.0;
  float newVessel = aVessel.y;
  if (aVessel.y > 0.5) {
    float reach = sqrt(max(row1.w - 1.0, 0.0) / SPROUT_FULL_EXCESS) * (0.6 + 0.8 * aVessel.z);
    present = sqrt(clamp((min(reach, 1.0) - aAlong.x) / 0.25, 0.0, 1.0));
  } else if (uLesionKind != 0 && dist < 0.0 && ageHours >= 0.0) {
    float regrown = smoothstep(uRegrowHours.x, uRegrowHours.y, ageHours);
    present = smoothstep(aVessel.z * 0.7, aVessel.z * 0.7 + 0.3, regrown);
    // Vessels regrown in the wound bed are new and leaky: tint them part of the way to a sprout.
    newVessel = 0.4;
  }
  // A condition's dent is air: no vessel above its floor (lib/dent.glsl).
  if (-aCentre.y < dentDepthMm(aCentre.xz) + 0.004) present = 0.0;
  vec3 pos = aCentre + (position - aCentre) * present;
  // Pulled apart: each ring moves with the slab its centre lies in (cut between slabs: lib/slab-cut.glsl).
  vSlab = structureSlab(aCentre);
  pos = explodeMove(pos, vSlab);

  vec4 viewPos = modelViewMatrix * vec4(pos, 1.0);
  vViewPos = viewPos.xyz;
  vNormal = normalize(normalMatrix * normal);
  vArcMm = aAlong.y;
  vAlong = aAlong.x;
  vVessel = vec4(aVessel.x, newVessel, aVessel.zw);
  gl_Position = projectionMatrix * viewPos;
}
