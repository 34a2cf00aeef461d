// Notices about the link that opened the app (unknown values replaced by defaults). Rendered as
// text, so markup in a malformed link is shown, never run.
import { useCorium } from '../state/store';
import { useT } from '../i18n/useT';
import { tKey } from '../i18n';
import { SCENE_CONTROL_ATTR } from '../scene/overlayId';

export function Notices() {
  const t = useT();
  const notices = useCorium((s) => s.notices);
  const dismiss = useCorium((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    // Over the 3D view's top corner: the scene's labels keep off it.
    <div className="notices" role="alert" {...{ [SCENE_CONTROL_ATTR]: '' }}>
      <ul>{notices.map((n, i) => <li key={i}>{tKey(`common.notices.${n.key}`, n.values)}</li>)}</ul>
      <button type="button" onClick={dismiss}>{t('common.app.dismiss')}</button>
    </div>
  );
}
