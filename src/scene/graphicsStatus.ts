// Whether the 3D view's WebGL context is currently lost, and how often it came back. Written by
// GraphicsGuard inside the canvas, read by the DOM notice; the simulation state lives elsewhere.
import { create } from 'zustand';

export interface GraphicsStatus {
  readonly lost: boolean;
  /** Losses survived so far (the context came back each time). */
  readonly restores: number;
  setLost(lost: boolean): void;
}

export const useGraphicsStatus = create<GraphicsStatus>()((set) => ({
  lost: false,
  restores: 0,
  setLost: (lost) => set((s) => ({ lost, restores: !lost && s.lost ? s.restores + 1 : s.restores })),
}));
