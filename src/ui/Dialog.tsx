// A button that opens a modal dialog (native <dialog>: Escape closes it, focus is trapped by the
// browser), and returns focus to whatever had it before — the button, or wherever the focus was
// when a keyboard shortcut opened it through `handle`. The dialog's content is rendered only
// while it is open: the sources alone are 500 elements, which every page load built and hid
// (more than half of the page's DOM), on the way to the first picture. A long content is passed as
// its own component (SourcesList), so that its elements and translations are not even built while closed.
import { useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n/useT';

/** Opens the dialog from elsewhere (a keyboard shortcut). */
export interface DialogHandle { open(): void }

export function DialogButton({ label, title, children, handle, className }: {
  label: string; title: string; children: ReactNode; handle?: Ref<DialogHandle>; className?: string;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const [shown, setShown] = useState(false);
  const open = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    returnTo.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : opener.current;
    // The content is in the DOM before the dialog opens, so the browser focuses and announces it as before.
    flushSync(() => setShown(true));
    d.showModal();
  };
  useImperativeHandle(handle, () => ({ open }));
  const onClose = () => {
    setShown(false);
    const target = returnTo.current?.isConnected ? returnTo.current : opener.current;
    target?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className={className} aria-haspopup="dialog" onClick={open}>{label}</button>
      <dialog ref={dialog} className="dialog" aria-label={title} onClose={onClose}>
        <div className="dialog__head">
          <h2>{title}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>{t('common.app.close')}</button>
        </div>
        {shown && children}
      </dialog>
    </>
  );
}
