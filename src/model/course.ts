// Several microneedling sessions over weeks: the tissue-level response (dermal collagen and
// epidermal thickness relative to baseline) that builds up between sessions and saturates.
// Calibrated to aust2008, lotfi2013 and facial-study-2021: tens of percent up to about double
// after 3–5 sessions at 6 months — never the unconfirmed 400% (collagen-400-unconfirmed).
import { hill } from './shapes';
import { days } from './units';

export interface SessionDose {
  readonly atHours: number;
  readonly holesPerCm2: number;
  readonly effectiveDepthMm: number;
}

/** Most the dermis can gain: about double (facial-study-2021: +102% after 4 sessions). */
const MAX_COLLAGEN_GAIN = 1;
/** One full-dose session's share of that, and how fast it builds (aust2008: visible by 6 months). */
const COLLAGEN_PER_SESSION = 0.3;
const COLLAGEN_BUILD_HALF_HOURS = days(45);
/** lotfi2013: epidermis +50% after 5 sessions; aust2008: stratum spinosum +40%. */
const MAX_EPIDERMAL_GAIN = 0.6;
const EPIDERMIS_PER_SESSION = 0.25;
const EPIDERMIS_BUILD_HALF_HOURS = days(14);
/** Dose that gives ~63% of the full stimulus: a few hundred holes per cm² (roller-dose). */
const DOSE_SCALE_HOLES_PER_CM2 = 400;
const FULL_DEPTH_MM = 1;

/** 0..1: how strongly one session stimulates the dermis (model-kinetics [D]). */
export function sessionStimulus(d: SessionDose): number {
  return (1 - Math.exp(-d.holesPerCm2 / DOSE_SCALE_HOLES_PER_CM2)) * Math.sqrt(Math.min(1, d.effectiveDepthMm / FULL_DEPTH_MM));
}

export interface TissueState {
  /** Dermal collagen relative to before the first session. */
  readonly dermalCollagen: number;
  /** Epidermal thickness relative to before the first session. */
  readonly epidermalThickness: number;
}

function saturating(sessions: readonly SessionDose[], hours: number, perSession: number, halfHours: number): number {
  let untouched = 1;
  for (const s of sessions) {
    const age = hours - s.atHours;
    if (age > 0) untouched *= 1 - perSession * sessionStimulus(s) * hill(age, halfHours, 2);
  }
  return 1 - untouched;
}

export function tissueAt(sessions: readonly SessionDose[], hours: number): TissueState {
  return {
    dermalCollagen: 1 + MAX_COLLAGEN_GAIN * saturating(sessions, hours, COLLAGEN_PER_SESSION / MAX_COLLAGEN_GAIN, COLLAGEN_BUILD_HALF_HOURS),
    epidermalThickness: 1 + MAX_EPIDERMAL_GAIN * saturating(sessions, hours, EPIDERMIS_PER_SESSION, EPIDERMIS_BUILD_HALF_HOURS),
  };
}

/**
 * Age of the wound on screen at time t (hours): since the latest session at or before t in a
 * course, or since the wound itself. Stages, signals and the picture all read this age.
 */
export function ageSinceLatestSession(sessionsHours: readonly number[], hours: number): number {
  // A loop, not filter(): the scene asks every frame, and this allocates nothing.
  let start = 0;
  for (let i = 0; i < sessionsHours.length; i++) if (sessionsHours[i]! <= hours) start = sessionsHours[i]!;
  return hours - start;
}
