// surface.vert.glsl — the skin seen from outside: one screen-filling quad (the surface view and
// its thumbnails). Passes the position on the skin, in mm from the centre of the patch shown.
// Uniforms: uFieldMm (width and height of the patch shown, mm).

uniform vec2 uFieldMm;
varying vec2 vSkinMm;

void main() {
  vSkinMm = (uv - 0.5) * uFieldMm;
  gl_Position = vec4(position.xy, 0.0, 1.0);
}
