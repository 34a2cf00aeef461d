// The words around a treated condition's measure, shared by the explanation and the charts: how
// many decimals it is shown with, the change studies reported (or that none measured it), and its
// evidence tag and sources.
import type { IndicationMeasure } from '../../model';
import { t, tKey } from '../../i18n';
import { formatNumber } from '../../i18n/formatNumber';

/** Decimals a measure is shown with: grades to one, percentages and micrometres whole. */
const DECIMALS: Readonly<Record<IndicationMeasure['key'], number>> = { goodmanBaronGrade: 1, lemperleGrade: 1, improvementPct: 0, poreDiameterUm: 0 };

export const measureDigits = (m: IndicationMeasure): number => DECIMALS[m.key];

/** A value of the measure as shown ("2.3", "38"). */
export const showMeasure = (m: IndicationMeasure, v: number): string => formatNumber(v, DECIMALS[m.key], DECIMALS[m.key]);

export const measureName = (m: IndicationMeasure): string => tKey(`explain.condition.measure.${m.key}`);

/** The change studies reported for a similar course, or, where none measured it, that the value is an assumption. */
export function publishedText(m: IndicationMeasure): string {
  return m.publishedRange
    ? t('explain.condition.published', { low: showMeasure(m, m.publishedRange[0]), high: showMeasure(m, m.publishedRange[1]), unit: tKey(`explain.condition.unit.${m.key}`) })
    : t('explain.condition.unmeasured');
}

export const evidenceText = (m: IndicationMeasure): string =>
  t('explain.condition.evidence', { tag: m.evidence, meaning: tKey(`explain.sources.evidence.${m.evidence}`), ids: m.sources.join(', ') });
