// One small chart of a signal group: its title and unit, a colour key of its signals, the uPlot
// drawing (an image with an accessible name) and its text alternative, which says for every
// line the highest value, when, and the value now.
import { useEffect, useId, useRef } from 'react';
import { timeToAxis } from '../../model';
import { useCorium } from '../../state/store';
import { tKey } from '../../i18n';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/formatNumber';
import { formatTime } from '../../i18n/formatTime';
import { mountPlot, type PlotColours, type PlotLine } from './plot';
import { chartSummary, signalName } from './summary';
import type { ChartData, ChartGroup, ChartScenario } from './series';

/** The text alternative is rewritten when the time moves by this share of the axis, not every frame. */
const SUMMARY_STEPS = 200;

export interface SignalChartProps {
  readonly group: ChartGroup;
  readonly data: ChartData;
  readonly scenarios: readonly ChartScenario[];
  readonly names: readonly string[];
  /** Changes when the colours or the language do, so the drawing is made again. */
  readonly look: string;
}

export function coloursOf(el: HTMLElement): PlotColours {
  const css = getComputedStyle(el);
  const v = (name: string): string => css.getPropertyValue(name).trim();
  return { lines: [v('--chart-line-1'), v('--chart-line-2')], axis: v('--chart-axis'), grid: v('--chart-grid'), font: `${v('--chart-font-size') || '11px'} ${css.fontFamily}` };
}

export function SignalChart({ group, data, scenarios, names, look }: SignalChartProps) {
  const t = useT();
  const hostRef = useRef<HTMLDivElement>(null);
  const summaryId = useId();
  const title = tKey(`charts.groups.${group.id}.title`);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    // Scenario by scenario, signal by signal: a signal keeps its colour, the comparison is dashed.
    const lines = data.scenarios.flatMap((s, k) => group.signals.map((id, i): PlotLine => ({
      values: s.values[id], label: `${signalName(id)} — ${names[k]}`, colour: i, dashed: k > 0,
    })));
    return mountPlot(host, { data, lines, yMax: group.yMax, colours: coloursOf(host), timeLabel: formatTime, valueLabel: (x) => formatNumber(x) },
      (hours) => useCorium.getState().setTime(hours));
  }, [group, data, names, look]);

  return (
    <figure className="charts__chart" data-chart={group.id}>
      <figcaption>
        <strong>{title}</strong> <span className="charts__unit">{tKey(`charts.groups.${group.id}.unit`)}</span>
      </figcaption>
      {group.signals.length > 1 && (
        <ul className="charts__signals">
          {group.signals.map((id, i) => <li key={id}><span className={`charts__swatch charts__swatch--${i + 1}`} aria-hidden="true" />{signalName(id)}</li>)}
        </ul>
      )}
      <div ref={hostRef} className="charts__plot" role="img" aria-label={t('charts.chartLabel', { title })} aria-describedby={summaryId} />
      <ChartSummary id={summaryId} group={group} data={data} scenarios={scenarios} names={names} />
    </figure>
  );
}

/** Re-renders only when the time crosses a step of the axis, so playback stays cheap. */
function ChartSummary({ id, group, data, scenarios, names }: { id: string } & Omit<SignalChartProps, 'look'>) {
  useCorium((s) => s.lang);
  const step = useCorium((s) => Math.round(timeToAxis(s.timeHours, data.spanHours) * SUMMARY_STEPS));
  const nowHours = useCorium.getState().timeHours;
  return <p id={id} className="charts__summary" data-step={step}>{chartSummary(group, data, scenarios, names, nowHours)}</p>;
}
