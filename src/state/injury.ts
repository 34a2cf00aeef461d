// The block's area-level injury as its shaders draw it (uInjuryAgeHours, uInjury: the tissue, the
// vessels' hyperaemia, the featured channel on the cut face): its age now and its signals at that
// age, read from the block's curve atlas as the shaders' curveRow reads it. One value for every
// fragment and vertex of a frame, so it is worked out here once per frame (TissueBlock) rather than
// in each shader: without the look-ups and the session loops, software WebGL builds the tissue
// program faster (README Performance), and every course length is handled alike.
import { ageSinceLatestSession, lookUpAll, SIGNALS } from '../model';
import type { BlockData } from './blockData';

/** Floats in uInjury: every signal, four to a vec4 as in the atlas's rows (shaders/lib/curves.glsl). */
export const INJURY_FLOATS = SIGNALS.length;

/**
 * Age (h) of the injury at `hours`: since the uncontrolled wound, or since the latest treatment
 * session begun by then; −1 before any (the skin is unwounded).
 */
export function injuryAgeHours(data: BlockData, hours: number): number {
  // Anything but micro-channels is one lesion made at hour 0 (lesion.ts lesionOf).
  if (data.wound.kind !== 'microchannel') return hours;
  // Sessions are in course order (sessionsHoursOf), so the first says whether any has begun.
  const first = data.sessionsHours[0];
  return first !== undefined && first <= hours ? ageSinceLatestSession(data.sessionsHours, hours) : -1;
}

/** The injury's signals at `hours`, in SIGNALS order (the model's baseline before it exists), written into `out`. */
export function injurySignals(data: BlockData, hours: number, out: Float32Array): Float32Array {
  return lookUpAll(data.atlas, 0, injuryAgeHours(data, hours), out);
}

/**
 * The uniforms the block's shaders read the injury from (part of scene/blockContext.ts
 * BlockUniforms): its age in hours (−1 before any) and its signals at that age, four to a vec4.
 */
export interface InjuryUniforms {
  readonly uInjuryAgeHours: { value: number };
  readonly uInjury: { value: Float32Array };
}

/** Fresh injury uniforms, at hour 0. */
export function injuryUniforms(data: BlockData): InjuryUniforms {
  const u = { uInjuryAgeHours: { value: -1 }, uInjury: { value: new Float32Array(INJURY_FLOATS) } };
  updateInjury(data, 0, u);
  return u;
}

/** Brings the injury uniforms to `hours`: the age worked out once, then the signals at it (no allocation). */
export function updateInjury(data: BlockData, hours: number, u: InjuryUniforms): void {
  const age = injuryAgeHours(data, hours);
  u.uInjuryAgeHours.value = age;
  lookUpAll(data.atlas, 0, age, u.uInjury.value);
}
