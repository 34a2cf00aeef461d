// The medical disclaimer: one short line always on screen (pinned to the foot of the panels),
// and the About dialog with the longer version, opened from the top bar.
import { useT } from '../../i18n/useT';
import { DialogButton } from '../Dialog';
import './explain.css';

export function AboutDialogButton() {
  const t = useT();
  return (
    <DialogButton label={t('explain.about.button')} title={t('explain.about.title')}>
      <p>{t('explain.about.what')}</p>
      <p>{t('explain.about.talk')}</p>
      <p>{t('explain.about.privacy')}</p>
    </DialogButton>
  );
}

export function Disclaimer() {
  const t = useT();
  return <p className="explain-disclaimer">{t('explain.disclaimer')}</p>;
}
