// A button that opens a modal dialog (native <dialog>: Escape closes it, focus is trapped by the
// browser), and returns focus to the button when it closes.
import { useRef, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

export function DialogButton({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={opener} type="button" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>{label}</button>
      <dialog ref={dialog} className="dialog" aria-label={title} onClose={() => opener.current?.focus()}>
        <div className="dialog__head">
          <h2>{title}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>{t('common.app.close')}</button>
        </div>
        {children}
      </dialog>
    </>
  );
}
