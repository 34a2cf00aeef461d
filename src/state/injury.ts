// The block's area-level injury as the tissue shader draws it (shaders/tissue.frag.glsl uInjury):
// its age now and its signals at that age, read from the block's curve atlas as the shaders'
// curveRow reads it. One value for every fragment of a frame, so it is worked out here once per
// frame rather than per fragment: without the look-ups and the session loop, software WebGL builds
// the tissue program faster (README Performance).
import { ageSinceLatestSession, lookUpAll, SIGNALS } from '../model';
import type { BlockData } from './blockData';
import { lesionOf } from './lesion';

/** Floats in uInjury: every signal, four to a vec4 as in the atlas's rows (shaders/lib/curves.glsl). */
export const INJURY_FLOATS = SIGNALS.length;

/**
 * Age (h) of the injury at `hours`: since the uncontrolled wound, or since the latest treatment
 * session begun by then; −1 before any (the skin is unwounded).
 */
export function injuryAgeHours(data: BlockData, hours: number): number {
  if (lesionOf(data).kind !== 'channels') return hours;
  return data.sessionsHours.some((s) => s <= hours) ? ageSinceLatestSession(data.sessionsHours, hours) : -1;
}

/** The injury's signals at `hours`, in SIGNALS order (the model's baseline before it exists), written into `out`. */
export function injurySignals(data: BlockData, hours: number, out: Float32Array): Float32Array {
  return lookUpAll(data.atlas, 0, injuryAgeHours(data, hours), out);
}
