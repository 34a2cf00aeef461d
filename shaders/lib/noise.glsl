// noise.glsl — small procedural noise kit for tissue textures: hashes, value noise, fractal
// noise and a 2D Voronoi (cells) with distance to the nearest cell border. No uniforms.
// Coordinates are whatever the caller scales them to (usually mm × cells per mm).

float nzHash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}

vec2 nzHash22(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * vec3(0.1031, 0.1030, 0.0973));
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.xx + p3.yz) * p3.zy);
}

// Smooth value noise in [0, 1].
float nzValue(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  vec2 u = f * f * (3.0 - 2.0 * f);
  float a = nzHash12(i);
  float b = nzHash12(i + vec2(1.0, 0.0));
  float c = nzHash12(i + vec2(0.0, 1.0));
  float d = nzHash12(i + vec2(1.0, 1.0));
  return mix(mix(a, b, u.x), mix(c, d, u.x), u.y);
}

// Three octaves of value noise in [0, 1].
float nzFbm(vec2 p) {
  return 0.5 * nzValue(p) + 0.3 * nzValue(p * 2.03 + 17.1) + 0.2 * nzValue(p * 4.01 + 41.7);
}

// Voronoi cells: x = distance to the nearest cell border (0 on a wall), y = distance to the
// cell's centre, z = a random id in [0, 1) per cell. `jitter` 0 gives a square grid, 1 irregular.
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
