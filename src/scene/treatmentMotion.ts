// What the needle device is doing on screen right now: a keyboard pass sweeping the block or a
// pointer drag. Shared by the DOM controls (start a pass, show the caption), the device meshes
// and the punctures (when each new puncture is revealed). Display only: no biology here.
import { create } from 'zustand';
import { prefersReducedMotion } from './motion';

/** The pen's stroke is shown at 2 Hz so the eye can follow it (the caption states the real rate). */
export const PEN_SHOWN_HZ = 2;
/** A pen sweep runs just behind the cut face so half its needles show against the section. */
export const PEN_SWEEP_Z_BEHIND_FACE_MM = 0.3;

/** Wall-clock seconds on one clock shared by the device animation and the puncture reveal. */
export const wallSeconds = (): number => performance.now() / 1000;

/** A pass sweeps the block at a speed the eye can follow (the real sweep of 4 mm takes 0.1–0.2 s). */
export const PASS_SWEEP_SECONDS = 3;
/** The device starts and ends this far outside the block edge, mm. */
export const PASS_RUN_UP_MM = 1;

export interface PassSweep {
  readonly startS: number;
  readonly fromXMm: number;
  readonly toXMm: number;
  /** Path across the surface at this z (the pen runs along the cut face so its needles show in section). */
  readonly zMm: number;
  /** An x where a roller row touches down, so the drawn drum's rows land on the laid rows. */
  readonly contactXMm?: number;
}

export interface DragPose { readonly xMm: number; readonly zMm: number; readonly headingRad: number; readonly travelMm: number }

interface TreatmentMotion {
  /** A keyboard pass being swept across the block, or null. */
  readonly sweep: PassSweep | null;
  /** The pointer's pose while the user drags a device over the block, or null. */
  readonly drag: DragPose | null;
  /** Passes the user applied with the keyboard control (seeds the next layout). */
  readonly passesApplied: number;
  startSweep(blockMm: number, zMm: number, contactXMm?: number): void;
  endSweep(): void;
  setDrag(pose: DragPose | null): void;
  resetPasses(): void;
}

export const useTreatmentMotion = create<TreatmentMotion>()((set) => ({
  sweep: null,
  drag: null,
  passesApplied: 0,
  // Under reduced motion there is no sweep: the punctures cross-fade in at once.
  startSweep: (blockMm, zMm, contactXMm) => set((s) => ({
    passesApplied: s.passesApplied + 1,
    sweep: prefersReducedMotion() ? null : { startS: wallSeconds(), fromXMm: -blockMm / 2 - PASS_RUN_UP_MM, toXMm: blockMm / 2 + PASS_RUN_UP_MM, zMm, contactXMm },
  })),
  endSweep: () => set({ sweep: null }),
  setDrag: (drag) => set({ drag }),
  resetPasses: () => set({ passesApplied: 0 }),
}));

/** Where the sweeping device is along x at a wall-clock time, and whether the sweep is over. */
export function sweepXMm(sweep: PassSweep, nowS: number): { xMm: number; done: boolean } {
  const u = (nowS - sweep.startS) / PASS_SWEEP_SECONDS;
  return { xMm: sweep.fromXMm + (sweep.toXMm - sweep.fromXMm) * Math.min(Math.max(u, 0), 1), done: u >= 1 };
}

/** When a puncture at x appears: as the sweeping device passes over it, or now. */
export function revealSeconds(xMm: number, nowS: number): number {
  const sweep = useTreatmentMotion.getState().sweep;
  if (!sweep) return nowS;
  const u = (xMm - sweep.fromXMm) / (sweep.toXMm - sweep.fromXMm);
  return sweep.startS + Math.min(Math.max(u, 0), 1) * PASS_SWEEP_SECONDS;
}
