// A treated condition's measure over the course (an acne scar's grade, a wrinkle grade, a stretch
// mark's improvement, pore size), drawn like the signal charts: a line per shown block with that
// measure (the comparison dashed), the change studies reported for a similar course (or that none
// measured it), its evidence tag and sources, and a text alternative with the values.
import { useEffect, useId, useRef } from 'react';
import { measureFor, timeToAxis } from '../../model';
import { useCorium } from '../../state/store';
import { t } from '../../i18n';
import { useT } from '../../i18n/useT';
import { formatTime } from '../../i18n/formatTime';
import { evidenceText, measureName, publishedText, showMeasure } from '../explain/conditionText';
import { mountPlot, type PlotLine } from './plot';
import { coloursOf } from './SignalChart';
import type { ChartData, ConditionChart as Chart } from './series';

/** The text alternative is rewritten when the time moves by this share of the axis, not every frame. */
const SUMMARY_STEPS = 200;

export function ConditionChart({ chart, data, names, look }: { chart: Chart; data: ChartData; names: readonly string[]; look: string }) {
  const tr = useT();
  const hostRef = useRef<HTMLDivElement>(null);
  const summaryId = useId();
  const m = measureFor(chart.indication);
  const title = measureName(m);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    const lines = chart.lines.map((l): PlotLine => ({ values: l.values, label: `${title} — ${names[l.block]}`, colour: 0, dashed: l.block > 0 }));
    return mountPlot(host, { data, lines, colours: coloursOf(host), timeLabel: formatTime, valueLabel: (x) => showMeasure(m, x) },
      (hours) => useCorium.getState().setTime(hours));
  }, [chart, data, names, look, title, m]);

  return (
    <figure className="charts__chart" data-chart={`condition-${m.key}`}>
      <figcaption><strong>{title}</strong></figcaption>
      <div ref={hostRef} className="charts__plot" role="img" aria-label={tr('charts.chartLabel', { title })} aria-describedby={summaryId} />
      <ConditionSummary id={summaryId} chart={chart} data={data} names={names} />
      <p className="charts__note">{publishedText(m)}</p>
      <p className="charts__note charts__sources">{evidenceText(m)}</p>
    </figure>
  );
}

/** Index of the last sample at or before `hours`. */
const sampleAt = (hours: readonly number[], at: number): number => {
  let i = 0;
  while (i + 1 < hours.length && hours[i + 1] <= at) i++;
  return i;
};

function ConditionSummary({ id, chart, data, names }: { id: string; chart: Chart; data: ChartData; names: readonly string[] }) {
  useCorium((s) => s.lang);
  const step = useCorium((s) => Math.round(timeToAxis(s.timeHours, data.spanHours) * SUMMARY_STEPS));
  const now = sampleAt(data.hours, useCorium.getState().timeHours);
  const m = measureFor(chart.indication);
  const text = chart.lines.map((l) => t('charts.condition.summary', {
    measure: measureName(m), scenario: names[l.block], start: showMeasure(m, l.values[0]),
    end: showMeasure(m, l.values.at(-1)!), endTime: formatTime(data.spanHours), now: showMeasure(m, l.values[now]),
  })).join(' ');
  return <p id={id} className="charts__summary" data-step={step}>{text}</p>;
}
