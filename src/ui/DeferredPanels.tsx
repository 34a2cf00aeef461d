// The panels' content waits for the 3D view's first picture: rendering every panel (their
// translations, the page's first number format, model summaries) took about 0.1 s of the main
// thread on the way to that picture on software WebGL (README, Performance). Then they render as
// a transition, which React splits into short slices, so the frames that bring the full textures
// can run between them. At once when there is no 3D view (no WebGL) or no picture is coming (the
// view failed, or lost its context first); after WAIT_FOR_VIEW_MS at most (a stalled GPU). Until
// then a placeholder says they are loading and keeps their height, so the view does not resize
// under the user when they arrive.
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { firstPictureOver, useGraphicsStatus, viewPictured } from '../scene/graphicsStatus';
import { canUseWebGL } from '../scene/webglSupport';
import { useT } from '../i18n/useT';

const WAIT_FOR_VIEW_MS = 5_000;

export function DeferredPanels({ children }: { children: ReactNode }) {
  const t = useT();
  const [shown, setShown] = useState(() => !canUseWebGL() || firstPictureOver(useGraphicsStatus.getState()));
  useEffect(() => {
    if (shown) return;
    let live = true;
    void viewPictured(WAIT_FOR_VIEW_MS).then(() => { if (live) startTransition(() => setShown(true)); });
    return () => { live = false; };
  }, [shown]);
  return shown ? <>{children}</> : <p className="app__panels-pending" aria-busy="true">{t('common.app.loading')}</p>;
}
