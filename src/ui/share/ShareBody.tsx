// The Share dialog's content: the link to exactly what is shown (with Copy and a QR code) and the
// current picture with its caption as a PNG. It is mounted only while the dialog is open (and
// opening it pauses playback), so the QR code (~40 ms to encode on a slow machine) is not redrawn
// every frame. A lazy chunk (uqr, capture): loaded when Share is first opened.
import { useEffect, useRef, useState } from 'react';
import { useCorium } from '../../state/store';
import { canUseWebGL } from '../../scene/webglSupport';
import { useT } from '../../i18n/useT';
import { shareLink } from './shareLink';
import { QrCode } from './QrCode';
import { pictureCaption } from './caption';
import { canGrabFrame, capturePicture } from './capture';

type Status = '' | 'copied' | 'copyFallback' | 'pictureSaved' | 'pictureFailed' | 'pictureNotReady';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The dialog's content, mounted while the dialog is open. */
export function ShareBody() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>('');
  // A string: re-renders only when the shared state changes, not on other store changes.
  const link = useCorium((s) => shareLink(s, window.location));
  // A link is to one moment: opening Share pauses playback, so the link and its QR code hold still.
  useEffect(() => { useCorium.getState().setPlaying(false); }, []);
  const webgl = canUseWebGL();

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      input.current?.focus();
      input.current?.select();
      setStatus('copyFallback');
    }
  };

  const savePicture = async (): Promise<void> => {
    if (!canGrabFrame()) { setStatus('pictureNotReady'); return; }
    const s = useCorium.getState();
    try {
      const blob = await capturePicture(pictureCaption(s));
      download(blob, t('share.fileName', { scenario: s.scenario, hours: Math.round(s.timeHours) }));
      setStatus('pictureSaved');
    } catch {
      setStatus('pictureFailed');
    }
  };

  return (
    <div className="share">
      <p>{t('share.intro')}</p>
      <label className="share__link">
        <span>{t('share.link')}</span>
        <input ref={input} type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div className="share__actions">
        <button type="button" onClick={() => void copy()}>{t('share.copy')}</button>
        <button type="button" disabled={!webgl} aria-describedby={webgl ? undefined : 'share-picture-reason'} onClick={() => void savePicture()}>
          {t('share.picture')}
        </button>
      </div>
      {!webgl && <p id="share-picture-reason" className="share__reason">{t('share.pictureNoWebgl')}</p>}
      <p role="status" className="share__status">{status && t(`share.${status}`)}</p>
      <QrCode text={link} label={t('share.qr')} />
    </div>
  );
}

