// The short quiz after a tour: one radio group per question, "Check" marks each answer right or
// wrong with the explanation of the chosen answer (each wrong one says what is true instead),
// and a score; "Try again" clears, "Close" ends the tour.
import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { tourKeys, type Tour } from './tours';

export function scoreOf(tour: Tour, answers: Readonly<Record<number, string>>): number {
  return tour.quiz.filter((q, i) => answers[i] === q.correct).length;
}

export function TourQuiz({ tour, onBack, onClose }: { tour: Tour; onBack: () => void; onClose: () => void }) {
  const t = useT();
  const [answers, setAnswers] = useState<Record<number, string>>({});
  const [checked, setChecked] = useState(false);
  const [missing, setMissing] = useState(false);
  const result = useRef<HTMLParagraphElement>(null);
  const first = useRef<HTMLFieldSetElement>(null);

  const check = (): void => {
    if (tour.quiz.some((_, i) => answers[i] === undefined)) { setMissing(true); return; }
    setMissing(false);
    setChecked(true);
    queueMicrotask(() => result.current?.focus());
  };
  const retry = (): void => {
    setAnswers({});
    setChecked(false);
    setMissing(false);
    queueMicrotask(() => first.current?.querySelector('input')?.focus());
  };

  return (
    <div className="tour-quiz">
      <h3 className="tour-quiz__title">{t('tours.quiz.title')}</h3>
      {tour.quiz.map((q, qi) => {
        const chosen = answers[qi];
        const right = chosen === q.correct;
        return (
          <fieldset key={qi} ref={qi === 0 ? first : undefined} className="tour-quiz__question" role="radiogroup">
            <legend>{tKey(tourKeys.question(tour.id, qi))}</legend>
            {q.options.map((o) => (
              <label key={o} className="tour-quiz__option">
                <input type="radio" name={`tour-quiz-${tour.id}-${qi}`} value={o} checked={chosen === o}
                  onChange={() => { setAnswers((a) => ({ ...a, [qi]: o })); setChecked(false); }} />
                {tKey(tourKeys.option(tour.id, qi, o))}
              </label>
            ))}
            {checked && chosen !== undefined && (
              <p className={right ? 'tour-quiz__feedback tour-quiz__feedback--right' : 'tour-quiz__feedback tour-quiz__feedback--wrong'}>
                <strong>{right ? t('tours.quiz.right') : t('tours.quiz.wrong')}</strong>{' '}
                {tKey(tourKeys.why(tour.id, qi, chosen))}
              </p>
            )}
          </fieldset>
        );
      })}
      <p ref={result} className="tour-quiz__score" role="status" tabIndex={-1}>
        {checked ? t('tours.quiz.score', { score: scoreOf(tour, answers), count: tour.quiz.length }) : missing ? t('tours.quiz.answerAll') : ''}
      </p>
      <div className="tour__nav">
        <button type="button" onClick={onBack}>{t('tours.player.back')}</button>
        {checked
          ? <button type="button" onClick={retry}>{t('tours.quiz.tryAgain')}</button>
          : <button type="button" onClick={check}>{t('tours.quiz.check')}</button>}
        <button type="button" onClick={onClose}>{t('tours.quiz.close')}</button>
      </div>
    </div>
  );
}
