// The student's side: a banner that says whether they follow the teacher or explore (with the
// button to switch), what went wrong when the class can't be reached, and the teacher's question
// as a dialog (one answer, then the explanation once the teacher shows it).
import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { tourById, tourKeys, type TourId } from '../tours/tours';
import { useClass } from './classStore';
import { NicknameForm } from './ClassNickname';
import './classroom.css';

export function StudentBanner() {
  const t = useT();
  const { role, status, following, exploreAllowed, broughtBack, actions } = useClass();
  const lockedId = useId();
  if (role !== 'student') return null;
  if (status === 'ended' || status === 'full' || status === 'refused') {
    return (
      <div className="class-banner class-banner--problem" role="alert">
        <span>{t(`classroom.status.${status}`)}</span>
        <button type="button" onClick={() => actions?.leave()}>{t('classroom.student.alone')}</button>
      </div>
    );
  }
  if (status !== 'live') return <div className="class-banner" role="status">{t(`classroom.status.${status === 'reconnecting' ? 'reconnecting' : 'connecting'}`)}</div>;
  return (
    <div className={following ? 'class-banner' : 'class-banner class-banner--exploring'} role="status" data-following={following}>
      <span>
        <strong>{following ? t('classroom.student.following') : t('classroom.student.exploring')}</strong>
        {following && broughtBack ? ` ${t('classroom.student.broughtBack')}` : ''}
        {following && !exploreAllowed ? <> <span id={lockedId}>{t('classroom.student.exploreLocked')}</span></> : ''}
      </span>
      {/* Until the teacher opens exploring, the button is aria-disabled rather than disabled: it stays
          in the tab order, and its description says why it does nothing yet. */}
      {following
        ? <button type="button" className="class-banner__explore" aria-disabled={!exploreAllowed} aria-describedby={exploreAllowed ? undefined : lockedId}
          onClick={() => { if (exploreAllowed) actions?.follow(false); }}>{t('classroom.student.explore')}</button>
        : <button type="button" onClick={() => actions?.follow(true)}>{t('classroom.student.follow')}</button>}
      <NicknameForm />
    </div>
  );
}

export function QuestionDialog() {
  const t = useT();
  const { role, question, answered, actions } = useClass();
  const dialog = useRef<HTMLDialogElement>(null);
  const quiz = question ? tourById(question.tour)?.quiz[question.index] : undefined;
  const show = role === 'student' && !!question && !!quiz;
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (show && !d.open) d.show();
    if (!show && d.open) d.close();
  }, [show, question?.seq]);
  if (role !== 'student') return null;
  const id = question?.tour as TourId;
  return (
    <dialog ref={dialog} className="class-ask" aria-labelledby="class-ask-title">
      {question && quiz && (
        <form onSubmit={(e) => {
          e.preventDefault();
          const choice = new FormData(e.currentTarget).get('choice');
          if (typeof choice === 'string') actions?.answer(choice);
        }}>
          <fieldset disabled={answered !== null || question.reveal}>
            <legend id="class-ask-title">{tKey(tourKeys.question(id, question.index))}</legend>
            {quiz.options.map((o) => (
              <label key={`${question.seq}-${o}`} className="class-ask__option">
                <input type="radio" name="choice" value={o} defaultChecked={answered?.choice === o} required />
                {tKey(tourKeys.option(id, question.index, o))}
              </label>
            ))}
            {!answered && !question.reveal && <button type="submit">{t('classroom.student.answer')}</button>}
          </fieldset>
          {answered && !question.reveal && <p role="status">{t('classroom.student.answered')}</p>}
          {question.reveal && (
            <p role="status">
              <strong>{answered?.choice === quiz.correct ? t('tours.quiz.right') : t('tours.quiz.wrong')}</strong>{' '}
              {tKey(tourKeys.why(id, question.index, answered?.choice ?? quiz.correct))}
            </p>
          )}
        </form>
      )}
    </dialog>
  );
}
