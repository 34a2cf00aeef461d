// Share, in the top bar: a dialog with the link to what is shown, its QR code and the picture.
// The content (and the QR encoder) is a lazy chunk, fetched when the dialog first opens.
import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { DialogButton } from '../Dialog';
import { useT } from '../../i18n/useT';
import './share.css';

const ShareBody = lazy(() => import('./ShareBody').then((m) => ({ default: m.ShareBody })));

/** True while the <dialog> around `ref` is open (showModal sets its `open` attribute). */
function useDialogOpen(ref: RefObject<HTMLElement | null>): boolean {
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

function ShareContent() {
  const t = useT();
  const anchor = useRef<HTMLDivElement>(null);
  const open = useDialogOpen(anchor);
  const [opened, setOpened] = useState(false);
  useEffect(() => { if (open) setOpened(true); }, [open]);
  return (
    <div ref={anchor}>
      {opened && <Suspense fallback={<p role="status">{t('common.app.loading')}</p>}><ShareBody open={open} /></Suspense>}
    </div>
  );
}

export function ShareDialog() {
  const t = useT();
  return <DialogButton label={t('share.open')} title={t('share.title')}><ShareContent /></DialogButton>;
}
