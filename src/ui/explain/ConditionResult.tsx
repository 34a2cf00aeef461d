// What a course does to the condition being treated (an acne scar, a fine line, a stretch mark,
// enlarged pores): the measure studies use, its value before, now and after a year from the
// model, the change studies reported for a similar course with its evidence tag and sources, and
// the caveats in plain words. Where no study measured it (pore size), it says so.
import { useDeferredValue } from 'react';
import { days, measureFor, type IndicationMeasure } from '../../model';
import { useCorium } from '../../state/store';
import type { BlockData } from '../../state/blockData';
import { conditionPicture, conditionStateAt, type ConditionPicture } from '../../state/condition';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { formatNumber } from '../../i18n/formatNumber';

/** Decimals a measure is shown with: grades to one, percentages and micrometres whole. */
const DECIMALS: Readonly<Record<IndicationMeasure['key'], number>> = { goodmanBaronGrade: 1, lemperleGrade: 1, improvementPct: 0, poreDiameterUm: 0 };

export function ConditionResult({ data }: { data: BlockData }) {
  const picture = conditionPicture(data);
  return picture ? <ConditionNumbers data={data} picture={picture} /> : null;
}

function ConditionNumbers({ data, picture }: { data: BlockData; picture: ConditionPicture }) {
  const t = useT();
  const m = measureFor(picture.condition.id);
  const digits = DECIMALS[m.key];
  const show = (v: number): string => formatNumber(v, digits, digits);
  // Follows the clock at the shown precision only, so playback does not re-render every frame.
  const now = useDeferredValue(useCorium((s) => Number(conditionStateAt(picture, s.timeHours).value.toFixed(digits))));
  const end = conditionStateAt(picture, (data.sessionsHours.at(-1) ?? 0) + days(365)).value;
  const name = tKey(`explain.condition.measure.${m.key}`);
  return (
    <section className="explain__condition" aria-label={t('explain.condition.title')}>
      <h4>{t('explain.condition.title')}</h4>
      <p>{t('explain.condition.values', { measure: name, before: show(m.baseline), now: show(now), end: show(end) })}</p>
      <p>{m.publishedRange
        ? t('explain.condition.published', { low: show(m.publishedRange[0]), high: show(m.publishedRange[1]), unit: tKey(`explain.condition.unit.${m.key}`) })
        : t('explain.condition.unmeasured')}</p>
      <p className="explain__sources">{t('explain.condition.evidence', { tag: m.evidence, meaning: tKey(`explain.sources.evidence.${m.evidence}`), ids: m.sources.join(', ') })}</p>
      <p>{t('explain.condition.caveat')}</p>
      {picture.condition.id === 'icepick' && <p>{t('explain.condition.icepick')}</p>}
      {picture.condition.tethers > 0 && <p>{t('explain.condition.tethers')}</p>}
    </section>
  );
}
