// Share: the link to exactly what is shown (with Copy and a QR code) and the current picture with
// its caption as a PNG. The dialog's body follows the state only while the dialog is open, so
// playback does not redraw a hidden QR code every frame.
import { useEffect, useRef, useState } from 'react';
import { DialogButton } from '../Dialog';
import { useCorium } from '../../state/store';
import { canUseWebGL } from '../../scene/webglSupport';
import { useT } from '../../i18n/useT';
import { t as translate } from '../../i18n';
import { shareLink } from './shareLink';
import { QrCode } from './QrCode';
import { pictureCaption } from './caption';
import { canGrabFrame, capturePicture } from './capture';
import './share.css';

type Status = '' | 'copied' | 'copyFallback' | 'pictureSaved' | 'pictureFailed' | 'pictureNotReady';

/** True while the <dialog> around `ref` is open (showModal sets its `open` attribute). */
function useDialogOpen(ref: React.RefObject<HTMLElement | null>): boolean {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const dialog = ref.current?.closest('dialog');
    if (!dialog) return;
    const update = (): void => setOpen(dialog.open);
    const observer = new MutationObserver(update);
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
    update();
    return () => observer.disconnect();
  }, [ref]);
  return open;
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ShareBody() {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const open = useDialogOpen(root);
  const [status, setStatus] = useState<Status>('');
  // A string: re-renders only when the shared state changes, not on other store changes.
  const link = useCorium((s) => (open ? shareLink(s, window.location) : ''));
  useEffect(() => { if (!open) setStatus(''); }, [open]);
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
      download(blob, translate('share.fileName', { scenario: s.scenario, hours: Math.round(s.timeHours) }));
      setStatus('pictureSaved');
    } catch {
      setStatus('pictureFailed');
    }
  };

  return (
    <div ref={root} className="share">
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
      {open && <QrCode text={link} label={t('share.qr')} />}
    </div>
  );
}

export function ShareDialog() {
  const t = useT();
  return <DialogButton label={t('share.open')} title={t('share.title')}><ShareBody /></DialogButton>;
}
