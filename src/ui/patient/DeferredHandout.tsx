// Mounts the printed handout (hidden on screen) only once the 3D view has its picture, so its
// plan, QR code and text do not compete with the first picture for the main thread; at once when
// there is no 3D view to wait for, when the page is laid out for print, or at `beforeprint`.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { viewSettled } from '../../scene/graphicsStatus';
import { canUseWebGL } from '../../scene/webglSupport';
import { isPrinting } from './printing';

type Handout = typeof import('./PrintHandout').PrintHandout;

// The chunk itself is fetched at once (cheap, in parallel with the 3D view's): a print early on
// then finds it ready and only has to render it. Not through React.lazy: a lazy component
// suspends on its first render even when its chunk has arrived, and at `beforeprint` the browser
// lays the page out for paper before a suspended render resumes, so an early print came out blank.
let loaded: Handout | null = null;
/** A chunk that failed to load: thrown when the handout is to show, to the error boundary. */
let failed: unknown = null;
const handoutChunk = import('./PrintHandout').then((m) => { loaded = m.PrintHandout; }, (e: unknown) => { failed = e; });

/** The longest the handout waits for the 3D view (a stalled GPU may never settle it). */
const WAIT_FOR_VIEW_MS = 30_000;

export function DeferredHandout() {
  const [shown, setShown] = useState(() => !canUseWebGL() || isPrinting());
  // Renders again when the chunk arrives, if it had not yet.
  const [, setArrived] = useState(loaded !== null);
  useEffect(() => {
    if (loaded || failed) return;
    let live = true;
    void handoutChunk.then(() => { if (live) setArrived(true); });
    return () => { live = false; };
  }, []);
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
  if (shown && failed) throw failed;
  const Loaded = loaded;
  return shown && Loaded ? <Loaded /> : null;
}
