// The audience window (`?audience`), for the projector: the 3D view and its caption only, no
// controls of its own. It shows whatever the presenter's window sends (see mirror.ts) and the
// presenter's pointer ring; until the first message it shows the default view and says it is waiting.
import { useEffect, useState } from 'react';
import { useCorium } from '../../state/store';
import { useT } from '../../i18n/useT';
import { canUseWebGL } from '../../scene/webglSupport';
import { NoWebGLFallback } from '../GraphicsNotice';
import { SceneSlot } from '../SceneSlot';
import { pictureCaption } from '../share/caption';
import { mirroredPoses } from '../../scene/cameraCommands';
import { helloMessage, openMirror } from './mirror';
import { usePointer } from './pointerStore';
import { PointerRing } from './PointerRing';
import './modes.css';

export function AudienceApp() {
  const t = useT();
  const [heard, setHeard] = useState(false);
  const mode = useCorium((s) => s.mode);
  const caption = useCorium((s) => pictureCaption(s));
  useEffect(() => {
    document.title = `${t('common.app.title')} – ${t('modes.audience.title')}`;
    const link = openMirror(() => window.opener as Window | null, (m) => {
      if (m.kind === 'state') { useCorium.getState().applyAddress(m.state, []); setHeard(true); }
      if (m.kind === 'strokes') useCorium.getState().setStrokes(m.strokes);
      if (m.kind === 'camera') mirroredPoses.send(m.pose);
      if (m.kind === 'pointer') { const p = usePointer.getState(); if (p.on !== m.on) p.setOn(m.on); p.moveTo(m.on, m.x, m.y); }
    });
    link.send(helloMessage());
    return () => link.close();
  }, [t]);
  return (
    <div className="app app--audience" data-mode={mode}>
      <main className="app__view" aria-label={t('modes.audience.title')}>
        {canUseWebGL()
          ? <SceneSlot describedBy="audience-caption" />
          : <NoWebGLFallback />}
        <PointerRing />
      </main>
      <p id="audience-caption" className="audience__caption" aria-live="polite">{heard ? caption : t('modes.audience.waiting')}</p>
    </div>
  );
}
