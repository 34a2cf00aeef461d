// surface.frag.glsl — a few centimetres of skin seen from outside, as the eye would see it at the
// current time: the site's texture (skin lines, pores, fine lines) lit from the upper left, and on
// it what the model says shows now — pinpoint bleeding and the needle marks (the puncture curves:
// platelets, closure), redness (erythema), puffiness (perfusion smooths the lines and adds sheen),
// dryness and flaking, bruising and darker patches (the plan's windows for them), an uncontrolled
// wound's shape, its closure and its raised or pitted scar, and the smoother result as collagen
// builds; and the treated condition at true scale (lib/surface-condition.glsl: acne scars, fine
// lines, stretch marks, enlarged pores), lit from the same light with the model's current depth,
// so a boxcar's floor rises and its shadowed edge narrows over a course as the model says.
// Reads the healing curves through lib/curves.glsl and the noise lattice (lib/noise.glsl).
// Uniforms: uAgeHours (since the latest session, or the wound), uTone (resting skin colour),
// uHolesPerMm2, uBleed (0 none, 0.5 spots, 1 even), uFlake / uBruise / uPigment (level, fromDay,
// toDay), uWound (kind 0 treatment, 1 cut, 2 burn, 3 acne; width mm; length mm; 0), uSmooth
// (collagen gain 0..1), uLineDepth (fine lines 0..1), uPoreMm (pore spacing), uRednessShown; the
// condition's uDent* (lib/dent.glsl), uCondSpread, uPoreScale, uCondRete and uCondVessels (src/state/condition.ts).

#include "lib/curves.glsl"
#include "lib/noise.glsl"
#include "lib/dent.glsl"
#include "lib/surface-condition.glsl"

uniform float uAgeHours;
uniform vec3 uTone;
uniform float uHolesPerMm2;
uniform float uBleed;
uniform vec3 uFlake;
uniform vec3 uBruise;
uniform vec3 uPigment;
uniform vec4 uWound;
uniform float uSmooth;
uniform float uLineDepth;
uniform float uPoreMm;
uniform float uRednessShown;
uniform vec2 uFieldMm;
uniform float uCondRete;
uniform float uCondVessels;

varying vec2 vSkinMm;

const vec3 BLOOD = vec3(0.45, 0.03, 0.04);
const vec3 RED = vec3(0.86, 0.22, 0.22);
const vec3 RAW = vec3(0.62, 0.12, 0.12);
const vec3 CLOT = vec3(0.32, 0.09, 0.06);
const vec3 FLAKE = vec3(0.96, 0.93, 0.88);
const vec3 LIGHT = vec3(-0.5, 0.6, 0.65);
// skinHeight's units: its normal is (Δh, 0.5) over 0.03 mm steps, so 1 mm of true depth is 0.5 / 0.03.
const float HEIGHT_PER_MM = 16.7;
// Diameter of a pore as the texture draws it (DRAWN_PORE_MM, src/state/condition.ts).
const float DRAWN_PORE_MM = 0.1;

// A window in days: rises over its first fifth, holds, falls over its last third.
float window(float day, vec3 w) {
  if (w.x <= 0.0 || day < w.y || day > w.z + 0.5) return 0.0;
  float span = max(w.z - w.y, 0.1);
  return w.x * smoothstep(w.y, w.y + 0.2 * span, day) * (1.0 - smoothstep(w.z - 0.33 * span, w.z + 0.5, day));
}

// Skin height (skin-line creases, fine lines, pores) and the condition's dents (in `dent`, as
// conditionDent); units of HEIGHT_PER_MM. Scar floors and stretch marks have no pores or creases
// (no follicles, flat rete), so they look smooth; fine lines and pores keep the texture.
float skinHeight(vec2 p, float swell, out vec3 dent) {
  dent = conditionDent(p);
  float soften = (1.0 - 0.55 * swell) * (1.0 - 0.45 * uSmooth);
  vec2 q = p + 0.15 * vec2(nzValue(p * 1.3), nzValue(p * 1.3 + 9.0));
  float a = abs(fract(dot(q, vec2(0.82, 0.57)) * 2.2) - 0.5);
  float b = abs(fract(dot(q, vec2(-0.57, 0.82)) * 2.6) - 0.5);
  float creases = smoothstep(0.0, 0.12, a) + smoothstep(0.0, 0.12, b);
  float lineNoise = nzValue(vec2(p.x * 0.25, p.y * 2.2));
  float fine = uLineDepth * (1.0 - smoothstep(0.0, 0.16, abs(fract(p.y * 0.22 + 0.8 * lineNoise) - 0.5))) * smoothstep(0.3, 0.8, nzValue(vec2(p.x * 0.08, p.y * 0.3) + 3.0));
  vec3 pore = nzVoronoi(p / uPoreMm, 0.85);
  float poreDip = (1.0 - smoothstep(0.08, 0.16, pore.y)) * (0.5 + 0.5 * pore.z);
  vec3 enlarged = poreDent(pore, uPoreMm, DRAWN_PORE_MM);
  if (enlarged.x > dent.x) dent = enlarged;
  float smoothFloor = uDentKind > 0.5 && uDentKind < 5.5 && abs(uDentKind - 4.0) > 0.5 ? dent.z : 0.0;
  return (0.5 * creases * soften - 0.9 * fine * soften) * (1.0 - 0.85 * smoothFloor) - 0.8 * poreDip * (1.0 - smoothFloor) - dent.x * HEIGHT_PER_MM;
}

// Distance from the wound's outline (negative inside): a cut is a slit, a burn a patch, acne a disc.
float woundDistance(vec2 p, float extent) {
  float w = 0.5 * uWound.y * max(extent, 0.05);
  if (uWound.x < 1.5) { vec2 d = vec2(max(abs(p.x) - 0.5 * uWound.z, 0.0), p.y); return length(d) - w; }
  if (uWound.x < 2.5) { vec2 d = abs(p) - vec2(0.5 * uWound.z, w) + 1.0; return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0) - 1.0 + 0.4 * (nzValue(p * 0.8) - 0.5); }
  return length(p) - w;
}

void main() {
  vec2 p = vSkinMm;
  float age = max(uAgeHours, 0.0);
  float day = age / 24.0;
  vec4 r0 = curveRow(0.0, 0.0, age);
  vec4 r1 = curveRow(0.0, 1.0, age);
  vec4 r2 = curveRow(0.0, 2.0, age);
  vec4 r3 = curveRow(0.0, 3.0, age);
  float platelets = r0.x;
  float perfusion = r1.y;
  float erythema = r1.z * uRednessShown;
  float closure = r2.x;
  float extent = r3.z;
  float elevation = r3.w;
  float swell = clamp((perfusion - 1.3) / 0.9, 0.0, 1.0);

  // Lighting from the skin's relief, upper left.
  float e = 0.03;
  vec3 dent, dentX, dentY;
  float h0 = skinHeight(p, swell, dent);
  vec3 n = normalize(vec3(h0 - skinHeight(p + vec2(e, 0.0), swell, dentX), h0 - skinHeight(p + vec2(0.0, e), swell, dentY), 0.5));
  vec3 light = normalize(LIGHT);
  float diffuse = clamp(dot(n, light), 0.0, 1.0);
  // Inside a dent: the rim's shadow (not for pores: too small to matter) and the sky its floor sees.
  float lit = uDentKind < 5.5 ? conditionLit(p, dent.x, light) : 1.0;
  float sky = conditionSky(dent.x, dent.y);

  float mottle = nzFbm(p * 0.35);
  vec3 skin = uTone * (0.92 + 0.16 * mottle * (1.0 - 0.4 * uSmooth));

  // A white stretch mark is pale and a little shiny where its epidermis is thin and flat (no rete,
  // striae-histology); as the course restores the rete (the model's uCondRete), it fades.
  float pale = uDentKind > 4.5 && uDentKind < 5.5 ? dent.z * clamp(1.0 - uCondRete, 0.0, 1.0) : 0.0;
  skin = mix(skin, skin * 0.8 + 0.25, 0.55 * pale);
  // A red (early) stretch mark is red to violet from its widened vessels (striae-rubra), fading as
  // they settle over the course (the model's uCondVessels).
  float redMark = uDentKind > 4.5 && uDentKind < 5.5 ? dent.z * clamp((uCondVessels - 1.0) / 0.6, 0.0, 1.0) : 0.0;
  skin = mix(skin, vec3(0.72, 0.30, 0.38), 0.65 * redMark);

  // Darker patches after inflammation (the plan's pigmentation window), in blotches.
  float pig = window(day, uPigment) * smoothstep(0.45, 0.7, nzFbm(p * 0.22 + 5.0));
  skin = mix(skin, skin * vec3(0.68, 0.6, 0.55), pig);

  // Redness: a mottled wash, less visible on darker skin (the eye sees less contrast there).
  float lightness = dot(uTone, vec3(0.3, 0.55, 0.15));
  float redWash = erythema * (0.75 + 0.5 * nzFbm(p * 0.5 + 2.0)) * (0.45 + 0.7 * lightness);
  skin = mix(skin, RED * (0.45 + 0.55 * uTone), clamp(0.75 * redWash, 0.0, 0.85));

  // Bruise: purple → green → yellow across its window, where thin skin lies over bone.
  float bruiseShape = smoothstep(1.0, 0.55, length(p - vec2(0.22, -0.18) * uFieldMm) / 2.6 + 0.3 * (nzFbm(p * 0.45) - 0.5));
  float bw = window(day, uBruise) * bruiseShape;
  float bf = clamp((day - uBruise.y) / max(uBruise.z - uBruise.y, 0.1), 0.0, 1.0);
  vec3 bruiseColour = mix(mix(vec3(0.36, 0.2, 0.36), vec3(0.42, 0.46, 0.3), smoothstep(0.3, 0.6, bf)), vec3(0.78, 0.66, 0.38), smoothstep(0.6, 0.95, bf));
  skin = mix(skin, bruiseColour * (0.6 + 0.4 * uTone / max(uTone.r, 0.01)), 0.55 * bw);

  vec3 colour = skin * (0.45 * sky + 0.62 * diffuse * lit * sqrt(sky));
  float gloss = 0.15 * swell + 0.12 * pale;

  // Needle marks: one per jittered cell at the treatment's density (treatments only).
  if (uWound.x < 0.5 && uHolesPerMm2 > 0.0) {
    float cellMm = inversesqrt(uHolesPerMm2);
    vec2 cell = p / cellMm;
    vec2 id = floor(cell);
    vec2 centre = (id + 0.5 + 0.7 * (nzHash22(id + 31.0) - 0.5)) * cellMm;
    float d = length(p - centre);
    // Where holes are closer than a few pixels, draw their average instead of aliasing dots.
    float resolved = smoothstep(2.5, 6.0, cellMm / max(fwidth(p.x), 1e-4));
    float open = 1.0 - closure;
    float fresh = 1.0 - smoothstep(0.0, 4.0, age);
    float markCover = 3.1416 * 0.045 * 0.045 / (cellMm * cellMm);
    float mark = mix(min(markCover, 0.6), 1.0 - smoothstep(0.03, 0.06, d), resolved) * (0.25 + 0.75 * open);
    colour = mix(colour, mix(colour * 0.7, BLOOD, uBleed > 0.0 ? 0.8 : 0.2), mark * (0.35 + 0.65 * max(open, fresh)));
    // Pinpoint bleeding: a bead on each hole while the clot forms, then a dark dot for a few hours.
    float chance = uBleed >= 1.0 ? 1.0 : uBleed > 0.0 ? mix(0.4, step(0.6, nzHash12(id + 7.0)), resolved) : 0.0;
    float wet = chance * (1.0 - smoothstep(0.6, 1.0, platelets / max(platelets + 0.05, 0.1))) * (1.0 - smoothstep(0.3, 1.5, age));
    float beadCover = min(0.6, 3.1416 * 0.11 * 0.11 / (cellMm * cellMm)) * (uBleed >= 1.0 ? 1.0 : 0.4);
    float bead = mix(beadCover, 1.0 - smoothstep(0.08, 0.14, d), resolved) * max(wet, (uBleed > 0.0 ? 1.0 : 0.0) * fresh * 0.6);
    colour = mix(colour, BLOOD * (0.7 + 0.6 * smoothstep(0.1, 0.0, length(p - centre + vec2(0.03, -0.03)))), bead);
    gloss += 0.6 * bead * wet;
  }

  // An uncontrolled wound: raw, then clotted, closed under new skin, then its mark or scar.
  if (uWound.x > 0.5) {
    float dist = woundDistance(p, extent);
    float inside = 1.0 - smoothstep(-0.1, 0.1, dist);
    vec3 raw = mix(RAW, CLOT, clamp(platelets, 0.0, 1.0));
    vec3 healed = mix(uTone * vec3(1.05, 0.86, 0.84), RED * 0.8, clamp(erythema, 0.0, 1.0));
    vec3 scar = mix(healed, uTone * vec3(1.1, 1.0, 0.98) + 0.05, smoothstep(60.0, 200.0, day) * step(0.01, extent));
    vec3 woundColour = mix(raw, scar, clamp(closure, 0.0, 1.0));
    float rim = smoothstep(0.4, 0.0, abs(dist)) * (1.0 - smoothstep(-0.6, 0.0, dist));
    float relief = clamp(elevation * 2.0, -1.0, 1.0);
    woundColour *= 1.0 + 0.18 * relief - 0.25 * rim * step(relief, -0.05);
    colour = mix(colour, woundColour * (0.55 + 0.5 * diffuse), inside);
    gloss += 0.35 * inside * (1.0 - closure);
  }

  // Dryness and flaking: matte skin with pale, lifted flakes at the cells' edges.
  float flaking = window(day, uFlake);
  if (flaking > 0.0) {
    vec3 v = nzVoronoi(p * 2.4, 0.9);
    float edge = 1.0 - smoothstep(0.0, 0.07, v.x);
    float lifted = step(0.55 - 0.25 * flaking, v.z) * smoothstep(0.3, 0.9, flaking * 2.0);
    colour = mix(colour, FLAKE * (0.8 + 0.2 * diffuse), clamp(flaking * (0.25 * edge + 0.55 * edge * lifted), 0.0, 0.8));
    gloss *= 1.0 - flaking;
  }

  vec3 halfway = normalize(light + vec3(0.0, 0.0, 1.0));
  colour += gloss * pow(clamp(dot(n, halfway), 0.0, 1.0), 24.0);

  // A 10 mm scale bar, bottom left: white with a dark edge, readable on any skin tone.
  vec2 bar = p - (vec2(-0.5, -0.5) * uFieldMm + vec2(1.5, 1.5));
  float inBar = step(0.0, bar.x) * step(bar.x, 10.0) * step(0.0, bar.y) * step(bar.y, 0.45);
  float barEdge = step(-0.15, bar.x) * step(bar.x, 10.15) * step(-0.15, bar.y) * step(bar.y, 0.6);
  colour = mix(colour, vec3(0.05), barEdge);
  colour = mix(colour, vec3(1.0), inBar);

  gl_FragColor = vec4(colour, 1.0);
}
