// The presenter's pointer ring: on/off, and where it is over the 3D view (0–1 across and down).
// The presenter's pointer moves it; in the audience window the mirrored messages do.
import { create } from 'zustand';

export interface PointerState {
  /** The Pointer tool is switched on. */
  readonly on: boolean;
  /** The pointer is over the view (the ring is drawn only then). */
  readonly inside: boolean;
  readonly x: number;
  readonly y: number;
  setOn(on: boolean): void;
  moveTo(inside: boolean, x: number, y: number): void;
}

export const usePointer = create<PointerState>()((set) => ({
  on: false,
  inside: false,
  x: 0.5,
  y: 0.5,
  setOn: (on) => set({ on, inside: false }),
  moveTo: (inside, x, y) => set({ inside, x, y }),
}));
