// How much detail a dermal fibre needs on screen. Pure: the scene passes in the screen scale.

/** The largest crimp a fibre is drawn with (reticular collagen's wave amplitude, fibres.vert.glsl). */
export const CRIMP_AMPLITUDE_MM = 0.005;
/** A wave smaller than this on screen is not seen; the fibre is drawn straight. */
const CRIMP_VISIBLE_PX = 0.5;

/** Is the fibres' crimp big enough to see at this screen scale (mm per pixel, at the block's nearest point)? */
export function crimpShows(mmPerPx: number): boolean {
  return CRIMP_AMPLITUDE_MM / mmPerPx >= CRIMP_VISIBLE_PX;
}
