// The charts gain a treated condition's measure: its values are the model's (conditionAt, the same
// numbers the explanation and the CLI give) on the charts' own sample times, one chart per measure
// (a boxcar beside an ice-pick scar share one; a scar beside a fine line get two), none for healthy
// skin; and the words under it give the published change, its evidence tag and its sources.
import { describe, expect, it } from 'vitest';
import { indicationResult, measureFor } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { conditionPicture } from '../../src/state/condition';
import { CHART_SIGNALS, chartCsv, chartData, conditionCharts, type ChartCondition } from '../../src/ui/charts/series';
import { formatTime } from '../../src/i18n/formatTime';
import { evidenceText, publishedText } from '../../src/ui/explain/conditionText';

const conditionOf = (id: string): ChartCondition | null => {
  const p = conditionPicture(blockDataFor(id, null));
  return p ? { indication: p.condition.id, sessions: p.sessions } : null;
};
const hoursOf = (id: string): readonly number[] => {
  const b = blockDataFor(id, null);
  return chartData([{ id, curves: b.curves, sessionsHours: b.sessionsHours }], b.spanHours).hours;
};

describe('conditionCharts', () => {
  it('draws the model’s measure over the course, ending where the CLI’s course result ends', () => {
    const id = 'acne-scars-boxcar-course';
    const hours = hoursOf(id);
    const [chart] = conditionCharts([conditionOf(id)], hours);
    expect(chart.key).toBe('goodmanBaronGrade');
    const values = chart.lines[0].values;
    expect(values[0]).toBe(measureFor('boxcar').baseline);
    // indicationResult is what the CLI prints as `indication.series`.
    const cli = indicationResult('boxcar', conditionOf(id)!.sessions, hours);
    values.forEach((v, i) => expect(v).toBeCloseTo(cli.series.value[i], 4));
    // Never worse along the course, and the final change inside the published range.
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1] + 1e-12);
    const [low, high] = measureFor('boxcar').publishedRange!;
    expect(values.at(-1)! - values[0]).toBeGreaterThanOrEqual(low);
    expect(values.at(-1)! - values[0]).toBeLessThanOrEqual(high);
  });
  it('one chart per measure: two scars share one (solid and dashed), a scar and a fine line get two, healthy skin none', () => {
    const hours = hoursOf('acne-scars-boxcar-course');
    const scars = conditionCharts([conditionOf('acne-scars-boxcar-course'), conditionOf('acne-scars-icepick-course')], hours);
    expect(scars).toHaveLength(1);
    expect(scars[0].lines.map((l) => l.block)).toEqual([0, 1]);
    expect(scars[0].lines[1].values.at(-1)).toBeGreaterThan(scars[0].lines[0].values.at(-1)!);
    expect(conditionCharts([conditionOf('acne-scars-boxcar-course'), conditionOf('fine-lines-course')], hours).map((c) => c.key))
      .toEqual(['goodmanBaronGrade', 'lemperleGrade']);
    expect(conditionCharts([conditionOf('microneedling-face-0.5mm')], hours)).toEqual([]);
    expect(conditionCharts([conditionOf('deep-incision'), conditionOf('stretch-marks-course')], hours)[0].lines[0].block).toBe(1);
  });
  it('says the published change with its evidence and sources, or that no study measured it', () => {
    expect(publishedText(measureFor('boxcar'))).toMatch(/-2\.0 to -0\.8 grades/);
    expect(evidenceText(measureFor('boxcar'))).toMatch(/Evidence V .*vondalwig2020/);
    expect(publishedText(measureFor('pores'))).toMatch(/No controlled study/);
    expect(evidenceText(measureFor('pores'))).toMatch(/Evidence D .*pores-no-outcome/);
  });
  it('the CSV carries the measure after the signals: plain for one block, id.measure for two', () => {
    const id = 'acne-scars-boxcar-course';
    const b = blockDataFor(id, null);
    const data = chartData([{ id, curves: b.curves, sessionsHours: b.sessionsHours }], b.spanHours);
    const charts = conditionCharts([conditionOf(id)], data.hours);
    const lines = chartCsv(data, formatTime, charts).trimEnd().split('\n');
    expect(lines[0].split(',').at(-1)).toBe('goodmanBaronGrade');
    expect(lines[0].split(',')).toHaveLength(2 + CHART_SIGNALS.length + 1);
    expect(Number(lines.at(-1)!.split(',').at(-1))).toBeCloseTo(charts[0].lines[0].values.at(-1)!, 4);
    const other = blockDataFor('fine-lines-course', null);
    const two = chartData([{ id, curves: b.curves, sessionsHours: b.sessionsHours }, { id: 'fine-lines-course', curves: other.curves, sessionsHours: other.sessionsHours }], b.spanHours);
    const header = chartCsv(two, formatTime, conditionCharts([conditionOf(id), conditionOf('fine-lines-course')], two.hours)).split('\n')[0].split(',');
    expect(header.slice(-2)).toEqual([`${id}.goodmanBaronGrade`, 'fine-lines-course.lemperleGrade']);
  });
});
