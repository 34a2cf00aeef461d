// Pins the headless CLI (issue §4): --list, the JSON contract, --days/--format/--seed, custom
// runs, and that bad input exits 2 with one line on stderr and nothing on stdout. Calls run()
// in-process; one subprocess check proves the `npm run simulate` wiring.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, json as jsonOf } from './runCli';
import { SCENARIO_IDS, SERIES_SIGNALS, type SimulationResult } from '../../src/model';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const json = (...argv: string[]): SimulationResult => jsonOf<SimulationResult>(...argv);

/** The scenario ids the issue publishes (share links and the UI depend on them). */
const PUBLIC_IDS = ['microneedling-face-0.5mm', 'microneedling-roller-1.0mm', 'microneedling-acne-scars-1.5mm', 'microneedling-course-4x',
  'shallow-scratch-0.3mm', 'deep-incision', 'burn-deep-partial', 'keloid-prone-incision', 'cystic-acne-lesion',
  'microneedling-active-acne', 'microneedling-keloid-prone',
  // issue 14: the conditions treated
  'acne-scars-icepick-course', 'acne-scars-boxcar-course', 'acne-scars-rolling-course', 'fine-lines-course', 'stretch-marks-course',
  'stretch-marks-red-course', 'enlarged-pores-course'];

/** The JSON contract of issue §4, key by key. */
const CONTRACT = {
  top: ['scenario', 'site', 'warnings', 'sessionsHours', 'wounds', 'tissue'],
  wound: ['class', 'depthMm', 'widthMm', 'count', 'outcome', 'stages', 'series'],
  stage: ['stage', 'startHours', 'endHours', 'reason'],
  series: ['hours', 'neutrophils', 'macrophages', 'fibroblasts', 'perfusion', 'erythema', 'closure', 'collagenI', 'collagenIII', 'alignment', 'strength', 'extent'],
  tissue: ['hours', 'dermalCollagen', 'epidermalThickness'],
  dose: ['holesPerCm2', 'surfaceInjuredPct', 'effectiveDepthMm', 'bleeding', 'painIndex', 'reachedStructures'],
};
/** Keys the output adds beyond the contract (reported to the model owner; pinned so nothing else creeps in). */
const EXTRAS = {
  wound: ['kind'],
  series: ['platelets', 'myofibroblasts', 'vesselDensity', 'elastin', 'elevationMm'],
  dose: ['meanSpacingMm', 'channelWidthMm', 'stopsIn'],
};
const sorted = (xs: readonly string[]): string[] => [...xs].sort();

describe('--list', () => {
  it('prints the 18 public scenario ids, one per line, each with a one-line description', () => {
    const { code, out, err } = cli('--list');
    expect([code, err]).toEqual([0, '']);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(18);
    expect(sorted(lines.map((l) => l.split('\t')[0]))).toEqual(sorted(PUBLIC_IDS));
    for (const l of lines) expect(l).toMatch(/^\S+\t\S.{9,}$/);
  });

  it('runs through `npm run -s simulate -- --list` and prints the same as in-process', () => {
    const out = execFileSync('npm', ['run', '-s', 'simulate', '--', '--list'], { cwd: root, timeout: 60_000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe(cli('--list').out);
  }, 60_000);
});

describe('--scenario ID: the JSON contract', () => {
  it.each(PUBLIC_IDS)('%s prints one valid JSON document with the contract keys', (id) => {
    const r = json('--scenario', id);
    expect(r.scenario).toBe(id);
    expect(sorted(Object.keys(r).filter((k) => k !== 'dose' && k !== 'indication'))).toEqual(sorted(CONTRACT.top));
    expect(Array.isArray(r.warnings) && r.warnings.every((w) => typeof w === 'string')).toBe(true);
    expect(r.wounds.length).toBeGreaterThan(0);
    for (const w of r.wounds) {
      expect(Object.keys(w)).toEqual(expect.arrayContaining(CONTRACT.wound));
      expect(Object.keys(w.series)).toEqual(expect.arrayContaining(CONTRACT.series));
      for (const st of w.stages) expect(sorted(Object.keys(st))).toEqual(sorted(CONTRACT.stage));
    }
    expect(sorted(Object.keys(r.tissue))).toEqual(['series']);
    expect(sorted(Object.keys(r.tissue.series))).toEqual(sorted(CONTRACT.tissue));
  });

  it.each(PUBLIC_IDS)('%s adds no keys beyond the contract and the known extras', (id) => {
    const r = json('--scenario', id);
    for (const w of r.wounds) {
      expect(sorted(Object.keys(w))).toEqual(sorted([...CONTRACT.wound, ...EXTRAS.wound]));
      expect(sorted(Object.keys(w.series))).toEqual(sorted([...CONTRACT.series, ...EXTRAS.series]));
    }
    if (r.dose) expect(sorted(Object.keys(r.dose))).toEqual(sorted([...CONTRACT.dose, ...EXTRAS.dose]));
  });

  it('has a dose for microneedling scenarios and none for uncontrolled wounds', () => {
    const dose = json('--scenario', 'microneedling-face-0.5mm').dose!;
    expect(Object.keys(dose)).toEqual(expect.arrayContaining(CONTRACT.dose));
    expect(typeof dose.bleeding).toBe('boolean');
    expect(Array.isArray(dose.reachedStructures)).toBe(true);
    expect(json('--scenario', 'deep-incision')).not.toHaveProperty('dose');
  });

  it.each(PUBLIC_IDS)('%s gives every series the same length as its hours', (id) => {
    const r = json('--scenario', id);
    const n = r.tissue.series.hours.length;
    expect(n).toBeGreaterThan(10);
    for (const w of r.wounds) {
      expect(w.series.hours).toEqual(r.tissue.series.hours);
      for (const [k, v] of Object.entries(w.series)) expect(v, k).toHaveLength(n);
    }
    for (const [k, v] of Object.entries(r.tissue.series)) expect(v, k).toHaveLength(n);
  });

  it('prints only the result: stdout is exactly one JSON line', () => {
    const { out } = cli('--scenario', 'deep-incision');
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd()).not.toContain('\n');
  });

  it('writes the last stage\'s open end as null', () => {
    const stages = json('--scenario', 'deep-incision').wounds[0].stages;
    expect(stages.at(-1)!.endHours).toBeNull();
  });
});

describe('--days, --format, --seed', () => {
  it.each([1, 3, 30, 365, 730])('--days %i ends the time axis at days × 24 h', (d) => {
    const hours = json('--scenario', 'deep-incision', '--days', String(d)).tissue.series.hours;
    expect(hours[0]).toBe(0);
    expect(hours.at(-1)).toBeCloseTo(d * 24, 3);
    for (let i = 1; i < hours.length; i++) expect(hours[i]).toBeGreaterThan(hours[i - 1]);
  });

  it('defaults to 365 days', () => {
    expect(json('--scenario', 'deep-incision').tissue.series.hours.at(-1)).toBeCloseTo(365 * 24, 3);
  });

  it('--format csv prints a header and one row per time sample, all with the same number of columns', () => {
    const { code, out } = cli('--scenario', 'microneedling-face-0.5mm', '--format', 'csv', '--days', '30');
    const hours = json('--scenario', 'microneedling-face-0.5mm', '--days', '30').tissue.series.hours;
    const [header, ...rows] = out.trimEnd().split('\n');
    expect(code).toBe(0);
    const cols = header.split(',');
    expect(cols.slice(0, 2)).toEqual(['hours', 'stage']);
    expect(cols).toEqual(expect.arrayContaining([...SERIES_SIGNALS, 'dermalCollagen', 'epidermalThickness']));
    expect(rows).toHaveLength(hours.length);
    for (const row of rows) expect(row.split(',')).toHaveLength(cols.length);
    expect(rows.map((r) => Number(r.split(',')[0]))).toEqual(hours);
  });

  it('--seed changes the puncture count but not the stages', () => {
    const a = json('--scenario', 'microneedling-face-0.5mm', '--seed', '1');
    const b = json('--scenario', 'microneedling-face-0.5mm', '--seed', '2');
    expect(a.wounds[0].count).not.toBe(b.wounds[0].count);
    expect(a.wounds.map((w) => w.stages)).toEqual(b.wounds.map((w) => w.stages));
    expect({ ...a, wounds: [{ ...a.wounds[0], count: 0 }] }).toEqual({ ...b, wounds: [{ ...b.wounds[0], count: 0 }] });
  });

  it('the same --seed gives byte-identical output', () => {
    expect(cli('--scenario', 'microneedling-course-4x', '--seed', '7').out).toBe(cli('--scenario', 'microneedling-course-4x', '--seed', '7').out);
  });
});

describe('custom runs', () => {
  it('--device roller --depth 1 --passes 10 --site forearm reports the roller dose on the forearm', () => {
    const r = json('--device', 'roller', '--depth', '1', '--passes', '10', '--site', 'forearm');
    expect(r.site).toBe('forearm');
    expect(r.dose!.holesPerCm2).toBeCloseTo(10 * 192 / (Math.PI * 2 * 2), 2);
    expect(r.dose!.effectiveDepthMm).toBeLessThan(1);
    expect(r.wounds[0].depthMm).toBeCloseTo(r.dose!.effectiveDepthMm, 6);
    expect(r.warnings).toEqual([]);
  });

  it('--wound burn --depth 1.2 --width 10 runs one burn wound without a dose', () => {
    const r = json('--wound', 'burn', '--depth', '1.2', '--width', '10');
    expect(r).not.toHaveProperty('dose');
    expect(r.wounds).toHaveLength(1);
    expect([r.wounds[0].depthMm, r.wounds[0].widthMm, r.wounds[0].count]).toEqual([1.2, 10, 1]);
    expect(r.wounds[0].class).toMatch(/^burn\|/);
  });

  it.each([['--keloid-prone', /keloid/i], ['--active-acne', /acne/i], ['--anticoagulant', /anticoagulant/i]] as const)(
    '%s adds one contraindication warning to a device run', (flag, topic) => {
      const r = json('--device', 'pen', '--depth', '1', flag);
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatch(/^Contraindication/);
      expect(r.warnings[0]).toMatch(topic);
    });

  it('all three flags add three warnings to a device run', () => {
    expect(json('--device', 'roller', '--depth', '1', '--keloid-prone', '--active-acne', '--anticoagulant').warnings).toHaveLength(3);
  });

  it('--sessions 4 --interval-days 28 schedules sessions 4 weeks apart', () => {
    expect(json('--device', 'pen', '--depth', '1', '--sessions', '4', '--interval-days', '28').sessionsHours).toEqual([0, 672, 1344, 2016]);
  });

  it('accepts --flag=value as well as --flag value', () => {
    expect(cli('--scenario=deep-incision', '--days=3').out).toBe(cli('--scenario', 'deep-incision', '--days', '3').out);
  });
});

describe('bad input exits 2 with one line on stderr and nothing on stdout', () => {
  it.each([
    ['unknown scenario', ['--scenario', 'no-such-scenario'], /allowed: .*deep-incision/],
    ['device depth below 0.25 mm', ['--device', 'roller', '--depth', '0.1'], /--depth .*0\.25 to 2\.5/],
    ['device depth above 2.5 mm', ['--device', 'pen', '--depth', '3'], /--depth .*0\.25 to 2\.5/],
    ['depth "abc"', ['--device', 'pen', '--depth', 'abc'], /--depth must be a number/],
    ['depth "NaN"', ['--device', 'pen', '--depth', 'NaN'], /--depth must be a number/],
    ['depth "1e999"', ['--device', 'pen', '--depth', '1e999'], /--depth must be a number/],
    ['empty depth', ['--device', 'pen', '--depth', ''], /--depth must be a number/],
    ['days "abc"', ['--scenario', 'deep-incision', '--days', 'abc'], /--days/],
    ['days 0', ['--scenario', 'deep-incision', '--days', '0'], /--days .*from 1 to 730/],
    ['seed "NaN"', ['--scenario', 'deep-incision', '--seed', 'NaN'], /--seed must be a whole number/],
    ['passes 2.5', ['--device', 'pen', '--depth', '1', '--passes', '2.5'], /--passes must be a whole number/],
    ['wound deeper than its limit', ['--wound', 'cut', '--depth', '9'], /depth must be a number from 0\.05 to 8 mm/],
    ['unknown wound kind', ['--wound', 'stab', '--depth', '1'], /--wound must be one of: cut, burn, acne/],
    ['unknown device', ['--device', 'laser', '--depth', '1'], /--device must be one of: roller, pen/],
    ['unknown flag', ['--scenario', 'deep-incision', '--verbose'], /unknown argument "--verbose"; allowed:/],
    ['bare word', ['deep-incision'], /unknown argument "deep-incision"/],
    ['missing value at the end', ['--scenario'], /--scenario needs a value/],
    ['missing depth value', ['--device', 'pen', '--depth'], /--depth needs a value/],
    ['custom run without --depth', ['--device', 'pen'], /--depth MM is required/],
    ['--format xml', ['--scenario', 'deep-incision', '--format', 'xml'], /--format must be one of: json, csv/],
    ['--site moon', ['--device', 'pen', '--depth', '1', '--site', 'moon'], /--site must be one of: face, forehead, forearm, back, palm/],
    ['no arguments', [], /give --scenario ID/],
    ['scenario and custom run together', ['--scenario', 'deep-incision', '--device', 'pen', '--depth', '1'], /either --scenario ID or a custom/],
  ] as const)('%s', (_name, argv, says) => {
    const { code, out, err } = cli(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^simulate: [^\n]+\n$/);
    expect(err).toMatch(says);
  });
});

describe('--help', () => {
  it('prints usage on stdout and exits 0', () => {
    const { code, out, err } = cli('--help');
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/^usage: npm run -s simulate/);
  });

  it('lists exactly the scenario ids the model exports', () => {
    expect(sorted(SCENARIO_IDS)).toEqual(sorted(PUBLIC_IDS));
  });
});
