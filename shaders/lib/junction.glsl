// junction.glsl — the undulating dermal–epidermal junction: rete ridges (epidermis reaching
// down) and dermal papillae (dermis reaching up) about 0.13 mm apart, ridges running mostly
// along z with irregular depth. junctionOffset(xz) is in units of the rete ridge depth, in
// [-0.5, 0.5] around the model's mean junction (+ deeper = ridge, − shallower = papilla).
// Mirrored exactly by junctionOffset() in src/scene/skinBlockGeometry.ts. No uniforms.

const float JUNCTION_WAVE_MM = 0.13;

float junctionOffset(vec2 xz) {
  float k = 6.2831853 / JUNCTION_WAVE_MM;
  float u = xz.x * k + 0.9 * sin(xz.y * k * 0.31 + 1.7) + 0.5 * sin(xz.y * k * 0.83);
  float w = xz.y * k + 0.8 * sin(xz.x * k * 0.27 + 0.4);
  float a = 0.8 + 0.2 * sin((xz.x * 0.23 + xz.y * 0.19) * k + 2.0);
  float s = sin(u) * (0.7 + 0.3 * sin(w)) * a;
  return -0.5 * sign(s) * pow(abs(s), 0.8);
}
