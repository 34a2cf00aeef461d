// curves.glsl — samples a wound class's healing curves from the curve atlas (src/model/curves.ts).
// The atlas is an RGBA float texture: width = samples along a log time axis, and for each wound
// class a block of rows (four signals per row, then a stage row). A wound's signals at the
// current time are one look-up at age = uTimeHours − createdAt; no per-puncture JavaScript.
// Uniforms: uCurves (sampler2D), uCurveSamples, uCurveRows (= classes × rows per class),
// uRowsPerClass, uMaxAgeHours, uLogT0Hours.

uniform sampler2D uCurves;
uniform float uCurveSamples;
uniform float uCurveRows;
uniform float uRowsPerClass;
uniform float uMaxAgeHours;
uniform float uLogT0Hours;

// Same mapping as timeToAxis() in src/model/units.ts.
float curveAxis(float ageHours) {
  float t = clamp(ageHours, 0.0, uMaxAgeHours);
  return log(1.0 + t / uLogT0Hours) / log(1.0 + uMaxAgeHours / uLogT0Hours);
}

// Four signals of one row of a class's block, linearly interpolated between samples by hand
// (float textures are sampled NEAREST: linear filtering of floats needs an optional extension),
// at level 0 (no mipmaps: the level a plain texture2D would choose changes nothing).
// Before the wound exists (age < 0) callers should use the baseline instead.
vec4 curveRow(float classIndex, float row, float ageHours) {
  float x = curveAxis(ageHours) * (uCurveSamples - 1.0);
  float j0 = floor(x);
  float j1 = min(j0 + 1.0, uCurveSamples - 1.0);
  float y = (classIndex * uRowsPerClass + row + 0.5) / uCurveRows;
  vec4 a = textureLod(uCurves, vec2((j0 + 0.5) / uCurveSamples, y), 0.0);
  vec4 b = textureLod(uCurves, vec2((j1 + 0.5) / uCurveSamples, y), 0.0);
  return mix(a, b, x - j0);
}

// Signal rows of the atlas (CHANNEL_OF in src/model/curves.ts):
// row 0 = platelets, neutrophils, macrophages, fibroblasts
// row 1 = myofibroblasts, perfusion, erythema, vesselDensity
// row 2 = closure, collagenI, collagenIII, alignment
// row 3 = elastin, strength, extent, elevationMm
// row 4 = stage index (STAGES in src/model/healing.ts), 0, 0, 0
