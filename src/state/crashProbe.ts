// Test hook for the error boundaries (the scene and the page both place one, so it sits below
// both, in state/): with `?test&crash=AREA` the probe placed in AREA throws on
// every render until an error boundary's Reset disarms it (React retries a failed render once,
// so throwing only once would be swallowed). Renders nothing otherwise.
import { CRASH_AREA } from './flags';

let armed = CRASH_AREA;

/** Called by Reset: the area may come back. */
export function disarmCrashProbes(): void {
  armed = null;
}

export function CrashProbe({ area }: { area: string }) {
  if (armed === area) throw new Error(`Deliberate test crash in the ${area} (?crash=${area})`);
  return null;
}
