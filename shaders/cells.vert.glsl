// cells.vert.glsl — places each drawn cell (neutrophil, macrophage, fibroblast, red cell,
// platelet) as a flat quad on the cut-away front face, from the curves at its wound's age:
// a cell of rank r is present while r < its kind's level, walks from its vessel to its place as
// it is recruited, and shrinks away as the level falls (mirrors src/scene/recruitment.ts).
// Attributes: aHome, aOrigin (mm), aCell (kind 0..4, rank, createdAt h, seed), aShape (length,
// width mm, resting angle rad), aSite (across the site, depth share of the site).
// Uniforms: uTimeHours, uAnimSeconds, uFrontZ, uFaceLiftMm, uBody[5], uNucleus[5], uScarLift; lib/dent.glsl
// (no cell above a condition's dent floor)
// (1 for uncontrolled wounds), plus lib/curves.glsl and lib/face-wound.glsl.
// Pulled apart (lib/explode.glsl), each cell moves whole with its layer slab.
#include "lib/dent.glsl"
#include "lib/explode.glsl"

#include "lib/face-wound.glsl"

attribute vec3 aHome;
attribute vec3 aOrigin;
attribute vec4 aCell;
attribute vec3 aShape;
attribute vec2 aSite;
uniform float uTimeHours;
uniform float uAnimSeconds;
uniform float uFrontZ;
uniform float uFaceLiftMm;
uniform float uScarLift;
uniform vec3 uBody[5];
uniform vec3 uNucleus[5];
varying vec2 vUv;
varying float vKind;
varying float vSeed;
varying vec3 vBody;
varying vec3 vNucleus;

// Which signal of row 0 (platelets, neutrophils, macrophages, fibroblasts) recruits this kind.
vec4 levelMask(float kind) {
  if (kind < 0.5) return vec4(0.0, 1.0, 0.0, 0.0);
  if (kind < 1.5) return vec4(0.0, 0.0, 1.0, 0.0);
  if (kind < 2.5) return vec4(0.0, 0.0, 0.0, 1.0);
  return vec4(1.0, 0.0, 0.0, 0.0);
}

void hide() { gl_Position = vec4(0.0, 0.0, 2.0, 1.0); }

void main() {
  float kind = aCell.x;
  float rank = aCell.y;
  float age = uTimeHours - aCell.z;
  if (age < 0.0) { hide(); return; }
  vec4 mask = levelMask(kind);
  float travel = 0.25 * age + 1.0;
  float levelNow = dot(curveRow(0.0, 0.0, age), mask);
  float levelBefore = age > travel ? dot(curveRow(0.0, 0.0, age - travel), mask) : 0.0;
  if (!(rank < levelNow)) { hide(); return; }
  float recruit = rank < levelBefore ? 1.0 : clamp((levelNow - rank) / max(levelNow - levelBefore, 1e-4), 0.0, 1.0);
  float scale = 0.35 + 0.65 * min(1.0, (levelNow - rank) / 0.04);

  vec3 place = mix(aOrigin, aHome, recruit);
  // Crawling: neutrophils fastest, fibroblasts slowest, clot cells still.
  float pace = kind < 0.5 ? 1.0 : kind < 1.5 ? 0.5 : kind < 2.5 ? 0.25 : 0.0;
  float phase = aCell.w * 60.0;
  place.xy += 0.0025 * pace * vec2(sin(uAnimSeconds * 0.9 * pace + phase), cos(uAnimSeconds * 0.7 * pace + phase * 1.3));

  vec4 row2 = curveRow(0.0, 2.0, age);
  vec4 row3 = curveRow(0.0, 3.0, age);
  float spread = max(1.0, row3.z);
  place.y += uScarLift * recruit * scarLiftMm(row3.w, aSite.x / spread, aSite.y);

  // Fibroblasts point along their path while migrating, then settle as the collagen aligns.
  float angle = aShape.z;
  if (kind > 1.5 && kind < 2.5) {
    vec2 path = aHome.xy - aOrigin.xy;
    float travelAngle = atan(path.y, path.x);
    float restAngle = aShape.z * (1.0 - clamp((row2.w - 0.15) / 0.85, 0.0, 1.0));
    angle = recruit < 0.98 ? travelAngle : restAngle;
  }
  vec2 local = position.xy * aShape.xy * scale;
  vec2 d = vec2(cos(angle), sin(angle));
  vec2 offset = d * local.x + vec2(-d.y, d.x) * local.y;

  vUv = position.xy * 2.0;
  vKind = kind;
  vSeed = aCell.w;
  int k = int(kind + 0.5);
  vBody = uBody[k];
  vNucleus = uNucleus[k];
  vec3 p = vec3(place.xy + offset, uFrontZ + uFaceLiftMm);
  if (-p.y < dentDepthMm(p.xz) + 0.004) { hide(); return; }
  // Pulled apart, a cell moves whole with the slab it lies in.
  p = explodeMove(p, structureSlab(vec3(place.xy, p.z)));
  gl_Position = projectionMatrix * modelViewMatrix * vec4(p, 1.0);
}
