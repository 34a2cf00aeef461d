// tissue.vert.glsl — the skin block: five slabs (one per layer) in one geometry. In the exploded
// layout each slab moves down by its layer index × the gap; the fragment shader still gets the
// undisplaced block position, so textures and depths stay those of the real tissue.
// Attributes: position, normal (three), aLayer (0 stratum corneum … 4 fat).
// Uniforms: uExplode (0 cut-away, 1 exploded), uExplodeGapMm.

attribute float aLayer;
uniform float uExplode;
uniform float uExplodeGapMm;
varying vec3 vBlockPos;
varying vec3 vNormal;
varying float vLayer;

void main() {
  vBlockPos = position;
  vNormal = normal;
  vLayer = aLayer;
  vec3 shifted = position - vec3(0.0, aLayer * uExplodeGapMm * uExplode, 0.0);
  gl_Position = projectionMatrix * modelViewMatrix * vec4(shifted, 1.0);
}
