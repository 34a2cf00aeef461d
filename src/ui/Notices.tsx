// Notices about the link that opened the app (unknown values replaced by defaults). Rendered as
// text, so markup in a malformed link is shown, never run.
import { useCorium } from '../state/store';
import { useT } from '../i18n/useT';
import { tKey } from '../i18n';

export function Notices() {
  const t = useT();
  const notices = useCorium((s) => s.notices);
  const dismiss = useCorium((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      <ul>{notices.map((n, i) => <li key={i}>{tKey(`common.notices.${n.key}`, n.values)}</li>)}</ul>
      <button type="button" onClick={dismiss}>{t('common.app.dismiss')}</button>
    </div>
  );
}
