// Deferred disposal for what a rebuilt structure replaces. Disposing a material releases its
// shader program at once when no other material uses it; the replacement built in the same React
// commit is first drawn on the next frame, so three.js would compile and link the very same program
// again — about a second of software WebGL on every scenario switch (measured: 0.9 s of a 1.4 s
// switch was spent waiting on the link). Retired resources are disposed once two frames have been
// drawn after the last retirement, by which time their replacements hold the program.
import { addAfterEffect, invalidate } from '@react-three/fiber';

const due: (() => void)[] = [];
let framesSince = 0;
let unsubscribe: (() => void) | null = null;

/** Runs `dispose` after the next two drawn frames instead of now. */
export function retire(dispose: () => void): void {
  due.push(dispose);
  framesSince = 0;
  unsubscribe ??= addAfterEffect(() => {
    if (++framesSince >= 2) flushRetired();
  });
  // The on-demand loop may be idle (a panel toggle that only unmounts): ask for those frames.
  invalidate(undefined, 2);
}

/** Disposals still waiting (for tests). */
export const retiring = (): number => due.length;

/** Disposes everything retired now (when the view goes away for good, and in tests). */
export function flushRetired(): void {
  unsubscribe?.();
  unsubscribe = null;
  for (const d of due.splice(0)) d();
}
