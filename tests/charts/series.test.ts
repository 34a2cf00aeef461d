// The Charts panel's data, without a browser: sampling on the log-like time axis (with a step at
// each later session), both compared scenarios on one set of times, the CSV (header, rows,
// quoting) and the words of the text alternative.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageSinceLatestSession, axisToTime, BASELINE, csvDocument, MAX_AGE_HOURS, timeToAxis, SCENARIO_IDS } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import {
  CHART_GROUPS, CHART_SAMPLES, CHART_SIGNALS, STEP_BEFORE_HOURS, chartCsv, chartData, chartHours, peakOf, seriesNames, signalAt,
  type ChartScenario,
} from '../../src/ui/charts/series';
import { chartSummary } from '../../src/ui/charts/summary';
import { formatTime } from '../../src/i18n/formatTime';

const scenarioOf = (id: string): ChartScenario => {
  const b = blockDataFor(id, null);
  return { id: b.scenario.id, curves: b.curves, sessionsHours: b.sessionsHours };
};
const spanOf = (...ids: string[]): number => Math.max(...ids.map((id) => blockDataFor(id, null).spanHours));

/** Parses our CSV (quoted fields may hold commas); enough for what chartCsv writes. */
function parseCsv(text: string): string[][] {
  return text.trimEnd().split('\n').map((line) => [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
    .filter((m, i, all) => !(m[0] === '' && i === all.length - 1))
    .map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1])));
}

describe('chartHours: samples on the log-like axis', () => {
  it('without sessions: exactly CHART_SAMPLES times, 0 to the span, evenly spaced on the axis', () => {
    const span = 8760;
    const hours = chartHours(span, []);
    expect(hours).toHaveLength(CHART_SAMPLES);
    expect(hours[0]).toBe(0);
    expect(hours.at(-1)).toBeCloseTo(span, 6);
    const steps = hours.slice(1).map((h, i) => timeToAxis(h, span) - timeToAxis(hours[i], span));
    for (const s of steps) expect(s).toBeCloseTo(1 / (CHART_SAMPLES - 1), 9);
    // Log-like: a fifth of the samples fall in the first day, far more than a linear axis would give.
    expect(hours.filter((h) => h <= 24).length).toBeGreaterThan(CHART_SAMPLES / 5);
  });

  it('adds each later session and a moment before it, so a course draws its restarts as steps', () => {
    const sessions = [0, 672, 1344, 2016];
    const hours = chartHours(10776, sessions);
    expect(hours).toHaveLength(CHART_SAMPLES + 2 * 3);
    for (const s of sessions.slice(1)) {
      expect(hours).toContain(s);
      expect(hours).toContain(s - STEP_BEFORE_HOURS);
    }
  });

  it('property: times strictly increase, start at 0, end at the span, for any span, sessions and sample count', () => {
    fc.assert(fc.property(
      fc.double({ min: 1, max: MAX_AGE_HOURS, noNaN: true }),
      fc.array(fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }), { maxLength: 6 }),
      fc.integer({ min: 2, max: 400 }),
      (span, sessions, samples) => {
        const hours = chartHours(span, [...sessions].sort((a, b) => a - b), samples);
        expect(hours[0]).toBe(0);
        expect(hours.at(-1)).toBeCloseTo(span, 6);
        for (let i = 1; i < hours.length; i++) expect(hours[i]).toBeGreaterThan(hours[i - 1]);
      },
    ));
  });
});

describe('chartData: both scenarios on one set of times', () => {
  it('property: for any pair of scenarios, x strictly increases and every value is finite', () => {
    fc.assert(fc.property(fc.constantFrom(...SCENARIO_IDS), fc.option(fc.constantFrom(...SCENARIO_IDS), { nil: null }), (a, b) => {
      const ids = b ? [a, b] : [a];
      const data = chartData(ids.map(scenarioOf), spanOf(...ids), 60);
      expect(data.scenarios.map((s) => s.id)).toEqual(ids);
      expect(data.axis).toHaveLength(data.hours.length);
      for (let i = 1; i < data.axis.length; i++) expect(data.axis[i]).toBeGreaterThan(data.axis[i - 1]);
      for (const s of data.scenarios) {
        for (const id of CHART_SIGNALS) {
          expect(s.values[id]).toHaveLength(data.hours.length);
          expect(s.values[id].every(Number.isFinite), `${s.id} ${id}`).toBe(true);
        }
      }
    }), { numRuns: 25 });
  });

  it('each series is the model read at the wound age: a cut differs from microneedling, and a course restarts at its sessions', () => {
    const cut = scenarioOf('deep-incision');
    const course = scenarioOf('microneedling-course-4x');
    const data = chartData([cut, course], spanOf('deep-incision', 'microneedling-course-4x'));
    const day2 = data.hours.findIndex((h) => h >= 48);
    expect(data.scenarios[0].values.neutrophils[day2]).toBeCloseTo(cut.curves.at(data.hours[day2]).neutrophils, 12);
    // A deep cut calls in far more immune cells than 0.5 mm needles.
    expect(peakOf(data.hours, data.scenarios[0].values.neutrophils).value).toBeGreaterThan(3 * peakOf(data.hours, data.scenarios[1].values.neutrophils).value);
    // At the second session the course's wound is new again: its age is 0, not four weeks.
    expect(ageSinceLatestSession(course.sessionsHours, 672)).toBe(0);
    expect(ageSinceLatestSession(course.sessionsHours, 671)).toBe(671);
    const at = data.hours.indexOf(672);
    expect(data.scenarios[1].values.erythema[at]).toBeCloseTo(course.curves.at(0).erythema, 12);
    expect(signalAt(course, 'erythema', 672 + 24)).toBeCloseTo(course.curves.at(24).erythema, 12);
  });

  it('before anything happened the skin is at its baseline', () => {
    const data = chartData([scenarioOf('deep-incision')], 8760);
    expect(data.scenarios[0].values.perfusion[0]).toBeCloseTo(scenarioOf('deep-incision').curves.at(0).perfusion, 12);
    expect(scenarioOf('deep-incision').curves.at(-1).perfusion).toBe(BASELINE.perfusion);
  });

  it('the groups show cells, blood flow, redness, collagen I/III, alignment and strength, each once', () => {
    expect([...CHART_SIGNALS].sort()).toEqual(['alignment', 'collagenI', 'collagenIII', 'erythema', 'macrophages', 'neutrophils', 'perfusion', 'strength']);
    expect(new Set(CHART_GROUPS.map((g) => g.id)).size).toBe(CHART_GROUPS.length);
  });
});

describe('peakOf', () => {
  it('finds the highest value and when it is first reached', () => {
    expect(peakOf([0, 1, 2, 3], [0, 5, 5, 1])).toEqual({ value: 5, hours: 1 });
    expect(peakOf([0, 1], [2, 1])).toEqual({ value: 2, hours: 0 });
  });
});

describe('chartCsv', () => {
  it('one scenario: hours, time, then the shown signals by their model names; one row per sample', () => {
    const data = chartData([scenarioOf('deep-incision')], 8760);
    const rows = parseCsv(chartCsv(data, formatTime));
    expect(rows[0]).toEqual(['hours', 'time', ...CHART_SIGNALS]);
    expect(rows).toHaveLength(1 + data.hours.length);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const j = 100;
    expect(Number(rows[1 + j][0])).toBeCloseTo(data.hours[j], 3);
    expect(rows[1 + j][1]).toBe(formatTime(data.hours[j]));
    expect(Number(rows[1 + j][2 + CHART_SIGNALS.indexOf('collagenI')])).toBeCloseTo(data.scenarios[0].values.collagenI[j], 5);
  });

  it('two scenarios: columns prefixed by scenario id like the CLI (`id.signal`), the comparison after the first', () => {
    const data = chartData([scenarioOf('deep-incision'), scenarioOf('microneedling-course-4x')], spanOf('deep-incision', 'microneedling-course-4x'));
    const rows = parseCsv(chartCsv(data, formatTime));
    expect(rows[0]).toEqual(['hours', 'time', ...CHART_SIGNALS.map((s) => `deep-incision.${s}`), ...CHART_SIGNALS.map((s) => `microneedling-course-4x.${s}`)]);
    expect(rows).toHaveLength(1 + data.hours.length);
    const j = data.hours.indexOf(1344);
    expect(Number(rows[1 + j][2 + CHART_SIGNALS.length + CHART_SIGNALS.indexOf('strength')])).toBeCloseTo(data.scenarios[1].values.strength[j], 5);
  });

  it('times with a comma ("Day 3, 6 h") are quoted, so every row keeps its column count', () => {
    const text = chartCsv(chartData([scenarioOf('deep-incision')], 8760), formatTime);
    expect(text).toMatch(/\n[\d.]+,"Day \d+, \d+ h",/);
    expect(csvDocument(['a', 'b'], [['say "hi", then', 1]])).toBe('a,b\n"say ""hi"", then",1\n');
  });

  it('a scenario compared with itself still gets distinct column names', () => {
    expect(seriesNames(['deep-incision', 'deep-incision'])).toEqual(['deep-incision', 'deep-incision~2']);
  });
});

describe('chartSummary: the text alternative', () => {
  it('names each line with its highest value, when, and the value now', () => {
    const cut = scenarioOf('deep-incision');
    const data = chartData([cut], 8760);
    const cells = CHART_GROUPS.find((g) => g.id === 'cells')!;
    const text = chartSummary(cells, data, [cut], ['Deep cut'], 0);
    const peak = peakOf(data.hours, data.scenarios[0].values.neutrophils);
    expect(text).toContain(`Neutrophils (first helpers), Deep cut: highest 1 (${formatTime(peak.hours)}); now 0.`);
    expect(text).toMatch(/Macrophages \(clean-up cells\), Deep cut: highest 1 \(Day \d+/);
    const later = chartSummary(cells, data, [cut], ['Deep cut'], peak.hours);
    expect(later).toContain('; now 1.');
  });

  it('with a comparison, one sentence per signal and scenario', () => {
    const ids = ['deep-incision', 'microneedling-face-0.5mm'];
    const data = chartData(ids.map(scenarioOf), spanOf(...ids));
    const structure = CHART_GROUPS.find((g) => g.id === 'structure')!;
    const text = chartSummary(structure, data, ids.map(scenarioOf), ['A', 'B'], axisToTime(0.5));
    expect(text.match(/highest/g)).toHaveLength(4);
    expect(text).toMatch(/Strength, B: highest 1 \(/);
  });
});
