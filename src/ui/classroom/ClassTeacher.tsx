// The teacher's side, in presenter mode: "Start a class" (only on a page served by `npm run
// classroom`), the join dialog (link, short code, a QR big enough for the back row) and the class
// bar under the picture (one row): students connected, explore / bring back, and "Ask the class"
// (pick a question, ask) with a live bar chart of the answers (counts only), then the explanation.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { TOURS, tourById, tourKeys, type TourId } from '../tours/tours';
import { QrCode } from '../share/QrCode';
import { formatCode } from '../../classroom/protocol';
import { classServerHere, useClass } from './classStore';
import './classroom.css';

export function StartClassButton() {
  const t = useT();
  const role = useClass((s) => s.role);
  const status = useClass((s) => s.status);
  if (!classServerHere() || role === 'student') return null;
  const start = (): void => { void import('./session').then((m) => m.startTeaching(window.location.origin)); };
  return (
    <>
      {role === 'none' && <button type="button" onClick={start}>{t('classroom.start')}</button>}
      {status === 'noServer' && <span role="status">{t('classroom.noServer')}</span>}
    </>
  );
}

const QUESTIONS = TOURS.flatMap((tour) => tour.quiz.map((_, index) => ({ tour: tour.id, index })));

export function TeacherBar() {
  const t = useT();
  const { role, status, code, joinUrl, students, nicknames, exploreAllowed, question, counts, actions } = useClass();
  const join = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [pick, setPick] = useState(0);
  const [shownFor, setShownFor] = useState<string | null>(null);
  // One of the bar's two pop-ups, or neither: the question picker, or the rest (join code, nicknames, end).
  const [open, setOpen] = useState<'ask' | 'more' | null>(null);
  if (role !== 'teacher') return null;
  // The join dialog opens by itself once the class is live.
  if (status === 'live' && code && shownFor !== code) {
    setShownFor(code);
    queueMicrotask(() => { if (join.current && !join.current.open) join.current.showModal(); });
  }
  const quiz = question ? tourById(question.tour)?.quiz[question.index] : undefined;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const most = Math.max(1, ...Object.values(counts));
  const toggle = (which: 'ask' | 'more') => (): void => setOpen(open === which ? null : which);
  // Escape folds an open pop-up and gives the focus back to its button.
  const fold = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !open || (e.target as Element).closest('dialog')) return;
    document.getElementById(`${ids}-${open}-button`)?.focus();
    setOpen(null);
  };
  return (
    <>
      {/* One row (the picture keeps its height): the code, who is here, the two things a teacher does
          often; the question picker and the rarer tools open above it on demand. */}
      <section className="class-bar" aria-label={t('classroom.panel')} onKeyDown={fold}>
        <div className="class-bar__row">
          <strong className="class-bar__code">{code ? `${t('classroom.code')}: ${formatCode(code)}` : t('classroom.starting')}</strong>
          <span role="status" className="class-bar__count">
            {status === 'live' ? t('classroom.students', { count: students }) : t(`classroom.status.${status === 'starting' || status === 'idle' || status === 'noServer' ? 'connecting' : status}`)}
          </span>
          {exploreAllowed
            ? <button type="button" onClick={() => actions?.bringBack()}>{t('classroom.bringBack')}</button>
            : <button type="button" onClick={() => actions?.letExplore(true)}>{t('classroom.letExplore')}</button>}
          <button type="button" id={`${ids}-ask-button`} aria-expanded={open === 'ask'} aria-controls={`${ids}-ask`} onClick={toggle('ask')}>{t('classroom.ask')}</button>
          <button type="button" id={`${ids}-more-button`} aria-expanded={open === 'more'} aria-controls={`${ids}-more`} aria-label={t('classroom.moreLabel')} onClick={toggle('more')}>{t('classroom.more')}</button>
        </div>
        {open === 'ask' && (
          <div className="class-bar__pop" id={`${ids}-ask`}>
            <label>
              {t('classroom.question')}{' '}
              <select value={pick} onChange={(e) => setPick(Number(e.target.value))}>
                {QUESTIONS.map((q, i) => (
                  <option key={`${q.tour}-${q.index}`} value={i}>{`${tKey(tourKeys.title(q.tour as TourId))} ${q.index + 1}: ${tKey(tourKeys.question(q.tour as TourId, q.index))}`}</option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => { actions?.ask(QUESTIONS[pick].tour, QUESTIONS[pick].index); setOpen(null); }}>{t('classroom.askNow')}</button>
          </div>
        )}
        {open === 'more' && (
          <div className="class-bar__pop" id={`${ids}-more`}>
            <button type="button" onClick={() => join.current?.showModal()} disabled={!joinUrl}>{t('classroom.showJoin')}</button>
            {students > 0 && (
              <details className="class-roster">
                <summary>{t('classroom.nicknames', { count: nicknames.length })}</summary>
                {/* Nicknames are the students' own words: plain text nodes, never markup. */}
                <ul aria-label={t('classroom.nicknameList')}>
                  {nicknames.map((n, i) => <li key={`${i}-${n}`}>{n}</li>)}
                </ul>
                {students > nicknames.length && <p>{t('classroom.noNickname', { count: students - nicknames.length })}</p>}
              </details>
            )}
            <button type="button" onClick={() => actions?.leave()}>{t('classroom.endClass')}</button>
          </div>
        )}
        <dialog ref={join} className="dialog class-join" aria-label={t('classroom.joinTitle')}>
          <div className="dialog__head">
            <h2>{t('classroom.joinTitle')}</h2>
            <button type="button" onClick={() => join.current?.close()}>{t('common.app.close')}</button>
          </div>
          <p>{t('classroom.joinHint')}</p>
          {joinUrl && <p className="class-join__link"><a href={joinUrl}>{joinUrl}</a></p>}
          {code && <p className="class-join__code">{formatCode(code)}</p>}
          {joinUrl && <QrCode text={joinUrl} label={t('classroom.qr')} />}
        </dialog>
      </section>
      {/* The answers as they arrive: beside the picture in presenter mode (layout.css), never over it. */}
      {question && quiz && (
        <section className="class-question" data-testid="class-chart" aria-label={t('classroom.chart')}>
          <p className="class-question__text">{tKey(tourKeys.question(question.tour as TourId, question.index))}</p>
          <p role="status">{t('classroom.answers', { count: total })}</p>
          <ul className="class-chart" aria-label={t('classroom.chart')}>
            {quiz.options.map((o) => (
              <li key={o} className="class-chart__row">
                <span className="class-chart__label">
                  {tKey(tourKeys.option(question.tour as TourId, question.index, o))}
                  {question.reveal && o === quiz.correct ? ` (${t('classroom.correct')})` : ''}
                </span>
                <span className="class-chart__bar" style={{ width: `${((counts[o] ?? 0) / most) * 100}%` }} />
                <span className="class-chart__count" data-choice={o}>{counts[o] ?? 0}</span>
              </li>
            ))}
          </ul>
          {question.reveal
            ? <p>{tKey(tourKeys.why(question.tour as TourId, question.index, quiz.correct))}</p>
            : <button type="button" onClick={() => actions?.reveal()}>{t('classroom.reveal')}</button>}
          <button type="button" onClick={() => actions?.endQuestion()}>{t('classroom.endQuestion')}</button>
        </section>
      )}
    </>
  );
}
