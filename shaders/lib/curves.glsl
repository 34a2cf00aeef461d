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

// Four signals of one row of a class's block, linearly interpolated between samples.
vec4 curveRow(float classIndex, float row, float ageHours) {
  float x = (curveAxis(ageHours) * (uCurveSamples - 1.0) + 0.5) / uCurveSamples;
  float y = (classIndex * uRowsPerClass + row + 0.5) / uCurveRows;
  return texture2D(uCurves, vec2(x, y));
}
