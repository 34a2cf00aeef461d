// The handout's QR code of the share link. The link changes with every tick of the clock; the QR
// (milliseconds to work out) follows once the link has held still for a moment, and at once when
// printing begins, so a playing time-lapse does not work it out again in every frame.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useCorium } from '../../state/store';
import { QrCode } from '../share/QrCode';
import { shareLink } from '../share/shareLink';

/** How long the link must hold still before the QR follows it, ms. */
const SETTLE_MS = 400;

const currentLink = (): string => shareLink(useCorium.getState(), window.location);

export function HandoutQr({ label }: { label: string }) {
  const link = useCorium((s) => shareLink(s, window.location));
  const [shown, setShown] = useState(link);
  useEffect(() => {
    const id = window.setTimeout(() => setShown(link), SETTLE_MS);
    return () => window.clearTimeout(id);
  }, [link]);
  useEffect(() => {
    const now = (): void => flushSync(() => setShown(currentLink()));
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);
  return <QrCode text={shown} label={label} />;
}
