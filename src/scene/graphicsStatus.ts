// Whether the 3D view's WebGL context is currently lost, and how often it came back; whether the
// view has its first picture, has stopped on an error, or has finished building itself. Written
// from inside the canvas (GraphicsGuard, TissueBlock, Staged) and by the view's error boundary;
// read by the DOM notice, the panels and background work that waits its turn; the simulation
// state lives elsewhere.
import { create } from 'zustand';

export interface GraphicsStatus {
  readonly lost: boolean;
  /** Losses survived so far (the context came back each time). */
  readonly restores: number;
  /** The view's first picture is on screen (the block in flat colours or full textures). */
  readonly pictured: boolean;
  /** The view stopped on an error (its error boundary caught it): no picture is coming. */
  readonly failed: boolean;
  /** Every structure of the view has been drawn once (its shaders compiled). */
  readonly settled: boolean;
  setLost(lost: boolean): void;
  setPictured(): void;
  setFailed(): void;
  setSettled(): void;
}

export const useGraphicsStatus = create<GraphicsStatus>()((set) => ({
  lost: false,
  restores: 0,
  pictured: false,
  failed: false,
  settled: false,
  setLost: (lost) => set((s) => ({ lost, restores: !lost && s.lost ? s.restores + 1 : s.restores })),
  setPictured: () => set({ pictured: true }),
  setFailed: () => set({ failed: true }),
  // A settled view has been pictured too (a test may settle it directly).
  setSettled: () => set({ pictured: true, settled: true }),
}));

/** performance.mark set when the main view has settled: the bench waits for it before the next load. */
export const VIEW_SETTLED_MARK = 'corium:view-settled';

/** Resolves once `reached` holds, or after `timeoutMs` if it never does (a stalled GPU). */
function viewReached(reached: (s: GraphicsStatus) => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (reached(useGraphicsStatus.getState())) return resolve();
    const timer = setTimeout(done, timeoutMs);
    const stop = useGraphicsStatus.subscribe((s) => { if (reached(s)) done(); });
    function done(): void { clearTimeout(timer); stop(); resolve(); }
  });
}

/** Nothing left to wait for before the view's first picture: it is on screen, or none is coming
 *  (the view failed, or lost its context first). */
export const firstPictureOver = (s: GraphicsStatus): boolean => s.pictured || s.failed || s.lost;
/** Resolves once firstPictureOver holds, or after `timeoutMs`. */
export const viewPictured = (timeoutMs: number): Promise<void> => viewReached(firstPictureOver, timeoutMs);
/** Resolves once the view has settled (or after `timeoutMs`). */
export const viewSettled = (timeoutMs: number): Promise<void> => viewReached((s) => s.settled, timeoutMs);

/** Staged mounts still under way (a block's structures not yet drawn once). Not a store:
 *  nothing re-renders on it; the tests read it through `__coriumSettled`. */
const staging = new Set<symbol>();
export const stagingBegan = (id: symbol): void => { staging.add(id); };
export const stagingEnded = (id: symbol): void => { staging.delete(id); };
/** No block is still mounting its structures. */
export const stagingIdle = (): boolean => staging.size === 0;
