// lesion-fill.glsl — what fills an uncontrolled wound now, as a colour: open wound, clot,
// granulation tissue (new vessels, fibroblasts), then scar matrix whose fibres turn from a
// basket-weave to parallel rows as alignment rises, under new epidermis once it closes.
// Lightness orders the stages (clot darkest, granulation mid, scar palest) so they read without
// hue. Shared by lesion.frag.glsl (the wound's own mesh) and tissue.frag.glsl (the wound's share
// of every slab face), so a wound looks the same in every layout. No uniforms of its own; the
// noise lattice (lib/noise.glsl).
#include "lib/noise.glsl"

// Fibre stripes of one patch of matrix: a random direction, turning to run along x as alignment rises.
float patchStripes(vec2 q, vec2 cell, float alignment) {
  float angle = mix(nzHash12(cell) * 3.14159, 0.0, alignment);
  return 0.5 + 0.5 * sin(dot(q, vec2(cos(angle), sin(angle))) * 1.2);
}

// Basket-weave: patches 4 units across, each with its own direction, blended into their
// neighbours only across the middle third between patch centres: no seams, and most of each patch
// keeps its stripes' full contrast (blending everywhere averaged them towards grey). All patches
// agree once the fibres are aligned.
float weave(vec2 q, float alignment) {
  vec2 p = q * 0.25 - 0.5;
  vec2 i = floor(p);
  vec2 f = smoothstep(0.33, 0.67, fract(p));
  return mix(mix(patchStripes(q, i, alignment), patchStripes(q, i + vec2(1.0, 0.0), alignment), f.x),
             mix(patchStripes(q, i + vec2(0.0, 1.0), alignment), patchStripes(q, i + vec2(1.0, 1.0), alignment), f.x), f.y);
}

// q: texture coordinate (mm × 40) across the face drawn; r0..r3: the wound's signals now (rows
// 0–3 of its curves); stain: 0 natural, 1 H&E, 2 Masson trichrome (collagen blue); inPlace: 1 if
// the injured tissue stays at first (burn, acne), 0 for a gap (cut); epidermal: 1 where new
// epidermis covers the wound once closed. Returns the colour and its opacity (translucent over
// tissue still in place; fading out as the wound's extent goes to 0).
vec4 lesionFill(vec2 q, vec4 r0, vec4 r1, vec4 r2, vec4 r3, float stain, float inPlace, float epidermal) {
  float platelets = r0.x;
  float fibro = r0.w;
  float vessels = r1.w - 1.0;
  float erythema = r1.z;
  float closure = r2.x;
  float collagen = r2.y + r2.z;
  float shareIII = r2.z / max(collagen, 1e-3);
  float alignment = r2.w;
  float fade = clamp(r3.z * 1.5, 0.0, 1.0);

  float stripes = weave(q, alignment);
  float grain = nzValue(q * 1.7);

  vec3 open = vec3(0.16, 0.05, 0.06);
  vec3 clot = mix(vec3(0.36, 0.07, 0.06), vec3(0.22, 0.05, 0.04), grain);
  // Granulation tissue is beefy and bumpy: two scales of grain.
  float bumps = nzValue(q * 0.6) * 0.6 + grain * 0.4;
  vec3 granulation = mix(vec3(0.7, 0.2, 0.24), vec3(0.93, 0.47, 0.44), bumps);
  vec3 scarIII = vec3(0.93, 0.78, 0.8);
  vec3 scarI = vec3(0.97, 0.9, 0.86);
  vec3 matrixColour = mix(scarI, scarIII, shareIII) * (0.82 + 0.18 * stripes);
  if (stain > 1.5) matrixColour = mix(vec3(0.35, 0.48, 0.85), vec3(0.55, 0.66, 0.92), shareIII) * (0.75 + 0.25 * stripes);
  else if (stain > 0.5) matrixColour = vec3(0.93, 0.6, 0.75) * (0.8 + 0.2 * stripes);

  float filled = clamp(collagen, 0.0, 1.0);
  float granular = clamp(fibro * 1.5 + vessels, 0.0, 1.0) * (1.0 - filled * 0.7);
  // Once closed, what is not yet matrix is loose, pale provisional tissue rather than a hole.
  vec3 c = mix(open, vec3(0.86, 0.7, 0.7), closure);
  // Burned or inflamed tissue is still there at first: a dusky tint over the layers (drawn
  // translucent) until granulation and new matrix replace it.
  vec3 necrotic = mix(vec3(0.42, 0.28, 0.24), vec3(0.55, 0.4, 0.33), grain);
  c = mix(c, necrotic, inPlace);
  c = mix(c, clot, clamp(platelets * 1.6, 0.0, 1.0));
  c = mix(c, granulation, granular);
  c = mix(c, matrixColour, filled);
  // Redness of a living scar (hypertrophic, keloid) and of fresh repair.
  c = mix(c, vec3(0.8, 0.25, 0.3), erythema * 0.45);

  // New epidermis over the top once the wound closes: skin-toned, but a scar's surface is paler
  // and shinier (no rete ridges, no pigment), and red while it is still active.
  vec3 skin = stain > 1.5 ? vec3(0.75, 0.3, 0.35) : stain > 0.5 ? vec3(0.55, 0.3, 0.6) : vec3(0.83, 0.6, 0.47);
  float scarred = clamp((alignment - 0.2) / 0.35, 0.0, 1.0);
  vec3 scarSkin = mix(vec3(0.95, 0.84, 0.82), vec3(0.86, 0.42, 0.45), clamp(erythema * 2.0, 0.0, 1.0));
  if (stain < 0.5) skin = mix(skin, scarSkin, scarred);
  c = mix(c, skin, closure * 0.92 * epidermal);

  float replaced = clamp(granular + filled, 0.0, 1.0);
  float alpha = mix(mix(0.55, 1.0, replaced), 1.0, 1.0 - inPlace);
  return vec4(c, fade * alpha);
}
