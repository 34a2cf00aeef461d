// The panels' content waits for the 3D view's first picture: rendering every panel (their
// translations, the page's first number format, model summaries) took about 0.1 s of the main
// thread on the way to that picture on software WebGL (README, Performance). Then they render as
// a transition, which React splits into short slices, so the frames that bring the full textures
// can run between them. At once when there is no 3D view to wait for; after WAIT_FOR_VIEW_MS
// at most (a stalled GPU). Until then a placeholder keeps the panels' height, so the view does
// not resize under the user when they arrive.
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useGraphicsStatus, viewPictured } from '../scene/graphicsStatus';
import { canUseWebGL } from '../scene/webglSupport';

const WAIT_FOR_VIEW_MS = 5_000;

export function DeferredPanels({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(() => !canUseWebGL() || useGraphicsStatus.getState().pictured);
  useEffect(() => {
    if (shown) return;
    let live = true;
    void viewPictured(WAIT_FOR_VIEW_MS).then(() => { if (live) startTransition(() => setShown(true)); });
    return () => { live = false; };
  }, [shown]);
  return shown ? <>{children}</> : <div className="app__panels-pending" />;
}
