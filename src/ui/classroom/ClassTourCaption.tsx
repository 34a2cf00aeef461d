// A student following the teacher sees the caption of the tour step on the teacher's screen
// (read-only: the teacher moves the steps; the picture already follows through the room's
// address). Styled as the tour card, so it docks where a tour would on every screen.
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { formatTime } from '../../i18n/formatTime';
import { tourById, tourKeys } from '../tours/tours';
import { useClass } from './classStore';

export function TeacherTourCaption() {
  const t = useT();
  const show = useClass((s) => s.role === 'student' && s.status === 'live' && s.following);
  const at = useClass((s) => s.teacherTour);
  const tour = at ? tourById(at.id) : undefined;
  if (!show || !at || !tour || !tour.steps[at.step]) return null;
  const title = tKey(tourKeys.title(tour.id));
  return (
    <section className="tour class-tour" aria-label={t('classroom.student.tourRegion', { title })} data-tour={tour.id} data-step={at.step}>
      <h2 className="tour__title">{title}</h2>
      <p className="tour__progress">
        <span className="tour__count">{t('tours.player.stepOf', { n: at.step + 1, count: tour.steps.length })}</span>
        <span className="tour__time"> · {formatTime(tour.steps[at.step].timeHours)}</span>
      </p>
      <p className="tour__caption" aria-live="polite" aria-atomic="true">
        <span key={`${tour.id}-${at.step}`} className="tour__caption-text">{tKey(tourKeys.caption(tour.id, at.step))}</span>
      </p>
    </section>
  );
}
