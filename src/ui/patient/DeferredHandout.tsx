// Mounts the printed handout (hidden on screen) only once the 3D view has its picture, so its
// plan, QR code and text do not compete with the first picture for the main thread; at once when
// there is no 3D view to wait for, when the page is laid out for print, or at `beforeprint`.
import { lazy, Suspense, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { viewSettled } from '../../scene/graphicsStatus';
import { canUseWebGL } from '../../scene/webglSupport';

// The chunk itself is fetched at once (cheap, in parallel with the 3D view's): a print early on
// then finds it ready and only has to render it.
const handoutChunk = import('./PrintHandout');
const PrintHandout = lazy(() => handoutChunk);

/** The longest the handout waits for the 3D view (a stalled GPU may never settle it). */
const WAIT_FOR_VIEW_MS = 30_000;

export function DeferredHandout() {
  const [shown, setShown] = useState(() => !canUseWebGL() || window.matchMedia('print').matches);
  useEffect(() => {
    if (shown) return;
    let live = true;
    const show = (): void => { if (live) setShown(true); };
    const paper = window.matchMedia('print');
    const printing = (): void => flushSync(show);
    void viewSettled(WAIT_FOR_VIEW_MS).then(show);
    paper.addEventListener('change', show);
    window.addEventListener('beforeprint', printing);
    return () => {
      live = false;
      paper.removeEventListener('change', show);
      window.removeEventListener('beforeprint', printing);
    };
  }, [shown]);
  return shown ? <Suspense fallback={null}><PrintHandout /></Suspense> : null;
}
