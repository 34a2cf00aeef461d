// A button that opens a modal dialog (native <dialog>: Escape closes it, focus is trapped by the
// browser), and returns focus to whatever had it before — the button, or wherever the focus was
// when a keyboard shortcut opened it through `handle`.
import { useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
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
  const open = () => {
    const d = dialog.current;
    if (!d || d.open) return;
    returnTo.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : opener.current;
    d.showModal();
  };
  useImperativeHandle(handle, () => ({ open }));
  const restoreFocus = () => {
    const target = returnTo.current?.isConnected ? returnTo.current : opener.current;
    target?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className={className} aria-haspopup="dialog" onClick={open}>{label}</button>
      <dialog ref={dialog} className="dialog" aria-label={title} onClose={restoreFocus}>
        <div className="dialog__head">
          <h2>{title}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>{t('common.app.close')}</button>
        </div>
        {children}
      </dialog>
    </>
  );
}
