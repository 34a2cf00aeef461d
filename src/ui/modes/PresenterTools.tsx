// Presenter mode's top-bar tools: full screen (the Fullscreen API; a refusal is said, not thrown),
// the audience window (a second window for the projector that follows this one), the pointer, and
// "Start a class" when the page came from a classroom server.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { openAudienceWindow } from './audienceWindow';
import { usePointer } from './pointerStore';
import { StartClassButton } from '../classroom/ClassTeacher';

type Status = '' | 'fullscreenRefused' | 'audienceBlocked' | 'audienceOpen';

export function PresenterTools() {
  const t = useT();
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const [status, setStatus] = useState<Status>('');
  const pointerOn = usePointer((s) => s.on);
  useEffect(() => {
    const onChange = (): void => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  // The note sits over the picture's edge (layout.css): it goes after 12 s, long enough to read twice.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 12_000);
    return () => clearTimeout(timer);
  }, [status]);
  // Leaving presenter mode puts the pointer away.
  useEffect(() => () => usePointer.getState().setOn(false), []);

  const toggleFullscreen = async (): Promise<void> => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else if (typeof document.documentElement.requestFullscreen === 'function') await document.documentElement.requestFullscreen();
      else throw new Error('no Fullscreen API');
      setStatus('');
    } catch {
      setStatus('fullscreenRefused');
    }
  };

  return (
    <div className="presenter-tools" role="group" aria-label={t('modes.presenter.tools')}>
      <button type="button" onClick={() => void toggleFullscreen()}>{t(fullscreen ? 'modes.presenter.exitFullscreen' : 'modes.presenter.fullscreen')}</button>
      {/* The shorter visible label keeps the top bar one row in Spanish at 1024 px; the name says it all. */}
      <button type="button" aria-label={t('modes.presenter.openAudience')} onClick={() => setStatus(openAudienceWindow() ? 'audienceOpen' : 'audienceBlocked')}>{t('modes.presenter.openAudienceShort')}</button>
      <button type="button" aria-pressed={pointerOn} title={t('modes.presenter.pointerHint')} onClick={() => usePointer.getState().setOn(!pointerOn)}>
        {t('modes.presenter.pointer')}
      </button>
      <StartClassButton />
      <span role="status" className="presenter-tools__status">{status && t(`modes.presenter.${status}`)}</span>
    </div>
  );
}
