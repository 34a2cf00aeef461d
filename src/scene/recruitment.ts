// Pure rules that turn the model's signals into what each drawn cell and fibre does; the
// shaders (cells.vert.glsl, fibres.vert.glsl) mirror these line for line, and the tests pin
// them. Display rules only: the biology (levels, timings) comes from the curves.
import { BASELINE } from '../model';

/** Hours a recruited cell takes from its vessel to its place: a quarter of the wound's age plus an
 *  hour, so on the log time-lapse the migration stays visible early and late (display choice). */
export function travelHours(ageHours: number): number {
  return 0.25 * Math.max(ageHours, 0) + 1;
}

export interface CellState {
  /** Drawn at all. */
  readonly present: boolean;
  /** 0 = leaving its vessel … 1 = at its place in the wound. */
  readonly recruitment: number;
  /** Size factor: cells swell in as they are recruited and shrink away (apoptosis, emigration). */
  readonly scale: number;
}

/** Levels are relative to the reference incision's peak (1 = every drawn cell of that kind). */
const FADE_BAND = 0.04;

/**
 * A cell of `rank` (0..1) given its kind's level now and one travel time ago. It is present while
 * rank < level; it set off when the level first passed its rank, so if the level was already
 * above its rank a travel time ago it has arrived, else it is the share of the way the level has
 * climbed past it since then.
 */
export function cellState(rank: number, levelNow: number, levelBefore: number): CellState {
  if (!(rank < levelNow)) return { present: false, recruitment: 0, scale: 0 };
  const recruitment = rank < levelBefore ? 1 : Math.min(1, Math.max(0, (levelNow - rank) / Math.max(levelNow - levelBefore, 1e-4)));
  const scale = 0.35 + 0.65 * Math.min(1, (levelNow - rank) / FADE_BAND);
  return { present: true, recruitment, scale };
}

/** Share of a kind's drawn population present at a level (1 = the reference peak fills it). */
export function presentShare(level: number): number {
  return Math.min(1, Math.max(0, level));
}

/** Alignment signal → how far fibres have turned from basket-weave (normal dermis) to parallel. */
export function parallelShare(alignment: number): number {
  return Math.min(1, Math.max(0, (alignment - BASELINE.alignment) / (1 - BASELINE.alignment)));
}

/** A fibre's azimuth (radians from the section plane's x axis) after alignment turns it. */
export function alignedAzimuth(azimuthRad: number, alignment: number): number {
  return azimuthRad * (1 - parallelShare(alignment));
}

export type FibreType = 'none' | 'III' | 'I';

/**
 * Which collagen a wound fibre of `rank` (0..2.5; normal dermis fills 0..1) is: ranks below
 * collagen I are type I, the next collagenIII's worth are type III, the rest not yet laid down.
 * As collagen I rises past a type III fibre's rank, it is replaced by type I.
 */
export function fibreType(rank: number, collagenI: number, collagenIII: number): FibreType {
  if (rank < collagenI) return 'I';
  if (rank < collagenI + collagenIII) return 'III';
  return 'none';
}

/** Visible length of a fibre on a section `sliceMm` thick: a fibre crossing the plane shows a
 *  short cut end (never shorter than its thickness), one lying in it shows its whole length. */
export function sectionLengthMm(lengthMm: number, thicknessMm: number, azimuthRad: number, tiltRad: number, sliceMm: number): number {
  const along = Math.cos(azimuthRad) * Math.cos(tiltRad);
  const up = Math.sin(tiltRad);
  const across = Math.abs(Math.sin(azimuthRad) * Math.cos(tiltRad));
  const inSlice = Math.min(lengthMm, sliceMm / Math.max(across, 1e-3));
  return Math.max(thicknessMm, inSlice * Math.hypot(along, up));
}
