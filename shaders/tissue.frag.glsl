// tissue.frag.glsl — the skin block's look: finds the layer from depth (with the undulating
// dermal–epidermal junction) and draws each layer's own texture — corneum lamellae, packed
// keratinocytes over a darker basal row, loose papillary fibres, thick wavy reticular bundles,
// fat lobules — in the chosen stain. The top face is the skin surface (furrows, pores).
// Redness follows the model's erythema: over the whole block after needling, around the lesion
// after an uncontrolled wound, where collagen density and alignment come from the curves.
// Uniforms: uBoundsMm (bottoms of corneum, mean junction, papillary, dermis; mm deep),
// uReteRidgeMm, uExplode, uInjury[4], uLesionKind (0 none/channels, 1 cut, 2 burn band, 3 bowl),
// uLesionHalfMm, uLesionDepthMm, uLayerShown[5] (per slab, 0 stratum corneum … 4 fat: 1 drawn,
// 0 hidden in the layers panel, its fragments discarded) and the noise lattice.
// Define LESION (blocks with an uncontrolled wound): the wound's extent, and its filling
// (lib/lesion-fill.glsl) on every face it crosses that the lesion's own mesh does not cover — the
// slab faces inside the block that pulling apart or hiding a layer shows — so each slab carries
// its share of the wound.
// Define CONDITION (blocks showing a treated condition; lib/dent.glsl and its uCond* uniforms,
// src/state/condition.ts): its dent is left open; under it the layers follow the floor, scar
// tissue is dense parallel bundles on flat rete, a stretch mark's epidermis is thin and its bundles
// thin and parallel, photo-aged dermis holds clumped elastotic material, and a rolling scar's
// tethering bands run down to the fat. Needled healthy skin compiles neither, so its program is the
// smallest: software WebGL builds a program at its first draw, in time that grows with its code.
// Varyings from tissue.vert.glsl. Define STAIN (0 natural, 1 H&E, 2 Masson trichrome; SkinBlock
// sets it): each stain is its own program holding only its own colours, which compiles faster
// than choosing among all three per fragment; a stain switch compiles once, then it is cached.
// Cells (Voronoi) come from two calls in main whose inputs each layer chooses: every call is
// inlined with its loops, and on software GL each copy added ~18 ms to the first frame's compile.
#include "lib/noise.glsl"
#include "lib/junction.glsl"
#include "lib/explode.glsl"
#ifdef LESION
#include "lib/lesion-fill.glsl"
#endif
#include "lib/dent.glsl"
#include "lib/tissue-layer.glsl"

// The block's area-level injury now, rows 0–3 of its healing curves (lib/curves.glsl lists them):
// the same for every fragment, so looked up once a frame (src/state/injury.ts), not per fragment.
uniform vec4 uInjury[4];
uniform float uLesionKind;
uniform float uLesionHalfMm;
uniform float uLesionDepthMm;
uniform float uCondAlteredMm;
uniform float uCondAlign;
uniform float uCondCollagen;
uniform float uCondBundle;
uniform float uCondElastosis;
uniform float uCondTethers;
uniform float uCondScar;
uniform float uCondVessels;
uniform float uCondRed;
uniform float uPoreScale;

#define RGB(r, g, b) (vec3(r, g, b) / 255.0)

#ifndef STAIN
#define STAIN 0
#endif

// One colour per stain: natural illustration, H&E, Masson trichrome.
vec3 stained(vec3 natural, vec3 he, vec3 trichrome) {
#if STAIN == 1
  return he;
#elif STAIN == 2
  return trichrome;
#else
  return natural;
#endif
}

// 1 while a pattern of this period (mm) is resolved on screen, fading to 0 before it aliases.
float resolved(float px, float periodMm) { return 1.0 - smoothstep(0.2, 0.5, px / periodMm); }

// Microrelief furrows outline plateaus ~0.3 mm across (furrow: cells of q / 0.32, warped);
// pores (follicle openings) every ~0.7 mm (pv: cells of q / 0.7).
vec3 skinSurface(vec2 q, float px, vec3 furrow, vec3 pv) {
  float line = (1.0 - smoothstep(0.03, 0.11, furrow.x)) * resolved(px, 0.05);
  float pore = (1.0 - smoothstep(0.04 * uPoreScale, 0.055 * uPoreScale, pv.y * 0.7)) * step(pv.z, 0.55);
  vec3 c = stained(RGB(232, 190, 160), RGB(240, 190, 212), RGB(214, 74, 80)) * (0.9 + 0.16 * nzFbm(q * 7.0));
  c = mix(c, c * 0.7, line);
  return mix(c, stained(RGB(120, 80, 66), RGB(150, 90, 130), RGB(120, 30, 40)), pore);
}

vec3 corneum(vec2 q, float depth, float px) {
  float period = 0.0014;
  float lam = fract(depth / period + 0.8 * nzValue(vec2(q.x * 150.0, depth * 500.0)));
  float line = smoothstep(0.3, 0.5, abs(lam - 0.5)) * resolved(px, period);
  float split = step(0.7, nzValue(vec2(q.x * 90.0, floor(depth / period) * 7.3))) * resolved(px, period);
  vec3 c = mix(stained(RGB(246, 236, 212), RGB(240, 188, 210), RGB(214, 52, 62)),
               stained(RGB(196, 172, 130), RGB(214, 130, 170), RGB(150, 28, 40)), line * 0.7);
  return mix(c, stained(RGB(255, 250, 238), RGB(252, 236, 244), RGB(246, 200, 204)), split * 0.8);
}

// Spinous cells ~12 µm, flattening towards the granular layer under the corneum.
float spinousSquash(float t) { return mix(1.0, 2.4, smoothstep(0.3, 0.0, t)); }

// dj: depth above the junction (mm); t: 0 at the corneum … 1 at the mean junction; v: cells of
// (q.x, q.y × spinousSquash) / 0.012.
vec3 epidermis(vec2 q, float dj, float t, float px, vec3 v) {
  float membrane, nucleus;
  float basal = 1.0 - smoothstep(0.008, 0.011, dj);
  if (dj < 0.0095) {
    // Basal row: one row of columnar cells standing on the junction.
    float cx = q.x / 0.0065 + 0.25 * nzValue(vec2(q.x * 300.0, 1.0));
    float f = fract(cx);
    membrane = 1.0 - smoothstep(0.0, 0.09, min(f, 1.0 - f));
    vec2 d = vec2((f - 0.5) * 0.0065 / 0.0021, (dj - 0.0048) / 0.0033);
    nucleus = 1.0 - smoothstep(0.8, 1.0, length(d));
  } else {
    membrane = 1.0 - smoothstep(0.04, 0.1, v.x);
    nucleus = (1.0 - smoothstep(0.2, 0.27, v.y)) * smoothstep(0.05, 0.25, t);
    nucleus = max(nucleus, step(0.82, nzValue(q * 2400.0)) * (1.0 - smoothstep(0.1, 0.3, t)));
  }
  float k = resolved(px, 0.01);
  membrane = mix(0.22, membrane, k);
  nucleus = mix(0.12 + 0.2 * basal, nucleus, k);
  vec3 cyto = stained(RGB(226, 166, 134), RGB(222, 150, 190), RGB(232, 136, 148));
  vec3 basalCyto = stained(RGB(168, 108, 78), RGB(190, 124, 176), RGB(200, 100, 118));
  vec3 c = mix(cyto, basalCyto, basal);
  c = mix(c, c * 0.72, membrane);
  return mix(c, stained(RGB(104, 62, 50), RGB(58, 38, 112), RGB(56, 34, 40)), nucleus * 0.9);
}

// cell: cells of q / 0.035.
vec3 papillary(vec2 q, float px, float collagen, vec3 cell) {
  float f1 = abs(nzValue(q * vec2(90.0, 140.0)) - 0.5);
  float f2 = abs(nzValue(vec2(q.x + q.y, q.x - q.y) * vec2(120.0, 80.0) + 5.0) - 0.5);
  float fibre = max(1.0 - smoothstep(0.0, 0.05, f1), 0.7 * (1.0 - smoothstep(0.0, 0.04, f2)));
  fibre = mix(0.3, fibre, resolved(px, 0.008)) * clamp(collagen, 0.0, 1.6);
  float nucleus = (1.0 - smoothstep(0.09, 0.13, cell.y)) * step(0.75, cell.z) * resolved(px, 0.01);
  vec3 c = mix(stained(RGB(248, 218, 208), RGB(248, 222, 234), RGB(226, 234, 246)),
               stained(RGB(222, 150, 150), RGB(236, 150, 190), RGB(116, 156, 218)), fibre);
  return mix(c, stained(RGB(140, 84, 96), RGB(74, 52, 134), RGB(58, 42, 54)), nucleus);
}

// Bundles thicken with depth: their spacing, mm.
float bundlePeriod(float depth) { return mix(0.035, 0.075, smoothstep(uBoundsMm.z, uBoundsMm.w, depth)); }

// The coordinate across the bundles: q.y made wavy unless the fibres are aligned
// (along: 0 basket-weave … 1 parallel bundles, the model's alignment).
float acrossBundles(vec2 q, float period, float along) {
  return q.y + (1.0 - along) * (0.012 * sin(q.x * 70.0 + 6.0 * nzValue(q * 8.0)) + 0.6 * period * (nzFbm(vec2(q.x * 6.0, q.y * 20.0)) - 0.5));
}

// collagen: × normal density; w: acrossBundles; cell: cells of (q.x / 0.06, w / 0.02).
vec3 reticular(vec2 q, float px, float collagen, float period, float w, vec3 cell) {
  float band = floor(w / period);
  float ph = fract(w / period);
  float piece = nzHash12(vec2(band, floor(q.x / 0.35 + 3.0 * nzHash12(vec2(band, 3.0)))));
  float cleft = (1.0 - smoothstep(0.0, 0.14, ph) * smoothstep(1.0, 0.86, ph)) * resolved(px, period);
  float fibril = (0.5 + 0.5 * sin(w / 0.0025 * 6.2831853)) * resolved(px, 0.0025);
  float streak = nzFbm(vec2(q.x * 4.0, w * 30.0));
  float dense = clamp(collagen, 0.0, 1.6);
  vec3 bundle = stained(RGB(196, 98, 118), RGB(226, 130, 174), RGB(44, 92, 172)) * (0.86 + 0.22 * piece + 0.12 * streak);
  bundle = mix(bundle, bundle * 1.12, fibril * 0.5);
  vec3 ground = stained(RGB(236, 176, 182), RGB(248, 222, 234), RGB(222, 230, 242));
  vec3 c = mix(ground, bundle, smoothstep(0.0, 1.0, dense));
  c = mix(c, stained(RGB(128, 50, 72), RGB(250, 232, 240), RGB(214, 224, 240)), cleft * 0.8);
  float nucleus = (1.0 - smoothstep(0.1, 0.16, cell.y)) * step(0.8, cell.z) * resolved(px, 0.01);
  return mix(c, stained(RGB(110, 50, 68), RGB(70, 48, 128), RGB(48, 34, 44)), nucleus * 0.85);
}

// cell: adipocytes, cells of q / 0.075; lobule: cells of q / 0.5.
vec3 fat(vec2 q, float px, vec3 cell, vec3 lobule) {
  float wall = (1.0 - smoothstep(0.025, 0.07, cell.x)) * resolved(px, 0.05);
  float septum = 1.0 - smoothstep(0.012, 0.03, lobule.x * 0.5);
  vec3 c = stained(RGB(246, 226, 158), RGB(252, 246, 250), RGB(250, 248, 242)) * (0.95 + 0.07 * (1.0 - cell.y) + 0.04 * cell.z);
  c = mix(c, stained(RGB(200, 160, 90), RGB(220, 150, 190), RGB(128, 160, 214)), wall * 0.85);
  return mix(c, stained(RGB(226, 160, 150), RGB(222, 126, 170), RGB(56, 104, 184)), septum);
}

#ifdef LESION
// 1 inside the injured tissue (src/state/lesion.ts insideLesion), spreading with `spread`.
// edgeMm gets the distance across the surface to the lesion's edge (< 0 inside).
float lesionShare(vec3 p, float depth, float spread, out float edgeMm) {
  float across = uLesionKind > 2.5 ? length(p.xz) : abs(p.x);
  float halfMm = uLesionHalfMm * spread;
  edgeMm = across - halfMm;
  float floorMm = uLesionKind > 1.5 && uLesionKind < 2.5 ? uLesionDepthMm : uLesionDepthMm * max(0.0, 1.0 - across / halfMm);
  return (1.0 - smoothstep(-0.04, 0.04, edgeMm)) * (1.0 - smoothstep(floorMm - 0.04, floorMm + 0.04, depth));
}
#endif

void main() {
  TissueSpot s = tissueSpot();
  vec3 p = s.p;
  vec3 n = s.n;
  float depth = s.depth;
  float inCond = s.inCond;
  bool horizontal = s.horizontal;
  vec2 q = s.q;
  float px = s.px;
  float junctionMean = s.junctionMean;
  float junction = s.junction;
  float layer = s.layer;
  // Collagen density and bundle spacing (× normal), and alignment (0 basket-weave … 1 parallel).
  float collagen = 1.0, bundles = 1.0, along = 0.15;
#ifdef CONDITION
  // The condition's altered tissue: from the junction down to uCondAlteredMm below it.
  float below = depth - junction;
  float altered = inCond * step(0.0, below) * (1.0 - smoothstep(uCondAlteredMm * 0.75, uCondAlteredMm, below));
  // Scar and (white) stretch-mark dermis has no loose papillary layer: dense bundles reach the junction.
  if (altered > 0.5 && layer > 1.5 && layer < 2.5 && (uCondScar > 0.5 || uDentKind > 4.5 && uDentKind < 5.5 && uCondRed < 0.5)) layer = 3.0;
  collagen = mix(collagen, uCondCollagen, altered);
  bundles = mix(bundles, uCondBundle, altered);
  along = mix(along, uCondAlign, altered);
#endif
  if (uExplode > 0.5) layer = vLayer;

  // The model's signals for the injury now (unwounded baseline before it exists).
  vec4 row1 = uInjury[1];
  vec4 row2 = uInjury[2];
  float redness = row1.z;
#ifdef LESION
  vec4 row3 = uInjury[3];
  float edge;
  float inLesion = lesionShare(p, depth, max(1.0, row3.z), edge);
  redness *= exp(-max(edge, 0.0) / 0.5);
  collagen = mix(collagen, row2.y + row2.z, inLesion);
  along = mix(along, row2.w, inLesion);
#else
  redness *= 0.8 + 0.4 * nzValue(p.xz * 3.0);
#endif

  bool surface = horizontal && n.y > 0.0 && depth < 1e-4;
  float dj = max(junction - depth, 0.0);
  float t = clamp((depth - uBoundsMm.x) / (junctionMean - uBoundsMm.x), 0.0, 1.0);
  float period = bundlePeriod(depth) * bundles;
  float w = 0.0;
  // Where this layer's cells are (p: Voronoi input, z: jitter), and its second, coarser pattern.
  vec3 cellsAt = vec3(q / 0.035, 0.9);
  vec3 coarseAt = vec3(q / 0.5 + 3.1, 0.8);
  if (surface) { cellsAt = vec3(q / 0.32 + 0.4 * nzValue(q * 3.0), 0.85); coarseAt = vec3(q / 0.7 + 11.0, 0.7); }
  else if (layer < 1.5) cellsAt = vec3(q.x / 0.012, q.y * spinousSquash(t) / 0.012, 0.75);
  else if (layer > 3.5) cellsAt = vec3(q / 0.075, 0.9);
  else if (layer > 2.5) { w = acrossBundles(q, period, along); cellsAt = vec3(q.x / 0.06, w / 0.02, 0.8); }
  vec3 cells = layer < 0.5 && !surface ? vec3(0.0) : nzVoronoi(cellsAt.xy, cellsAt.z);
  vec3 coarse = surface || layer > 3.5 ? nzVoronoi(coarseAt.xy, coarseAt.z) : vec3(0.0);

  vec3 c;
  if (surface) c = skinSurface(q, px, cells, coarse);
  else if (layer < 0.5) c = corneum(q, depth, px);
  else if (layer < 1.5) c = epidermis(q, dj, t, px, cells);
  else if (layer < 2.5) c = papillary(q, px, collagen, cells);
  else if (layer < 3.5) c = reticular(q, px, collagen, period, w, cells);
  else c = fat(q, px, cells, coarse);

#ifdef LESION
  // The lesion's mesh draws the surface and the front section; every other face shows the fill here.
  bool front = !horizontal && n.z > 0.5;
  if (inLesion > 0.0 && !front && !surface) {
    float epidermal = depth < uBoundsMm.y * 1.4 ? 1.0 : 0.0;
    vec4 fill = lesionFill(q * 40.0, uInjury[0], row1, row2, row3, float(STAIN), step(1.5, uLesionKind), epidermal);
    c = mix(c, fill.rgb, inLesion * fill.a);
  }
#endif
#ifdef CONDITION
  // Photo-aged dermis: clumped elastotic material just under the junction (solar elastosis).
  if (uCondElastosis > 0.0 && layer > 1.5 && layer < 3.5) {
    float clump = smoothstep(0.5, 0.68, nzFbm(q * 45.0)) * (1.0 - smoothstep(0.08, 0.2, below)) * uCondElastosis;
    c = mix(c, stained(RGB(190, 176, 128), RGB(160, 164, 214), RGB(172, 166, 190)), clump * 0.85);
  }
  // A rolling scar's tethering bands: dense fibrous strands from its floor down into the fat.
  if (uCondTethers > 0.0 && !horizontal && below > 0.0 && dentAcross(p.xz) < 0.9) {
    float xb = (p.x - uDentCentre.x) / uDentHalfMm * 2.5 + 0.5 + 0.05 * sin(depth * 11.0);
    float k = abs(fract(xb) - 0.5) * uDentHalfMm / 2.5;
    float strand = (1.0 - smoothstep(0.022, 0.04, k)) * uCondTethers;
    c = mix(c, stained(RGB(240, 228, 220), RGB(238, 120, 176), RGB(28, 66, 164)), strand * 0.92);
  }

  // A red (early) stretch mark's widened superficial vessels, cut across on the section: about half
  // of 110 µm squares hold one (placed inside its own square, so no neighbour search), 20 µm across
  // at normal calibre times the model's uCondVessels (striae-rubra; the sizes are model-striae-red [D]).
  if (uCondVessels > 1.001 && !horizontal && inCond > 0.5 && below > 0.05 && below < 0.35) {
    vec2 cell = floor(q / 0.11);
    vec2 centre = (cell + 0.5 + 0.5 * (nzHash22(cell + 3.0) - 0.5)) * 0.11;
    float r = 0.01 * uCondVessels;
    float lumen = (1.0 - smoothstep(r - px, r + px, length(q - centre))) * step(0.5, nzHash12(cell + 7.0));
    c = mix(c, stained(RGB(150, 28, 46), RGB(214, 48, 82), RGB(190, 30, 40)), lumen);
  }
#endif

  // Faint ink lines at layer boundaries on the cut faces, as in a textbook drawing.
  if (!horizontal && uExplode < 0.5) {
    float gap = min(min(abs(depth - uBoundsMm.x), abs(depth - junction)), min(abs(depth - uBoundsMm.z), abs(depth - uBoundsMm.w)));
    c *= 1.0 - 0.22 * (1.0 - smoothstep(0.5, 1.5, gap / px));
  }

  // Erythema is what the eye sees on living skin, so only the natural view shows it.
#if STAIN == 0
  {
    float upperDermis = step(1.5, layer) * (1.0 - smoothstep(0.0, 0.3, depth - junction));
    float tint = clamp(redness, 0.0, 1.0) * (surface ? 0.75 : 0.45 * upperDermis);
    c = mix(c, RGB(205, 62, 70) * (0.8 + 0.2 * dot(c, vec3(0.33))), tint);
  }
#endif

  vec3 light = normalize(vec3(0.3, 0.55, 0.78));
  float shade = 0.7 + 0.3 * max(dot(n, light), 0.0);
  gl_FragColor = vec4(c * shade, 1.0);
}
