// lib/dent.glsl — the dent of a treated condition (src/state/condition.ts, src/model/conditions.ts
// dentDepthAt): how deep the skin surface lies below the block's top at a point, so the tissue,
// the dent's own surface, fibres, cells and vessels agree on where the tissue is. Its tissue
// uniforms (uCond*) are read by tissue.frag.glsl. No dent when uDentKind is 0. The surface view
// draws the same profile (dentProfileMm) at each scar, line, stretch mark or pore it shows.
// Kinds: 1 V-shaped (ice-pick), 2 flat floor with sharp walls (boxcar), 3 sloping (rolling),
// 4 narrow groove (fine line), 5 shallow band (stretch mark), 6 funnel (enlarged pore).
uniform float uDentKind;
uniform float uDentHalfMm;
uniform float uDentDepthMm;
uniform float uDentFloor;
uniform float uDentSoft;
uniform vec2 uDentCentre;
uniform float uDentLinear;

// 0 on the dent's centre (point or line) … 1 on its rim; > 1 outside.
float dentAcross(vec2 xz) {
  if (uDentKind < 0.5) return 2.0;
  float d = uDentLinear > 0.5 ? abs(xz.x - uDentCentre.x) : length(xz - uDentCentre);
  return d / max(uDentHalfMm, 1e-4);
}

// Depth across the dent's profile, a = 0 on its centre … 1 on its rim (0 beyond), mm. The surface
// view (lib/surface-condition.glsl) lays many of these over the skin it shows.
float dentProfileMm(float a) {
  if (a >= 1.0) return 0.0;
  float f = uDentFloor;
  float D = uDentDepthMm;
  if (uDentKind < 1.5) return D * (a <= f ? 1.0 : 1.0 - (a - f) / (1.0 - f));
  // A boxcar's walls soften as it fills (uDentSoft, the model's fill): exponent 3 → 1.3.
  if (uDentKind < 2.5) return D * (a <= f ? 1.0 : max(0.0, 1.0 - pow((a - f) / (1.0 - f), mix(3.0, 1.3, uDentSoft))));
  if (uDentKind < 3.5) return D * 0.5 * (1.0 + cos(3.14159265 * a));
  if (uDentKind < 4.5) return D * exp(-(a / 0.45) * (a / 0.45));
  if (uDentKind < 5.5) return D * (a <= f ? 1.0 : 0.5 * (1.0 + cos(3.14159265 * (a - f) / (1.0 - f))));
  return D * (1.0 - a) * (1.0 - a);
}

// Depth of the skin surface below the block's top at (x, z), mm (0 outside the dent).
float dentDepthMm(vec2 xz) { return dentProfileMm(dentAcross(xz)); }
