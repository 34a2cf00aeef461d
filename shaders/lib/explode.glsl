// explode.glsl — the exploded (pulled-apart) layout for anything drawn inside the block, so it
// moves with the layer slab it lies in: a mesh is drawn once per slab (five instances,
// gl_InstanceID = slab; src/scene/slabs.ts), each copy moved down by its slab's gap and clipped
// to that slab's share of the block. A wound, a scar or any later condition is then cut at the
// same (wavy) layer boundaries as the tissue's own slabs (tissue.*.glsl), in every layout.
// Uniforms: uExplode (0 cut-away: one copy, no clipping; 1 exploded), uExplodeGapMm, uBoundsMm
// (bottoms of corneum, mean junction, papillary, dermis; mm deep), uReteRidgeMm.
#include "lib/junction.glsl"

uniform float uExplode;
uniform float uExplodeGapMm;
uniform vec4 uBoundsMm;
uniform float uReteRidgeMm;

// The layer slab (0 stratum corneum … 4 fat) a point of the undisplaced block lies in; above
// the surface (a raised scar) counts as the top slab.
float slabAt(vec3 p) {
  float depth = -p.y;
  float junction = uBoundsMm.y + uReteRidgeMm * junctionOffset(p.xz);
  return depth < uBoundsMm.x ? 0.0 : depth < junction ? 1.0 : depth < uBoundsMm.z ? 2.0 : depth < uBoundsMm.w ? 3.0 : 4.0;
}

// Where a point of slab `slab` is drawn now: moved down with its slab when pulled apart.
vec3 explodeMove(vec3 p, float slab) {
  return p - vec3(0.0, slab * uExplodeGapMm * uExplode, 0.0);
}

// True for a fragment of the copy drawn for `slab` that lies in another slab (discard it).
bool outsideSlab(vec3 p, float slab) {
  return uExplode > 0.5 && abs(slabAt(p) - slab) > 0.5;
}

// For a structure drawn once rather than per slab (vessels, fibres, cells, appendages, channels):
// the slab its point lies in when pulled apart, 0 in the cut-away. Move by explodeMove and pass
// it on as vSlab; lib/slab-cut.glsl then drops what stretches across a gap.
float structureSlab(vec3 p) {
  return uExplode > 0.5 ? slabAt(p) : 0.0;
}
