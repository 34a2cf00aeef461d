// The three ways to use Corium, in the top bar: Explore (students), Patient (plain words, fewer
// controls), Presenter (projector colours, audience window, pointer). The mode is in the share link.
import { useEffect } from 'react';
import { MODES, type Mode } from '../../state/url';
import { useCorium } from '../../state/store';
import { useT } from '../../i18n/useT';
import { PatientTourButton } from '../tours/TourLauncher';
import { PresenterTools } from './PresenterTools';
import './modes.css';

/** True in patient mode: components that have an expert-only part leave it out. */
export const usePatientMode = (): boolean => useCorium((s) => s.mode === 'patient');

/** Patient mode opens on the skin surface beside the section; everything else the user chose is kept. */
function enterMode(m: Mode): void {
  const s = useCorium.getState();
  s.setMode(m);
  if (m === 'patient' && s.view === 'tissue') s.setView('surface');
}

export function ModeTools() {
  const t = useT();
  const mode = useCorium((s) => s.mode);
  // Patient mode always explains in plain words.
  useEffect(() => { if (mode === 'patient') useCorium.getState().setExpert(false); }, [mode]);
  return (
    <>
      <div role="radiogroup" aria-label={t('modes.switch.label')} className="mode-switch">
        <span className="mode-switch__label" aria-hidden="true">{t('modes.switch.label')}</span>
        {MODES.map((m: Mode) => (
          <label key={m} className="mode-switch__option">
            <input type="radio" name="corium-mode" value={m} checked={mode === m} onChange={() => enterMode(m)} />
            <span>{t(`modes.switch.${m}`)}</span>
          </label>
        ))}
      </div>
      {mode === 'patient' && <PatientTourButton />}
      {mode === 'presenter' && <PresenterTools />}
    </>
  );
}
