// "What to expect": the patient plan for what is on screen — the skin type, the surface view
// and its strip, the day-by-day signs and advice with their sources, and printing a handout
// (with an optional name and note that stay on this device, in memory only).
import { useId } from 'react';
import { useCorium } from '../../state/store';
import { useT } from '../../i18n/useT';
import { SkinTypeSelect } from './SkinTypeSelect';
import { SurfaceStrip } from './SurfaceStrip';
import { stripReady } from '../../scene/surfaceStrip';
import { useBlocks } from '../../state/useBlocks';
import { PlanList } from './PlanList';
import { usePatientPlan } from './usePatientPlan';
import { usePrintNote } from './printNote';
import './patient.css';

/** The longest the Print button waits for the strip's pictures before printing without them. */
const PRINT_WAIT_MS = 5000;

export function PlanPanel() {
  const t = useT();
  const { text } = usePatientPlan();
  const view = useCorium((s) => s.view);
  const setView = useCorium((s) => s.setView);
  return (
    <div className="plan-panel">
      <p>{t('plan.panel.intro')}</p>
      <SkinTypeSelect />
      <button type="button" aria-pressed={view === 'surface'} onClick={() => setView(view === 'surface' ? 'tissue' : 'surface')}>{t('plan.surface.show')}</button>
      <h3>{t('plan.surface.strip')}</h3>
      <SurfaceStrip />
      <p className="plan__note">{t('plan.surface.stripNote')}</p>
      <PlanList text={text} />
      <PrintControls />
    </div>
  );
}

function PrintControls() {
  const t = useT();
  const id = useId();
  const name = usePrintNote((s) => s.name);
  const note = usePrintNote((s) => s.note);
  const set = usePrintNote((s) => s.set);
  const { primary } = useBlocks();
  const skinType = useCorium((s) => s.skinType);
  // The handout's strip is drawn for paper only: printing waits for it (a few tenths of a second).
  const print = (): void => { void stripReady(primary, skinType, PRINT_WAIT_MS).then(() => window.print()); };
  return (
    <fieldset className="plan__print">
      <legend>{t('plan.print.heading')}</legend>
      {/* autocomplete off: the browser must not remember a patient's name either. */}
      <label htmlFor={`${id}-name`}>{t('plan.print.name')}</label>
      <input id={`${id}-name`} type="text" autoComplete="off" value={name} onChange={(e) => set({ name: e.target.value })} />
      <label htmlFor={`${id}-note`}>{t('plan.print.note')}</label>
      <textarea id={`${id}-note`} autoComplete="off" rows={2} value={note} onChange={(e) => set({ note: e.target.value })} />
      <p className="plan__note">{t('plan.print.privacy')}</p>
      <button type="button" onClick={print}>{t('plan.print.button')}</button>
    </fieldset>
  );
}

export default PlanPanel;
