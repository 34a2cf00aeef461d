// Pins the conditions' CLI contract (issue 14): --indication with device flags, the `indication`
// JSON block (id, measure, unit, baseline, final, publishedRange, sources, series), the six
// scenario ids, contraindication warnings kept, and exit 2 with one line for bad input.
import { describe, expect, it } from 'vitest';
import { cli, json as jsonOf } from './runCli';
import { INDICATION_IDS, SOURCES, type SimulationResult } from '../../src/model';

const json = (...argv: string[]): SimulationResult => jsonOf<SimulationResult>(...argv);

const SCENARIO_OF = {
  icepick: 'acne-scars-icepick-course', boxcar: 'acne-scars-boxcar-course', rolling: 'acne-scars-rolling-course',
  'fine-lines': 'fine-lines-course', 'stretch-marks': 'stretch-marks-course', pores: 'enlarged-pores-course',
  'stretch-marks-red': 'stretch-marks-red-course',
} as const;
const CONTRACT = ['id', 'measure', 'unit', 'baseline', 'final', 'publishedRange', 'sources', 'series'];
const EXTRAS = ['change', 'evidence'];
const SOURCE_IDS = new Set(SOURCES.map((s) => s.id));

describe('--indication: the JSON contract', () => {
  it.each(INDICATION_IDS)('%s prints an indication block with the contract keys, sources that exist and a series over the run', (id) => {
    const r = json('--indication', id, '--days', '200');
    const ind = r.indication!;
    expect(Object.keys(ind).sort()).toEqual([...CONTRACT, ...EXTRAS].sort());
    expect(ind.id).toBe(id);
    expect(ind.measure.length).toBeGreaterThan(3);
    expect(ind.unit.length).toBeGreaterThan(0);
    expect(ind.sources.length).toBeGreaterThan(1);
    for (const s of ind.sources) expect(SOURCE_IDS.has(s), s).toBe(true);
    expect(ind.series.hours).toEqual(r.tissue.series.hours);
    expect(ind.series.value).toHaveLength(ind.series.hours.length);
    expect(ind.series.value[0]).toBe(ind.baseline);
    expect(ind.final).toBe(ind.series.value.at(-1));
    expect(ind.series.hours.at(-1)).toBeCloseTo(200 * 24, 3);
  });

  it.each(Object.entries(SCENARIO_OF))('%s: the scenario %s carries the same block as --indication with its protocol', (id, scenario) => {
    const a = json('--scenario', scenario);
    const b = json('--indication', id);
    expect(a.indication).toEqual(b.indication);
    expect(a.site).toBe(b.site);
  });

  it('device flags override the protocol: a shallower needle or fewer sessions change the result', () => {
    const base = json('--indication', 'boxcar', '--device', 'pen', '--depth', '1.5', '--sessions', '4', '--interval-days', '35').indication!;
    const one = json('--indication', 'boxcar', '--device', 'pen', '--depth', '1.5', '--sessions', '1', '--interval-days', '35').indication!;
    const roller = json('--indication', 'boxcar', '--device', 'roller', '--depth', '1.5', '--sessions', '4').indication!;
    expect(base.final).toBeLessThan(one.final);
    expect(base.final).toBeLessThan(roller.final);
  });

  it('pores: publishedRange is null and the value is tagged D (no study measured pore size)', () => {
    const ind = json('--scenario', 'enlarged-pores-course').indication!;
    expect(ind.publishedRange).toBeNull();
    expect(ind.evidence).toBe('D');
    expect(ind.sources).toContain('pores-no-outcome');
  });

  it('healthy-skin scenarios have no indication block', () => {
    expect(json('--scenario', 'microneedling-course-4x').indication).toBeUndefined();
    expect(json('--device', 'pen', '--depth', '1').indication).toBeUndefined();
  });

  it('keeps the contraindication warnings (active acne, keloid tendency, anticoagulants)', () => {
    const r = json('--indication', 'boxcar', '--active-acne', '--keloid-prone', '--anticoagulant');
    expect(r.warnings.join(' ')).toMatch(/active inflammatory acne/);
    expect(r.warnings.join(' ')).toMatch(/keloid/);
    expect(r.warnings.join(' ')).toMatch(/anticoagulant/);
  });
});

describe('--indication: bad input exits 2 with one line', () => {
  it.each([
    [['--indication', 'wrinkles'], /--indication must be one of: icepick, boxcar, rolling, fine-lines, stretch-marks, pores, stretch-marks-red/],
    [['--indication', 'boxcar', '--depth', '3'], /--depth must be a number from 0.25 to 2.5/],
    [['--indication', 'boxcar', '--sessions', '13'], /--sessions must be a whole number from 1 to 12/],
    [['--indication', 'boxcar', '--interval-days', '3'], /--interval-days must be a number from 7 to 120/],
    [['--indication', 'boxcar', '--passes', '0'], /--passes must be a whole number from 1 to 30/],
    [['--indication', 'boxcar', '--scenario', 'deep-incision'], /either --scenario ID or a custom/],
    [['--indication', 'boxcar', '--wound', 'cut', '--depth', '1'], /--indication is treated with a --device/],
  ])('%j', (argv, message) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });
});
