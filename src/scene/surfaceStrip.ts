// The strip of small pictures of the surface (days 0, 1, 2, 3, 5, 7, 14, 30, 90 and the eve of
// each later session): which moments, and the pictures once drawn. The 3D view draws them
// off-screen once per block and skin type (SurfaceView.tsx); the page shows and prints them.
import { create } from 'zustand';
import { days } from '../model';

export const STRIP_DAYS = [0, 1, 2, 3, 5, 7, 14, 30, 90] as const;
/** Day 0 is drawn a few minutes after the needles, while the pinpoint bleeding shows. */
const DAY0_HOURS = 0.1;
/** "Before session n" is an hour before it. */
const BEFORE_SESSION_HOURS = 1;

export interface StripMoment {
  readonly hours: number;
  /** Whole day after the first session / the wound (for the label). */
  readonly day: number;
  /** Set for "before session n" (n ≥ 2). */
  readonly beforeSession?: number;
}

export function stripMoments(sessionsHours: readonly number[], spanHours: number): StripMoment[] {
  const out: StripMoment[] = STRIP_DAYS.map((d) => ({ hours: d === 0 ? DAY0_HOURS : days(d), day: d }));
  sessionsHours.slice(1).forEach((h, i) => out.push({ hours: h - BEFORE_SESSION_HOURS, day: Math.round((h - BEFORE_SESSION_HOURS) / 24), beforeSession: i + 2 }));
  return out.filter((m) => m.hours <= spanHours).sort((a, b) => a.hours - b.hours);
}

export interface StripFrame extends StripMoment { readonly url: string }

interface StripState {
  /** Block key and skin type the frames show. */
  readonly key: string;
  readonly frames: readonly StripFrame[];
  setFrames(key: string, frames: readonly StripFrame[]): void;
}

export const useSurfaceStrip = create<StripState>()((set) => ({
  key: '',
  frames: [],
  setFrames: (key, frames) => set({ key, frames }),
}));
