// Share, in the top bar: a dialog with the link to what is shown, its QR code and the picture.
// The content (and the QR encoder) is a lazy chunk, fetched when the dialog first opens; the
// dialog mounts it only while open (DialogButton), so it never follows the state while closed.
import { lazy, Suspense } from 'react';
import { DialogButton } from '../Dialog';
import { useT } from '../../i18n/useT';
import './share.css';

const ShareBody = lazy(() => import('./ShareBody').then((m) => ({ default: m.ShareBody })));

export function ShareDialog() {
  const t = useT();
  return (
    <DialogButton label={t('share.open')} title={t('share.title')}>
      <Suspense fallback={<p role="status">{t('common.app.loading')}</p>}><ShareBody /></Suspense>
    </DialogButton>
  );
}
