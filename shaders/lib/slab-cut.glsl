// lib/slab-cut.glsl — the fragment side of lib/explode.glsl's structureSlab: a structure moved
// per vertex with its slab (vessels, appendages, the needle channels) has triangles that span two
// slabs when it crosses a layer boundary; pulled apart, those would stretch across the gap, so
// the structure is cut there instead. vSlab is the slab per vertex (whole numbers), so a fragment
// between two slabs reads a fraction.
// Uniforms: uExplode (0 cut-away, 1 exploded). Varying: vSlab.
uniform float uExplode;
varying float vSlab;

bool acrossSlabGap() {
  return uExplode > 0.5 && abs(vSlab - floor(vSlab + 0.5)) > 0.01;
}
