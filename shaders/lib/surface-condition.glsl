// lib/surface-condition.glsl — the treated condition seen from outside (surface.frag.glsl): where
// the model's dents lie on the few centimetres shown, each with the model's own profile, width
// and current depth (lib/dent.glsl dentProfileMm; src/state/condition.ts sets them with the clock).
// Acne scars are scattered, at most one per square of uCondSpread.x mm, a share uCondSpread.y of
// the squares holding one; fine lines (across) and stretch marks (on a slant) run uCondSpread.x mm
// apart, gently wavy, broken into lengths with tapering ends (a share uCondSpread.y of their
// length is marked). Enlarged pores are drawn by surface.frag on its own pores (poreDent).
// Needs lib/dent.glsl and lib/noise.glsl. Uniforms: uCondSpread (spacing mm, share), uPoreScale
// (the pore opening over the texture's drawn pore, src/state/condition.ts).

uniform vec2 uCondSpread;
uniform float uPoreScale;

// At p: x = depth below the skin around (mm), y = the mark's half-width there (mm), z = how much
// p is inside a mark (0..1, for the scar's smooth floor and a stretch mark's colour).
vec3 conditionDent(vec2 p) {
  if (uDentKind < 0.5 || uDentKind > 5.5) return vec3(0.0, 1.0, 0.0);
  float c = uCondSpread.x;
  float h = uDentHalfMm;
  if (uDentKind < 3.5) {
    // Kept inside its square, a scar is only ever looked for in the square p falls in.
    vec2 id = floor(p / c);
    if (nzHash12(id + 13.0) > uCondSpread.y) return vec3(0.0, h, 0.0);
    vec2 centre = id * c + h + max(c - 2.0 * h, 0.0) * nzHash22(id + 5.0);
    float a = length(p - centre) / h;
    return vec3(dentProfileMm(a), h, 1.0 - smoothstep(0.85, 1.0, a));
  }
  vec2 q = uDentKind < 4.5 ? p : vec2(0.87 * p.x + 0.5 * p.y, -0.5 * p.x + 0.87 * p.y);
  float row = floor(q.y / c + 0.5);
  float y = q.y - row * c - 0.25 * c * (nzValue(vec2(q.x * 0.08, row * 3.1)) - 0.5);
  float along = nzValue(vec2(q.x / (2.5 * c), row * 7.3 + 11.0));
  float present = smoothstep(0.9 - uCondSpread.y, 1.1 - uCondSpread.y, along);
  float hw = h * (0.35 + 0.65 * present);
  float a = abs(y) / hw;
  return vec3(dentProfileMm(a) * present, hw, present * (1.0 - smoothstep(0.85, 1.0, a)));
}

// An enlarged pore's funnel at a pore of the texture (nzVoronoi in cells of cellMm): depth and
// half-width as conditionDent. `share` of the pores are enlarged; the opening is the model's (uPoreScale).
vec3 poreDent(vec3 pore, float cellMm, float drawnPoreMm) {
  if (uDentKind < 5.5 || pore.z > uCondSpread.y) return vec3(0.0, 1.0, 0.0);
  float h = 0.5 * uPoreScale * drawnPoreMm;
  float a = pore.y * cellMm / max(h, 1e-3);
  return vec3(dentProfileMm(a), h, 1.0 - smoothstep(0.85, 1.0, a));
}

// How much of the light from direction `light` reaches p, in a mark `depth` mm deep: the rim
// between p and the light casts a shadow where it stands above the ray (boxcar walls, ice-pick
// pits, a fine line's furrow). Six steps toward the light, out to where no rim could reach.
float conditionLit(vec2 p, float depth, vec3 light) {
  if (depth <= 0.0) return 1.0;
  vec2 toward = normalize(light.xy);
  float rise = light.z / length(light.xy);
  float reach = depth / rise;
  float over = -1.0;
  for (int i = 1; i <= 6; i++) {
    float s = reach * float(i) / 6.0;
    over = max(over, depth - conditionDent(p + toward * s).x - s * rise);
  }
  return 1.0 - smoothstep(0.0, 0.03, over);
}

// The share of the sky the floor of a mark `depth` deep and `hw` half-wide sees (its opening seen
// from the bottom): a narrow, deep ice-pick pit or pore is dark even in its unshadowed half.
float conditionSky(float depth, float hw) {
  return hw * hw / (hw * hw + depth * depth);
}
