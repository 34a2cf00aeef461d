// The handout's QR code of the share link. The handout is only ever seen on paper, and working
// out a QR code takes tens of milliseconds of the main thread (it tries all eight masks, as the
// standard asks), so it is drawn only while the page prints: from `beforeprint` (synchronously,
// before the browser lays the page out for paper; Chromium's save-as-PDF fires it too) or while
// print media applies, and dropped again after. Nothing is worked out on screen, however often
// the link changes.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useCorium } from '../../state/store';
import { QrCode } from '../share/QrCode';
import { shareLink } from '../share/shareLink';
import { isPrinting } from './printing';

function QrOfLink({ label }: { label: string }) {
  const link = useCorium((s) => shareLink(s, window.location));
  return <QrCode text={link} label={label} />;
}

export function HandoutQr({ label }: { label: string }) {
  const [printing, setPrinting] = useState(isPrinting);
  useEffect(() => {
    const paper = window.matchMedia('print');
    const follow = (): void => setPrinting(isPrinting());
    const begin = (): void => flushSync(() => setPrinting(true));
    paper.addEventListener('change', follow);
    window.addEventListener('beforeprint', begin);
    window.addEventListener('afterprint', follow);
    return () => {
      paper.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', begin);
      window.removeEventListener('afterprint', follow);
    };
  }, []);
  return printing ? <QrOfLink label={label} /> : null;
}
