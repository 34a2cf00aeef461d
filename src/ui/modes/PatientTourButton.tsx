// Patient mode's one clear starting point: the guided tour "What happens after my treatment?".
// The tours live elsewhere (src/ui/tours): the app passes `onStart`; without it the button asks
// for the tour with a `corium:start-tour` event (detail: { id: PATIENT_TOUR_ID }) on window.
import { useT } from '../../i18n/useT';

export const PATIENT_TOUR_ID = 'after-treatment';
export const START_TOUR_EVENT = 'corium:start-tour';

export function PatientTourButton({ onStart }: { onStart?: () => void }) {
  const t = useT();
  const start = (): void => {
    if (onStart) onStart();
    else window.dispatchEvent(new CustomEvent(START_TOUR_EVENT, { detail: { id: PATIENT_TOUR_ID } }));
  };
  return <button type="button" className="patient-tour" onClick={start}>{t('modes.patient.startTour')}</button>;
}
