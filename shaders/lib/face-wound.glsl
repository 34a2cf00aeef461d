// face-wound.glsl — the wound's section on the cut-away front face, shared by cells.vert.glsl and
// fibres.vert.glsl (mirrors src/scene/woundSites.ts and the lesion's shape in lesion.vert.glsl).
// Uniforms: uInjuryAgeHours (the area's injury now: src/state/injury.ts), uFloorKind (0 channel:
// straight walls, 1 slot: V, 2 band: flat with steep edges, 3 bowl).

uniform float uInjuryAgeHours;
uniform float uFloorKind;

// Age of a site's wound: the featured channel is needled again each session, so its age is the
// area's (since the latest session begun, or the wound); any other site's runs from its creation.
float woundAgeHours(float nowHours, float createdAtHours, float featured) {
  return featured < 0.5 ? nowHours - createdAtHours : uInjuryAgeHours;
}

// Floor depth as a share of the site's depth at `across` (0 centre … 1 edge); 0 outside.
float floorShare(float across) {
  float a = abs(across);
  if (a > 1.0) return 0.0;
  if (uFloorKind < 0.5) return 1.0;
  if (uFloorKind < 1.5) return 1.0 - a;
  if (uFloorKind < 2.5) return 1.0 - pow(a, 8.0);
  return 1.0 - a * a;
}

// How far a point of the wound moves up (raised scar) or down (pitted scar), as WoundLesion
// moves its section: the surface by elevation × (1 − across²), the floor not at all.
float scarLiftMm(float elevationMm, float across, float depthShare) {
  float fl = floorShare(across);
  if (fl <= 0.0 || depthShare > fl) return 0.0;
  return elevationMm * (1.0 - across * across) * (1.0 - depthShare / fl);
}
