// The pure half of `npm run bench`: medians, the budgets (ratios against the floor and against
// the app itself), the results.json shape (a contract other tools read) and the printed table.
// No I/O here, so tests/bench/stats.test.ts can pin it down in Node.

export const PUNCTURE_COUNTS = [100, 1_000, 10_000, 100_000] as const;
export const SCRUB_DAYS = ['1', '30', '90', '365'] as const;
export type ScrubDay = (typeof SCRUB_DAYS)[number];

export interface FrameSample { readonly jsMs: number; readonly drawCalls: number; readonly triangles: number }
export interface FrameRow { readonly punctures: number; readonly jsMs: number; readonly drawCalls: number; readonly triangles: number }
export interface Budget { readonly name: string; readonly value: number; readonly limit: number; readonly pass: boolean }
export interface Chunk { readonly name: string; readonly gzip: number }

export interface Measurements {
  readonly appInitialJsGzip: number;
  readonly floorInitialJsGzip: number;
  readonly lazyChunks: readonly Chunk[];
  readonly firstFrameMs: { readonly app: readonly number[]; readonly floor: readonly number[] };
  /** The app's first frames drawn with its full tissue program (its first picture is a flat one). */
  readonly fullDetailMs: readonly number[];
  /** Ordinary frames while the time-lapse plays (default scenario). */
  readonly ordinaryFrames: readonly FrameSample[];
  readonly framesByCount: ReadonlyMap<number, readonly FrameSample[]>;
  readonly scrubByDay: Readonly<Record<ScrubDay, readonly number[]>>;
  readonly cliCourseMs: readonly number[];
}

/** The machine's state while the bench ran: its numbers only compare with runs under similar load. */
export interface Machine {
  readonly cpus: number;
  readonly loadavg: readonly { readonly phase: string; readonly loadavg: readonly number[] }[];
}

export interface Results {
  readonly bundle: { readonly appInitialJsGzip: number; readonly floorInitialJsGzip: number; readonly lazyChunks: readonly Chunk[] };
  readonly firstFrameMs: { readonly app: number; readonly floor: number };
  readonly fullDetailMs: { readonly app: number };
  readonly frameJsMs: number;
  readonly frame: readonly FrameRow[];
  readonly scrubMs: Readonly<Record<ScrubDay, number>>;
  readonly cliCourseMs: number;
  readonly budgets: readonly Budget[];
  readonly machine: Machine;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function ratio(value: number, reference: number): number {
  if (!(reference > 0)) throw new Error(`ratio against a reference of ${reference}`);
  return value / reference;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function budget(name: string, value: number, limit: number): Budget {
  return { name, value: round(value, 3), limit, pass: value <= limit };
}

/** One row per puncture count: median JS; draw calls as the most a frame needed; median triangles. */
export function frameRow(punctures: number, samples: readonly FrameSample[]): FrameRow {
  return {
    punctures,
    jsMs: round(median(samples.map((s) => s.jsMs)), 3),
    drawCalls: Math.max(...samples.map((s) => s.drawCalls)),
    triangles: Math.round(median(samples.map((s) => s.triangles))),
  };
}

/** The budgets of the performance issue, each as a value against its limit. */
export function budgets(r: Omit<Results, 'budgets' | 'machine'>): Budget[] {
  const rows = [...r.frame].sort((a, b) => a.punctures - b.punctures);
  const calls = rows.map((f) => f.drawCalls);
  const scrubs = SCRUB_DAYS.map((d) => r.scrubMs[d]);
  return [
    budget('initial JS gzip / floor', ratio(r.bundle.appInitialJsGzip, r.bundle.floorInitialJsGzip), 1.3),
    budget('first frame / floor', ratio(r.firstFrameMs.app, r.firstFrameMs.floor), 1.5),
    budget('full detail / floor', ratio(r.fullDetailMs.app, r.firstFrameMs.floor), 2),
    budget(`frame JS at ${rows.at(-1)!.punctures} / at ${rows[0].punctures} punctures`, ratio(rows.at(-1)!.jsMs, rows[0].jsMs), 1.2),
    budget('draw calls (most at any count)', Math.max(...calls), 60),
    budget('draw calls: most − fewest across counts', Math.max(...calls) - Math.min(...calls), 0),
    budget('scrub (slowest day) / ordinary frame', ratio(Math.max(...scrubs), r.frameJsMs), 1.2),
    budget('scrub: slowest day / fastest day', ratio(Math.max(...scrubs), Math.min(...scrubs)), 1.2),
    budget('cliCourseMs', r.cliCourseMs, 1000),
  ];
}

/** Reduces repeated measurements to the results.json contract (medians throughout). */
export function buildResults(m: Measurements, machine: Machine): Results {
  const frame = PUNCTURE_COUNTS.map((n) => {
    const samples = m.framesByCount.get(n);
    if (!samples?.length) throw new Error(`no frames measured at ${n} punctures`);
    return frameRow(n, samples);
  });
  const scrubMs = Object.fromEntries(SCRUB_DAYS.map((d) => [d, round(median(m.scrubByDay[d]), 3)])) as Record<ScrubDay, number>;
  const partial = {
    bundle: { appInitialJsGzip: m.appInitialJsGzip, floorInitialJsGzip: m.floorInitialJsGzip, lazyChunks: [...m.lazyChunks] },
    firstFrameMs: { app: round(median(m.firstFrameMs.app), 1), floor: round(median(m.firstFrameMs.floor), 1) },
    fullDetailMs: { app: round(median(m.fullDetailMs), 1) },
    frameJsMs: round(median(m.ordinaryFrames.map((f) => f.jsMs)), 3),
    frame,
    scrubMs,
    cliCourseMs: round(median(m.cliCourseMs), 1),
  };
  return { ...partial, budgets: budgets(partial), machine };
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** The printed summary: measurements, then each budget with PASS/FAIL. */
export function formatTable(r: Results): string {
  const lines: string[] = [];
  const row = (a: string, b: string, c = ''): void => { lines.push(`| ${a} | ${b} | ${c} |`); };
  lines.push('| measure | app | floor / note |', '|---|---|---|');
  row('initial JS (gzip)', kB(r.bundle.appInitialJsGzip), kB(r.bundle.floorInitialJsGzip));
  row('lazy chunks (gzip)', r.bundle.lazyChunks.length ? r.bundle.lazyChunks.map((c) => `${c.name} ${kB(c.gzip)}`).join(', ') : 'none');
  row('first frame', `${r.firstFrameMs.app} ms`, `${r.firstFrameMs.floor} ms`);
  row('full detail (first frame with the full tissue program)', `${r.fullDetailMs.app} ms`);
  row('frame JS, playing (default scenario)', `${r.frameJsMs} ms`);
  for (const f of r.frame) row(`frame JS, ${f.punctures.toLocaleString('en')} punctures`, `${f.jsMs} ms`, `${f.drawCalls} draw calls, ${f.triangles.toLocaleString('en')} triangles`);
  for (const d of SCRUB_DAYS) row(`scrub hour 0 → day ${d}`, `${r.scrubMs[d]} ms`);
  row('CLI: 4-session course, 10,000 punctures, a year', `${r.cliCourseMs} ms`);
  lines.push('', '| budget | value | limit | result |', '|---|---|---|---|');
  for (const b of r.budgets) lines.push(`| ${b.name} | ${b.value} | ${b.limit} | ${b.pass ? 'PASS' : 'FAIL'} |`);
  const loads = r.machine.loadavg.map((l) => `${l.phase} ${l.loadavg.map((x) => x.toFixed(2)).join('/')}`).join(', ');
  lines.push('', `machine: ${r.machine.cpus} CPUs; load average (1/5/15 min) ${loads}`);
  return lines.join('\n');
}
