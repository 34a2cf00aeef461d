// What a course does to the condition being treated (an acne scar, a fine line, a stretch mark,
// enlarged pores): the measure studies use, its value before, now and after a year from the
// model, the change studies reported for a similar course with its evidence tag and sources, and
// the caveats in plain words. Where no study measured it (pore size), it says so.
import { useDeferredValue } from 'react';
import { days, measureFor } from '../../model';
import { useCorium } from '../../state/store';
import type { BlockData } from '../../state/blockData';
import { conditionPicture, conditionStateAt, type ConditionPicture } from '../../state/condition';
import { useT } from '../../i18n/useT';
import { evidenceText, measureDigits, measureName, publishedText, showMeasure } from './conditionText';

export function ConditionResult({ data }: { data: BlockData }) {
  const picture = conditionPicture(data);
  return picture ? <ConditionNumbers data={data} picture={picture} /> : null;
}

function ConditionNumbers({ data, picture }: { data: BlockData; picture: ConditionPicture }) {
  const t = useT();
  const m = measureFor(picture.condition.id);
  const digits = measureDigits(m);
  const show = (v: number): string => showMeasure(m, v);
  // Follows the clock at the shown precision only, so playback does not re-render every frame.
  const now = useDeferredValue(useCorium((s) => Number(conditionStateAt(picture, s.timeHours).value.toFixed(digits))));
  const end = conditionStateAt(picture, (data.sessionsHours.at(-1) ?? 0) + days(365)).value;
  const name = measureName(m);
  return (
    <section className="explain__condition" aria-label={t('explain.condition.title')}>
      <h4>{t('explain.condition.title')}</h4>
      <p>{t('explain.condition.values', { measure: name, before: show(m.baseline), now: show(now), end: show(end) })}</p>
      <p>{publishedText(m)}</p>
      <p className="explain__sources">{evidenceText(m)}</p>
      <p>{t('explain.condition.caveat')}</p>
      {picture.condition.id === 'icepick' && <p>{t('explain.condition.icepick')}</p>}
      {picture.condition.tethers > 0 && <p>{t('explain.condition.tethers')}</p>}
      {picture.condition.vessels > 1 && <p>{t('explain.condition.redStriae')}</p>}
    </section>
  );
}
