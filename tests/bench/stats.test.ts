// The bench's arithmetic and its results.json contract: medians, ratios, each budget's pass/fail,
// and exactly the keys other tools read. The browser half of the bench is not run here.
import { describe, expect, it } from 'vitest';
import { budgets, buildResults, formatTable, frameRow, median, ratio, type Measurements } from './stats';

const frames = (jsMs: number[], drawCalls = 40, triangles = 1000) => jsMs.map((j) => ({ jsMs: j, drawCalls, triangles }));

function measurements(over: Partial<Measurements> = {}): Measurements {
  return {
    appInitialJsGzip: 360_000,
    floorInitialJsGzip: 300_000,
    lazyChunks: [{ name: 'panels-abc.js', gzip: 12_000 }],
    firstFrameMs: { app: [900, 1000, 5000, 950, 1100], floor: [800, 700, 750, 760, 10] },
    fullDetailMs: [1300, 1200, 9000, 1250, 1400],
    ordinaryFrames: frames([2, 2, 3, 2, 9]),
    framesByCount: new Map([
      [100, frames([2, 2, 2], 40, 8_000)],
      [1000, frames([2, 2.1, 2], 40, 80_000)],
      [10000, frames([2.2, 2, 2], 40, 800_000)],
      [100000, frames([2.2, 2.2, 2.3], 40, 8_000_000)],
    ]),
    scrubByDay: { '1': [2, 2.1, 2], '30': [2, 2, 2.2], '90': [2.1, 2.1, 9], '365': [2, 2.3, 2.2] },
    cliCourseMs: [400, 420, 390],
    ...over,
  };
}
const machine = { cpus: 2, loadavg: [{ phase: 'start', loadavg: [1, 1, 1] }] };

describe('bench statistics', () => {
  it('median takes the middle value, or the mean of the middle two, and ignores outliers', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([1, 1, 1, 1000])).toBe(1);
    expect(() => median([])).toThrow();
  });

  it('ratio refuses a zero or missing reference instead of returning Infinity', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(() => ratio(1, 0)).toThrow();
    expect(() => ratio(1, NaN)).toThrow();
  });

  it('a frame row reports median JS, the most draw calls any frame needed and median triangles', () => {
    const row = frameRow(100, [{ jsMs: 1, drawCalls: 30, triangles: 10 }, { jsMs: 5, drawCalls: 32, triangles: 12 }, { jsMs: 2, drawCalls: 30, triangles: 10 }]);
    expect(row).toEqual({ punctures: 100, jsMs: 2, drawCalls: 32, triangles: 10 });
  });
});

describe('results.json', () => {
  it('has exactly the contract shape, with medians of the repeated runs', () => {
    const r = buildResults(measurements(), machine);
    expect(Object.keys(r).sort()).toEqual(['budgets', 'bundle', 'cliCourseMs', 'firstFrameMs', 'frame', 'frameJsMs', 'fullDetailMs', 'machine', 'scrubMs']);
    expect(Object.keys(r.bundle).sort()).toEqual(['appInitialJsGzip', 'floorInitialJsGzip', 'lazyChunks']);
    expect(r.bundle.lazyChunks).toEqual([{ name: 'panels-abc.js', gzip: 12_000 }]);
    expect(r.firstFrameMs).toEqual({ app: 1000, floor: 750 });
    expect(r.fullDetailMs).toEqual({ app: 1300 });
    expect(r.frameJsMs).toBe(2);
    expect(r.frame.map((f) => f.punctures)).toEqual([100, 1000, 10000, 100000]);
    for (const f of r.frame) expect(Object.keys(f).sort()).toEqual(['drawCalls', 'jsMs', 'punctures', 'triangles']);
    expect(r.scrubMs).toEqual({ '1': 2, '30': 2, '90': 2.1, '365': 2.2 });
    expect(r.cliCourseMs).toBe(400);
    for (const b of r.budgets) expect(Object.keys(b).sort()).toEqual(['limit', 'name', 'pass', 'value']);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('refuses to write results with a puncture count missing', () => {
    const m = measurements();
    const partial = new Map(m.framesByCount);
    partial.delete(10000);
    expect(() => buildResults({ ...m, framesByCount: partial }, machine)).toThrow(/10000/);
  });
});

describe('budgets', () => {
  const byName = (m: Measurements) => Object.fromEntries(buildResults(m, machine).budgets.map((b) => [b.name, b]));

  it('all pass for an app within every limit', () => {
    const r = buildResults(measurements(), machine);
    expect(r.budgets).toHaveLength(9);
    expect(r.budgets.filter((b) => !b.pass)).toEqual([]);
  });

  it('initial JS fails above 1.3 × the floor', () => {
    const b = byName(measurements({ appInitialJsGzip: 391_000 }))['initial JS gzip / floor'];
    expect(b).toMatchObject({ value: 1.303, limit: 1.3, pass: false });
    expect(byName(measurements({ appInitialJsGzip: 390_000 }))['initial JS gzip / floor'].pass).toBe(true);
  });

  it('first frame fails above 1.5 × the floor', () => {
    expect(byName(measurements({ firstFrameMs: { app: [1200], floor: [750] } }))['first frame / floor']).toMatchObject({ value: 1.6, pass: false });
  });

  it('full detail fails above 2 × the floor\'s first frame, judged apart from the first picture', () => {
    const slow = byName(measurements({ firstFrameMs: { app: [1000], floor: [750] }, fullDetailMs: [1510] }));
    expect(slow['full detail / floor']).toMatchObject({ value: 2.013, limit: 2, pass: false });
    expect(slow['first frame / floor'].pass).toBe(true);
    expect(byName(measurements({ fullDetailMs: [1500] }))['full detail / floor']).toMatchObject({ value: 2, pass: true });
  });

  it('frame JS at 100,000 punctures fails above 1.2 × the cost at 100', () => {
    const m = measurements();
    const slow = new Map(m.framesByCount).set(100000, frames([2.5, 2.5, 2.5], 40, 8_000_000));
    expect(byName({ ...m, framesByCount: slow })['frame JS at 100000 / at 100 punctures']).toMatchObject({ value: 1.25, pass: false });
  });

  it('draw calls fail above 60, and when they differ between counts', () => {
    const m = measurements();
    const many = new Map([...m.framesByCount].map(([n, f]) => [n, frames(f.map((x) => x.jsMs), 61)]));
    expect(byName({ ...m, framesByCount: many })['draw calls (most at any count)']).toMatchObject({ value: 61, pass: false });
    const growing = new Map(m.framesByCount).set(100000, frames([2, 2, 2], 41));
    const b = byName({ ...m, framesByCount: growing });
    expect(b['draw calls (most at any count)'].pass).toBe(true);
    expect(b['draw calls: most − fewest across counts']).toMatchObject({ value: 1, limit: 0, pass: false });
  });

  it('scrubbing fails when a day costs more than 1.2 × an ordinary frame, or days differ by more than 1.2 ×', () => {
    const far = byName(measurements({ scrubByDay: { '1': [2], '30': [2], '90': [2], '365': [2.6] } }));
    expect(far['scrub (slowest day) / ordinary frame']).toMatchObject({ value: 1.3, pass: false });
    expect(far['scrub: slowest day / fastest day']).toMatchObject({ value: 1.3, pass: false });
    const cheapDay = byName(measurements({ scrubByDay: { '1': [1], '30': [2], '90': [2], '365': [2] } }));
    expect(cheapDay['scrub (slowest day) / ordinary frame'].pass).toBe(true);
    expect(cheapDay['scrub: slowest day / fastest day']).toMatchObject({ value: 2, pass: false });
  });

  it('the model course fails above 1,000 ms', () => {
    expect(byName(measurements({ cliCourseMs: [1001] })).cliCourseMs).toMatchObject({ value: 1001, limit: 1000, pass: false });
  });

  it('budgets() compares the largest and smallest counts whatever order rows come in', () => {
    const r = buildResults(measurements(), machine);
    const reversed = budgets({ ...r, frame: [...r.frame].reverse() });
    expect(reversed.map((b) => b.value)).toEqual(r.budgets.map((b) => b.value));
  });
});

it('the printed table lists every measure and a PASS/FAIL per budget', () => {
  const text = formatTable(buildResults(measurements({ cliCourseMs: [2000] }), machine));
  expect(text).toContain('| frame JS, 100,000 punctures | 2.2 ms | 40 draw calls, 8,000,000 triangles |');
  expect(text).toContain('| cliCourseMs | 2000 | 1000 | FAIL |');
  expect(text).toContain('| full detail (first frame with the full tissue program) | 1300 ms |');
  expect(text).toContain('| full detail / floor | 1.733 | 2 | PASS |');
  expect(text.match(/\| (PASS|FAIL) \|/g)).toHaveLength(9);
  expect(text).toContain('load average');
});
