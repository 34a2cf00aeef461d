// A running tour: the caption (announced politely), "Step n of N", the step's time, Back / Next /
// Exit, then the quiz. Arrow keys go next/back and Escape exits, unless focus is in a control
// that uses those keys itself (a slider, a list, the quiz's radios, an open dialog).
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { formatTime } from '../../i18n/formatTime';
import { useTours } from './tourStore';
import { tourById, tourKeys } from './tours';
import { TourQuiz } from './TourQuiz';
import { TourReadout } from './TourReadout';

/** Keys the tour must not take from the element that has focus. */
function ownsArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('input, select, textarea, [role="slider"], [role="listbox"], [role="radiogroup"], [role="menu"], dialog[open]') !== null;
}

export function TourPlayer() {
  const t = useT();
  const tourId = useTours((s) => s.tourId);
  const stepIndex = useTours((s) => s.stepIndex);
  const phase = useTours((s) => s.phase);
  const region = useRef<HTMLElement>(null);
  const tour = tourId ? tourById(tourId) : undefined;

  // Focus moves to the tour when it starts (or another tour replaces it).
  useEffect(() => { region.current?.focus(); }, [tourId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const { phase: now, next, back, exit } = useTours.getState();
      if (e.key === 'Escape') {
        if (e.target instanceof HTMLElement && e.target.closest('dialog[open]')) return;
        e.preventDefault();
        exit();
        return;
      }
      if (now !== 'steps' || ownsArrowKeys(e.target)) return;
      const rtl = document.documentElement.dir === 'rtl';
      const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
      if (e.key === forward) { e.preventDefault(); next(); } else if (e.key === backward) { e.preventDefault(); back(); }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  if (!tour) return null;
  const { next, back, exit } = useTours.getState();
  const title = tKey(tourKeys.title(tour.id));
  const count = tour.steps.length;
  const last = stepIndex === count - 1;
  return (
    <section ref={region} className="tour" tabIndex={-1} aria-label={t('tours.player.region', { title })} data-tour={tour.id}>
      <div className="tour__head">
        <h2 className="tour__title">{title}</h2>
        <button type="button" className="tour__exit" onClick={exit}>{t('tours.player.exit')}</button>
      </div>
      {phase === 'steps' ? (
        <>
          <p className="tour__progress">
            <span className="tour__count">{t('tours.player.stepOf', { n: stepIndex + 1, count })}</span>
            <span className="tour__time"> · {formatTime(tour.steps[stepIndex].timeHours)}</span>
          </p>
          <p className="tour__caption" aria-live="polite" aria-atomic="true">
            <span key={stepIndex} className="tour__caption-text">{tKey(tourKeys.caption(tour.id, stepIndex))}</span>
          </p>
          <TourReadout step={tour.steps[stepIndex]} />
          <div className="tour__nav">
            <button type="button" onClick={back} disabled={stepIndex === 0}>{t('tours.player.back')}</button>
            <button type="button" onClick={next}>{last ? t('tours.player.toQuiz') : t('tours.player.next')}</button>
            <span className="tour__keys">{t('tours.player.keys')}</span>
          </div>
        </>
      ) : (
        <TourQuiz tour={tour} onBack={back} onClose={exit} />
      )}
    </section>
  );
}
