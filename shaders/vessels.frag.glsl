// vessels.frag.glsl — colours a vessel and moves red cells along it. Arterial blood: lighter, in
// short separate cells that pulse with the heartbeat; venous blood: darker, in long dense bands
// flowing steadily. Speed and fullness follow the local perfusion, so with motion frozen (reduced
// motion) the flow still reads by brightness and fullness. New sprouts (and vessels regrown in a wound bed) are paler.
// Uniforms: uAnimSeconds (wall-clock seconds, frozen under reduced motion).
// Varyings from vessels.vert.glsl: vNormal, vViewPos, vArcMm, vAlong, vPerfusion, vVessel
// (arterial, newness 0..1: 1 = sprout, seed, speed mm/s).

uniform float uAnimSeconds;
// Pulled apart, a vessel crossing into another layer slab is cut at the gap: vSlab is each ring's
// slab (whole numbers), so a fragment between two slabs reads a fraction (as lib/slab-cut.glsl;
// written out here because this stage is compiled without the library step).
uniform float uExplode;
varying float vSlab;

varying vec3 vNormal;
varying vec3 vViewPos;
varying float vArcMm;
varying float vAlong;
varying float vPerfusion;
varying vec4 vVessel;

const vec3 ARTERIAL_WALL = vec3(0.96, 0.62, 0.58);
const vec3 ARTERIAL_CELL = vec3(0.90, 0.12, 0.12);
const vec3 VENOUS_WALL = vec3(0.50, 0.22, 0.36);
const vec3 VENOUS_CELL = vec3(0.26, 0.03, 0.12);
const vec3 SPROUT_TIP = vec3(1.0, 0.86, 0.78);
const float HEART_HZ = 1.1;

void main() {
  if (uExplode > 0.5 && abs(vSlab - floor(vSlab + 0.5)) > 0.01) discard;
  float arterial = vVessel.x;
  float perfusion = clamp(vPerfusion, 0.3, 5.0);
  float speed = vVessel.w * perfusion;
  // Pulsatile on the arterial side: travel advances faster at each beat, never backwards.
  float pulse = arterial * 0.1 * sin(6.2832 * HEART_HZ * uAnimSeconds);
  float travelMm = speed * (uAnimSeconds + pulse);
  // The vessel is a train of slots moving with the blood; each slot holds a red cell or plasma.
  // Fullness (share of slots holding a cell) rises with perfusion.
  float spacingMm = mix(0.04, 0.018, arterial);
  float fullness = clamp(mix(0.7, 0.45, arterial) + 0.25 * (perfusion - 1.0), 0.15, 0.97);
  float slot = (vArcMm - travelMm) / spacingMm + vVessel.z * 17.0;
  float f = fract(slot);
  float hash = fract(sin(mod(floor(slot), 4096.0) * 12.9898 + vVessel.z * 78.233) * 43758.5453);
  float cellLength = mix(0.8, 0.5, arterial);
  float soft = mix(0.25, 0.1, arterial);
  float cells = step(hash, fullness) * smoothstep(0.0, soft, f) * (1.0 - smoothstep(cellLength - soft, cellLength, f));

  vec3 wall = mix(VENOUS_WALL, ARTERIAL_WALL, arterial);
  vec3 cell = mix(VENOUS_CELL, ARTERIAL_CELL, arterial);
  vec3 base = mix(wall, cell, cells * mix(0.75, 0.95, arterial));
  // More flow, fuller and brighter blood (shown even when the animation clock is frozen).
  base *= 0.78 + 0.22 * clamp(perfusion, 0.5, 2.5);
  base = mix(base, SPROUT_TIP, vVessel.y * (0.35 + 0.6 * vAlong));

  vec3 n = normalize(vNormal);
  vec3 light = normalize(vec3(0.35, 0.6, 0.7));
  vec3 toEye = normalize(-vViewPos);
  float diffuse = max(dot(n, light), 0.0);
  float specular = pow(max(dot(reflect(-light, n), toEye), 0.0), 24.0);
  float rim = pow(1.0 - max(dot(n, toEye), 0.0), 2.0);
  vec3 colour = base * (0.5 + 0.6 * diffuse) * (1.0 - 0.35 * rim) + vec3(0.25) * specular;
  gl_FragColor = vec4(colour, 1.0);
}
