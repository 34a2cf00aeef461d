// Whether the 3D view's WebGL context is currently lost, and how often it came back; and whether
// the view has finished building itself. Written from inside the canvas (GraphicsGuard, Staged),
// read by the DOM notice and by background work that waits its turn; the simulation state lives elsewhere.
import { create } from 'zustand';

export interface GraphicsStatus {
  readonly lost: boolean;
  /** Losses survived so far (the context came back each time). */
  readonly restores: number;
  /** The main block's first picture is on screen (flat colours or full textures). */
  readonly pictured: boolean;
  /** Every structure of the view has been drawn once (its shaders compiled). */
  readonly settled: boolean;
  setLost(lost: boolean): void;
  setPictured(): void;
  setSettled(): void;
}

export const useGraphicsStatus = create<GraphicsStatus>()((set) => ({
  lost: false,
  restores: 0,
  pictured: false,
  settled: false,
  setLost: (lost) => set((s) => ({ lost, restores: !lost && s.lost ? s.restores + 1 : s.restores })),
  setPictured: () => set({ pictured: true }),
  // A settled view has been pictured too (a test may settle it directly).
  setSettled: () => set({ pictured: true, settled: true }),
}));

/** performance.mark set when the main view has settled: the bench waits for it before the next load. */
export const VIEW_SETTLED_MARK = 'corium:view-settled';

/** Resolves once the view has reached `stage`, or after `timeoutMs` if it never does (a stalled GPU). */
function viewReached(stage: 'pictured' | 'settled', timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (useGraphicsStatus.getState()[stage]) return resolve();
    const timer = setTimeout(done, timeoutMs);
    const stop = useGraphicsStatus.subscribe((s) => { if (s[stage]) done(); });
    function done(): void { clearTimeout(timer); stop(); resolve(); }
  });
}

/** Resolves once the main block's first picture is on screen (or after `timeoutMs`). */
export const viewPictured = (timeoutMs: number): Promise<void> => viewReached('pictured', timeoutMs);
/** Resolves once the view has settled (or after `timeoutMs`). */
export const viewSettled = (timeoutMs: number): Promise<void> => viewReached('settled', timeoutMs);

/** Staged mounts still under way (a block's structures not yet drawn once). Not a store:
 *  nothing re-renders on it; the tests read it through `__coriumSettled`. */
const staging = new Set<symbol>();
export const stagingBegan = (id: symbol): void => { staging.add(id); };
export const stagingEnded = (id: symbol): void => { staging.delete(id); };
/** No block is still mounting its structures. */
export const stagingIdle = (): boolean => staging.size === 0;
