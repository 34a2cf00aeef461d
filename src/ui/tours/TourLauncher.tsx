// The top bar's "Tours" button: a dialog listing the guided tours; choosing one closes the
// dialog and starts it (focus moves to the tour's caption, and back to this button on exit).
// Also the patient-mode button that starts "What happens after my treatment?" directly.
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { startTour, TOURS_LAUNCHER_ID } from './tourStore';
import { TOURS, tourKeys, type TourId } from './tours';
import './tours.css';

// Other features start tours through this module (the patient-mode button: startTour('patient')).
export { startTour };

export function TourLauncher() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // Focus goes back to the launcher only when the dialog is dismissed, not when a tour starts.
  const starting = useRef(false);
  // The list is in the DOM only while the dialog is open (as DialogButton's content is).
  const [shown, setShown] = useState(false);
  const choose = (id: TourId): void => {
    starting.current = true;
    dialog.current?.close();
    startTour(id, opener.current);
  };
  return (
    <>
      <button ref={opener} id={TOURS_LAUNCHER_ID} type="button" className="tours-launcher" aria-haspopup="dialog"
        onClick={() => { starting.current = false; flushSync(() => setShown(true)); dialog.current?.showModal(); }}>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M4 19V5l8 4 8-4v14l-8-4z" />
        </svg>
        {t('tours.launcher')}
      </button>
      <dialog ref={dialog} className="dialog tours-dialog" aria-labelledby="tours-dialog-title"
        onClose={() => { setShown(false); if (!starting.current) opener.current?.focus(); }}>
        <div className="dialog__head">
          <h2 id="tours-dialog-title">{t('tours.dialog.title')}</h2>
          <button type="button" onClick={() => dialog.current?.close()}>{t('tours.dialog.close')}</button>
        </div>
        {shown && <TourList choose={choose} />}
      </dialog>
    </>
  );
}

/** The dialog's list of tours, built only while it is open. */
function TourList({ choose }: { choose: (id: TourId) => void }) {
  const t = useT();
  return (
    <>
      <p>{t('tours.dialog.intro')}</p>
      <ul className="tours-dialog__list">
        {TOURS.map((tour) => (
          <li key={tour.id}>
            <button type="button" className="tours-dialog__tour" onClick={() => choose(tour.id)}
              aria-describedby={`tour-summary-${tour.id}`}>
              {tKey(tourKeys.title(tour.id))}
            </button>
            <span id={`tour-summary-${tour.id}`} className="tours-dialog__summary">
              {tKey(tourKeys.summary(tour.id))} ({t('tours.dialog.steps', { count: tour.steps.length })})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Patient mode's button: starts the tour "What happens after my treatment?". */
export function PatientTourButton() {
  const t = useT();
  return (
    <button type="button" className="patient-tour" onClick={(e) => startTour('patient', e.currentTarget)}>
      {t('tours.patientButton')}
    </button>
  );
}
