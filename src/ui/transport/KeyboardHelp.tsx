// The keyboard: one listener for the whole page runs the shortcuts (shortcuts.ts decides, so a
// key typed into a field is never taken), and the "Keyboard shortcuts" dialog lists them with the
// switch that turns single-key shortcuts off (remembered in this browser).
import { useEffect, useId, useRef } from 'react';
import { isRtl, tKey } from '../../i18n';
import { useT } from '../../i18n/useT';
import { DialogButton, type DialogHandle } from '../Dialog';
import { runShortcut } from './actions';
import { focusPlace, shortcutFor, SHORTCUT_LIST } from './shortcuts';
import { useShortcutPreference } from './shortcutPreference';

export function KeyboardHelp() {
  const t = useT();
  const dialog = useRef<DialogHandle>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const place = document.querySelector('dialog[open]') ? { kind: 'dialog' as const, inScroller: false } : focusPlace(document.activeElement);
      const action = shortcutFor(e, place, useShortcutPreference.getState().enabled, isRtl());
      if (!action) return;
      e.preventDefault();
      runShortcut(action, () => dialog.current?.open());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <DialogButton label={t('help.shortcuts.open')} title={t('help.shortcuts.title')} handle={dialog}>
      <ShortcutList />
    </DialogButton>
  );
}

/** The dialog's content, built only while it is open. */
function ShortcutList() {
  const t = useT();
  const { enabled, setEnabled } = useShortcutPreference();
  const hintId = useId();
  return (
    <>
      <p>{t('help.shortcuts.intro')}</p>
      <label className="shortcuts__switch">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} aria-describedby={hintId} />
        {t('help.shortcuts.enable')}
      </label>
      <p id={hintId} className="shortcuts__hint">{t('help.shortcuts.enableHint')}</p>
      <table className="shortcuts">
        <thead><tr><th scope="col">{t('help.shortcuts.key')}</th><th scope="col">{t('help.shortcuts.action')}</th></tr></thead>
        <tbody>
          {SHORTCUT_LIST.map(([action, keys]) => (
            <tr key={action}>
              <td>{keys.map((k, i) => (
                <span key={k}>{i > 0 && ` ${t('help.shortcuts.or')} `}<kbd>{tKey(`help.keys.${k}`)}</kbd></span>
              ))}</td>
              <td>{tKey(`help.actions.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
