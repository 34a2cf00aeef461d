// noise.glsl — small procedural noise kit for tissue textures: value noise, fractal noise and a
// 2D Voronoi (cells) with distance to the nearest cell border, all read from a repeating lattice
// of random bytes (src/scene/noiseLattice.ts) instead of hashed in GLSL: a texture look-up is a
// fraction of the code a hash compiles to (software WebGL compiles every call site afresh).
// Uniforms: uNoise (sampler2D, NZ_SIZE² RGBA: r value noise, g/b cell jitter, a cell id).
// Coordinates are whatever the caller scales them to (usually mm × cells per mm); patterns
// repeat every NZ_SIZE lattice cells.

uniform sampler2D uNoise;
const float NZ_SIZE = 256.0;

// Look-ups read level 0: the lattice has no mipmaps and filters alike up close and far away, so
// the level a plain texture2D would choose changes nothing, and without it software WebGL compiles
// no screen-space derivatives into every look-up.
// The lattice texel for integer point p, sampled at its centre (so filtering leaves it exact).
vec4 nzLattice(vec2 p) { return textureLod(uNoise, (mod(p, NZ_SIZE) + 0.5) / NZ_SIZE, 0.0); }

float nzHash12(vec2 p) { return nzLattice(floor(p)).a; }

vec2 nzHash22(vec2 p) { return nzLattice(floor(p)).gb; }

// Smooth value noise in [0, 1]: the smoothstep-eased coordinate lets one bilinear look-up blend
// the four surrounding lattice values exactly as a hand-written cubic interpolation would.
float nzValue(vec2 p) {
  vec2 i = mod(floor(p), NZ_SIZE);
  vec2 f = fract(p);
  vec2 u = f * f * (3.0 - 2.0 * f);
  return textureLod(uNoise, (i + u + 0.5) / NZ_SIZE, 0.0).r;
}

// Three octaves of value noise in [0, 1].
float nzFbm(vec2 p) {
  return 0.5 * nzValue(p) + 0.3 * nzValue(p * 2.03 + 17.1) + 0.2 * nzValue(p * 4.01 + 41.7);
}

// Voronoi cells: x = distance to the nearest cell border (0 on a wall), y = distance to the
// cell's centre, z = a random id in [0, 1] per cell. `jitter` 0 gives a square grid, 1 irregular.
vec3 nzVoronoi(vec2 p, float jitter) {
  vec2 n = floor(p);
  vec2 f = fract(p);
  vec2 nearest = vec2(0.0);
  vec2 nearestCell = vec2(0.0);
  float best = 8.0;
  for (int j = -1; j <= 1; j++) {
    for (int i = -1; i <= 1; i++) {
      vec2 g = vec2(float(i), float(j));
      vec2 o = 0.5 + jitter * (nzHash22(n + g) - 0.5);
      vec2 r = g + o - f;
      float d = dot(r, r);
      if (d < best) { best = d; nearest = r; nearestCell = n + g; }
    }
  }
  float wall = 8.0;
  // A 3×3 search is exact enough for jitter ≤ 0.9 and half the cost of 5×5 on software GL.
  for (int j = -1; j <= 1; j++) {
    for (int i = -1; i <= 1; i++) {
      vec2 g = vec2(float(i), float(j));
      vec2 o = 0.5 + jitter * (nzHash22(n + g) - 0.5);
      vec2 r = g + o - f;
      vec2 d = r - nearest;
      if (dot(d, d) > 1e-5) wall = min(wall, dot(0.5 * (nearest + r), normalize(d)));
    }
  }
  return vec3(wall, length(nearest), nzHash12(nearestCell));
}
