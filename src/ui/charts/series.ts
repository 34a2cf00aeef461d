// What the Charts panel draws, as plain data: the model's signals for each shown scenario,
// sampled on the log-like time axis the scrubber uses, so the chart cursor and the slider agree.
// Pure (no React, no DOM, no uPlot): the unit tests and the CSV export read the same series.
import {
  ageSinceLatestSession, axisToTime, conditionAt, csvDocument, measureFor, signalColumns, timeToAxis,
  type IndicationId, type MeasureKey, type SessionDose, type SignalId, type Signals,
} from '../../model';

/** Samples per series: the curves are smooth, so 160 points on the log axis look continuous at panel widths. */
export const CHART_SAMPLES = 160;
/** A sample this long before each later session shows the old wound's value, so the restart draws as a step. */
export const STEP_BEFORE_HOURS = 0.01;

export type ChartGroupId = 'cells' | 'blood' | 'redness' | 'collagen' | 'structure';

export interface ChartGroup {
  readonly id: ChartGroupId;
  /** Drawn together because they share a unit. */
  readonly signals: readonly SignalId[];
  /** A fixed top of the value axis for 0..1 signals; otherwise it follows the data. */
  readonly yMax?: number;
}

/** One small chart per group, in the order healing shows them: cells, blood, redness, collagen, structure. */
export const CHART_GROUPS: readonly ChartGroup[] = [
  { id: 'cells', signals: ['neutrophils', 'macrophages'] },
  { id: 'blood', signals: ['perfusion'] },
  { id: 'redness', signals: ['erythema'], yMax: 1 },
  { id: 'collagen', signals: ['collagenI', 'collagenIII'] },
  { id: 'structure', signals: ['alignment', 'strength'], yMax: 1 },
];

/** Every signal the panel shows, in chart order (the CSV columns follow it). */
export const CHART_SIGNALS: readonly SignalId[] = CHART_GROUPS.flatMap((g) => g.signals);

/** What the charts need of a shown block: its scenario id, its wound's curves and its sessions. */
export interface ChartScenario {
  readonly id: string;
  readonly curves: { readonly at: (ageHours: number) => Signals };
  readonly sessionsHours: readonly number[];
}

export interface ScenarioSeries {
  readonly id: string;
  readonly values: Readonly<Record<SignalId, readonly number[]>>;
}

export interface ChartData {
  /** The time-lapse length the x axis spans (the scrubber's range). */
  readonly spanHours: number;
  /** Sample times, strictly increasing, shared by every scenario. */
  readonly hours: readonly number[];
  /** The same samples as positions 0..1 on the log-like axis (uPlot's x values). */
  readonly axis: readonly number[];
  readonly scenarios: readonly ScenarioSeries[];
}


export function signalAt(scenario: ChartScenario, signal: SignalId, hours: number): number {
  return scenario.curves.at(ageSinceLatestSession(scenario.sessionsHours, hours))[signal];
}

/**
 * Sample times from 0 to the span: evenly spaced on the log-like axis, plus each later session
 * and a moment before it. Sorted, strictly increasing (coinciding times are kept once).
 */
export function chartHours(spanHours: number, sessionsHours: readonly number[], samples = CHART_SAMPLES): number[] {
  const n = Math.max(2, Math.floor(samples));
  // The last sample is the span itself (not a rounding of it), so the axis ends where the scrubber does.
  const grid = Array.from({ length: n }, (_, i) => (i === n - 1 ? spanHours : axisToTime(i / (n - 1), spanHours)));
  const steps = sessionsHours.filter((s) => s > STEP_BEFORE_HOURS && s < spanHours).flatMap((s) => [s - STEP_BEFORE_HOURS, s]);
  const sorted = [...grid, ...steps].sort((a, b) => a - b);
  return sorted.filter((h, i) => i === 0 || h > sorted[i - 1]);
}

/** The series of every shown scenario on one shared set of sample times. */
export function chartData(scenarios: readonly ChartScenario[], spanHours: number, samples = CHART_SAMPLES): ChartData {
  const hours = chartHours(spanHours, scenarios.flatMap((s) => s.sessionsHours), samples);
  return {
    spanHours,
    hours,
    axis: hours.map((h) => timeToAxis(h, spanHours)),
    scenarios: scenarios.map((s) => {
      const samplesAt = hours.map((h) => s.curves.at(ageSinceLatestSession(s.sessionsHours, h)));
      const values = Object.fromEntries(CHART_SIGNALS.map((id) => [id, samplesAt.map((v) => v[id])])) as Record<SignalId, number[]>;
      return { id: s.id, values };
    }),
  };
}

export interface Peak { readonly value: number; readonly hours: number }

/** The highest value of a series and when it is first reached. */
export function peakOf(hours: readonly number[], values: readonly number[]): Peak {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return { value: values[best], hours: hours[best] };
}

/** Column prefixes for the CSV: the scenario ids, made unique when a scenario is compared with itself. */
export function seriesNames(ids: readonly string[]): string[] {
  return ids.map((id, i) => (ids.indexOf(id) === i ? id : `${id}~${i + 1}`));
}

const significant = (x: number): number => Number(x.toPrecision(6));

/**
 * The shown series as CSV: `hours`, a readable `time` (as the axis labels it), then every shown
 * signal per scenario, named like the CLI's columns (plain for one scenario, `id.signal` for two),
 * then each treated condition's measure (`goodmanBaronGrade`, or `id.goodmanBaronGrade` for two).
 */
export function chartCsv(data: ChartData, timeLabel: (hours: number) => string, conditions: readonly ConditionChart[] = []): string {
  const names = seriesNames(data.scenarios.map((s) => s.id));
  const measures = conditions.flatMap((c) => c.lines.map((l) => ({ name: names.length > 1 ? `${names[l.block]}.${c.key}` : c.key, values: l.values })));
  const header = ['hours', 'time', ...signalColumns(names, CHART_SIGNALS), ...measures.map((m) => m.name)];
  const rows = data.hours.map((h, j) => [
    Number(h.toFixed(4)), timeLabel(h), ...data.scenarios.flatMap((s) => CHART_SIGNALS.map((id) => significant(s.values[id][j]))),
    ...measures.map((m) => significant(m.values[j])),
  ]);
  return csvDocument(header, rows);
}

/** A shown block's treated condition (state/condition.ts ConditionPicture): which one and its sessions. */
export interface ChartCondition { readonly indication: IndicationId; readonly sessions: readonly SessionDose[] }

/** One chart of a condition's measure: a line per shown block treating a condition with that measure. */
export interface ConditionChart {
  readonly key: MeasureKey;
  /** The condition of the first line (its measure, range and sources are the chart's). */
  readonly indication: IndicationId;
  readonly lines: readonly { readonly block: number; readonly values: readonly number[] }[];
}

/**
 * The treated conditions' measures (indication.ts: a scar grade, a wrinkle grade, % improvement,
 * pore size) on the charts' sample times: one chart per measure, so a boxcar beside an ice-pick
 * scar share a chart and a scar beside a fine line get one each. `conditions` is per shown block
 * (null: healthy skin or a wound, no line).
 */
export function conditionCharts(conditions: readonly (ChartCondition | null)[], hours: readonly number[]): ConditionChart[] {
  const charts: { key: MeasureKey; indication: IndicationId; lines: { block: number; values: number[] }[] }[] = [];
  conditions.forEach((c, block) => {
    if (!c) return;
    const key = measureFor(c.indication).key;
    const values = hours.map((h) => conditionAt(c.indication, c.sessions, h).value);
    const chart = charts.find((ch) => ch.key === key);
    if (chart) chart.lines.push({ block, values });
    else charts.push({ key, indication: c.indication, lines: [{ block, values }] });
  });
  return charts;
}
