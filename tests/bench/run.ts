// `npm run bench`: builds the app and the floor page into a temp dir, serves both with `vite preview`,
// drives headless Chromium (software WebGL) and the model in Node, prints a table and writes tests/bench/results.json.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromePath, freePort, ROOT } from '../e2e/harness';
import { buildResults, formatTable, PUNCTURE_COUNTS, SCRUB_DAYS, type Chunk, type FrameSample, type Machine, type ScrubDay } from './stats';
import { frameOfMark, tracedFrames, type TraceEvent } from './trace';
import { benchClassroom, formatClassroom } from './classroom';
import { VIEW_SETTLED_MARK } from '../../src/scene/graphicsStatus';
import { untilQuiet } from './quiet';

const BENCH_DIR = path.join(ROOT, 'tests/bench');
const PROBE = readFileSync(path.join(BENCH_DIR, 'probe.js'), 'utf8');
/** Small and at dpr 1: software WebGL's rasterising is not our cost, our JavaScript is. */
const VIEWPORT = { width: 320, height: 240 };
/** Cold loads of each page for the first-frame medians: this machine's speed moves one load by
 *  ±15% and the floor's median moved from 1.0 to 1.4 s between runs of 5; 9 hold it steadier. */
const FIRST_FRAME_LOADS = 9;
/** Frames per count are split over loads (alternating the order of counts), ≥ 30 in all. */
const FRAME_LOADS = 2;
const FRAMES_PER_LOAD = 15;
const WARMUP_FRAMES = 4;
const ORDINARY_FRAMES = 30;
const SCRUB_REPEATS = 15;
const CLI_RUNS = 5;

const loads: { phase: string; loadavg: number[] }[] = [];
const noteLoad = (phase: string): void => { loads.push({ phase, loadavg: os.loadavg() }); };
const T0 = Date.now();
const log = (msg: string): void => { process.stderr.write(`bench ${Math.round((Date.now() - T0) / 1000)}s: ${msg}\n`); };

/** Initial JS = the entry script and modulepreloads the built index.html asks for before first paint. */
function bundleOf(dir: string): { initial: number; lazy: Chunk[] } {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) initial.add(path.normalize(m[1]));
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) initial.add(path.normalize(m[1]));
  if (initial.size === 0) throw new Error(`${dir}/index.html loads no module script`);
  const gz = (rel: string): number => gzipSync(readFileSync(path.join(dir, rel))).length;
  const all = readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => path.join('assets', f));
  return {
    initial: [...initial].reduce((sum, rel) => sum + gz(rel), 0),
    lazy: all.filter((rel) => !initial.has(rel)).map((rel) => ({ name: path.basename(rel), gzip: gz(rel) })).sort((a, b) => b.gzip - a.gzip),
  };
}

/** Serves a built page cross-origin isolated (tests/bench/preview.config.ts: precise performance.now()). */
async function serve(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--config', path.join(BENCH_DIR, 'preview.config.ts'),
      '--outDir', dir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore' });
  const stop = (): void => { if (child.exitCode === null) child.kill('SIGTERM'); };
  process.once('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    try { if ((await fetch(url)).ok) return { url, stop }; } catch { /* not listening yet */ }
    if (tries > 300 || child.exitCode !== null) { stop(); throw new Error(`vite preview of ${dir} did not start`); }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `promise`, or a rejection after 120 s. */
function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: timed out after 120 s`)), 120_000).unref());
  return Promise.race([promise, timeout]);
}

/** A fresh context per page: cold HTTP cache every load, the probe in place before any script. */
async function open(browser: Browser, url: string, timing = true): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript({ content: PROBE });
  if (timing) await context.addInitScript({ content: 'window.__bench.waitForGpu = true;' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  // A string expression runs through the DevTools protocol, which the app's CSP (no eval) allows.
  await withTimeout(page.evaluate('window.__bench.picture()'), 'no picture').catch((e: unknown) => {
    throw new Error(`${url}: no picture (${errors.join('; ') || String(e)})`);
  });
  // Timed frames run on the probe's paced clock: each covers 1/60 s of playback at every count.
  if (timing) await page.evaluate('window.__bench.useFrameClock()');
  return { page, close: () => context.close() };
}

const frames = (page: Page, n: number): Promise<FrameSample[]> => page.evaluate(`window.__bench.record(${n})`) as Promise<FrameSample[]>;

/** Runs `measure` under a Chrome trace of the page's main thread, and returns both. */
async function traced<T>(browser: Browser, page: Page, measure: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  const result = await measure();
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  return { result, events };
}

/** The probe's draw counts with each frame's JS taken as main-thread CPU time from the trace (see trace.ts). */
async function tracedSamples(browser: Browser, page: Page, n: number): Promise<FrameSample[]> {
  const { result, events } = await traced(browser, page, () => frames(page, n));
  // The trace may catch part of a frame on either side of the probe's n: the middle n are the probe's.
  const cpu = tracedFrames(events).map((f) => f.cpuMs);
  const skip = Math.max(0, Math.floor((cpu.length - result.length) / 2));
  return result.map((r, i) => ({ ...r, jsMs: cpu[skip + i] ?? Number.NaN })).filter((r) => Number.isFinite(r.jsMs));
}
const store = (page: Page, js: string): Promise<unknown> => page.evaluate(`(() => { const s = window.__corium.getState(); ${js} })()`);
/** Plays the time-lapse from hour 0 at the slowest speed, so it never reaches the end while measured. */
const play = (page: Page): Promise<unknown> => store(page, "s.setSpeed('slow'); s.setTime(0); s.setPlaying(true);");

async function main(): Promise<void> {
  const started = Date.now();
  noteLoad('start');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'corium-bench-'));
  const appDir = path.join(tmp, 'app'), floorDir = path.join(tmp, 'floor');
  log('building the app and the floor');
  await build({ root: ROOT, configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: appDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
  await build({ configFile: path.join(BENCH_DIR, 'floor/vite.config.ts'), logLevel: 'warn', build: { outDir: floorDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
  const appBundle = bundleOf(appDir), floorBundle = bundleOf(floorDir);

  const app = await serve(appDir), floor = await serve(floorDir);
  const browser = await chromium.launch({ executablePath: chromePath('full'), headless: true, args: CHROMIUM_FLAGS });
  try {
    noteLoad('first frames');
    log(`first frames: one untimed load of each, then ${FIRST_FRAME_LOADS} each, alternating app and floor`);
    const first = { app: [] as number[], floor: [] as number[] };
    const fullDetail: number[] = [];
    /** One cold load of a page: its first frame and, for the app, its full detail (null for the floor). */
    const coldLoad = async (which: 'app' | 'floor'): Promise<{ firstMs: number; fullMs: number | null }> => {
      const p = await open(browser, which === 'app' ? app.url : floor.url, false);
      const firstMs = (await p.page.evaluate('window.__bench.firstFrameMs')) as number;
      let fullMs: number | null = null;
      // The app's first picture is flat; its full tissue program follows (src/scene/firstPicture.ts).
      if (which === 'app') {
        fullMs = (await withTimeout(p.page.evaluate('window.__bench.fullDetail()'), 'no full-detail frame')) as number;
        // The structures follow full detail (Staged): let their shaders compile before closing.
        await withTimeout(p.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, VIEW_SETTLED_MARK, { polling: 50 }), 'view never settled');
      }
      await p.close();
      // What the closed page set going must not fall into the next load (quiet.ts).
      await untilQuiet();
      return { firstMs, fullMs };
    };
    await untilQuiet();
    // One load of each, not timed: the browser's first WebGL context starts its GPU process, which
    // took 0.3 s more than any later context here, and fell on whichever page came first (the app).
    for (const which of ['floor', 'app'] as const) await coldLoad(which);
    for (let i = 0; i < FIRST_FRAME_LOADS; i++) {
      const order = i % 2 ? (['floor', 'app'] as const) : (['app', 'floor'] as const);
      for (const which of order) {
        const { firstMs, fullMs } = await coldLoad(which);
        first[which].push(firstMs);
        if (fullMs !== null) fullDetail.push(fullMs);
      }
    }
    const ms = (xs: number[]): string => xs.map((x) => Math.round(x)).join(', ');
    log(`first frames (ms): app ${ms(first.app)}; full detail ${ms(fullDetail)}; floor ${ms(first.floor)}`);

    noteLoad('frames');
    const framesByCount = new Map<number, FrameSample[]>();
    for (let round = 0; round < FRAME_LOADS; round++) {
      const counts = round % 2 ? [...PUNCTURE_COUNTS].reverse() : [...PUNCTURE_COUNTS];
      for (const n of counts) {
        log(`frames with ${n} punctures (load ${round + 1}/${FRAME_LOADS})`);
        const p = await open(browser, `${app.url}?test&bench=${n}`);
        await play(p.page);
        await frames(p.page, WARMUP_FRAMES);
        framesByCount.set(n, [...(framesByCount.get(n) ?? []), ...(await tracedSamples(browser, p.page, FRAMES_PER_LOAD))]);
        await p.close();
      }
    }

    noteLoad('scrub');
    log('ordinary frames and scrubbing (default scenario)');
    const p = await open(browser, `${app.url}?test`);
    await play(p.page);
    await frames(p.page, WARMUP_FRAMES);
    const ordinaryFrames = await tracedSamples(browser, p.page, ORDINARY_FRAMES);
    await store(p.page, 's.setPlaying(false);');
    const scrubByDay = Object.fromEntries(SCRUB_DAYS.map((d) => [d, [] as number[]])) as Record<ScrubDay, number[]>;
    const { events } = await traced(browser, p.page, async () => {
      for (let r = 0; r < SCRUB_REPEATS; r++) {
        for (let k = 0; k < SCRUB_DAYS.length; k++) {
          const day = SCRUB_DAYS[(k + r) % SCRUB_DAYS.length];
          await p.page.evaluate('window.__bench.atNextFrame(() => window.__corium.getState().setTime(0))');
          await frames(p.page, 1);
          // The mark tells the trace which frame made the jump.
          await p.page.evaluate(`window.__bench.atNextFrame(() => { performance.mark('bench-scrub-${day}-${r}'); window.__corium.getState().setTime(${Number(day) * 24}); })`);
        }
      }
    });
    const scrubFrames = tracedFrames(events);
    for (let r = 0; r < SCRUB_REPEATS; r++) {
      for (const day of SCRUB_DAYS) {
        const frame = frameOfMark(events, scrubFrames, `bench-scrub-${day}-${r}`);
        if (frame) scrubByDay[day].push(frame.cpuMs);
      }
    }
    if (SCRUB_DAYS.some((d) => scrubByDay[d].length < SCRUB_REPEATS / 2)) throw new Error('the trace missed most scrub frames');
    await p.close();

    noteLoad('cli');
    log(`model course in Node, ${CLI_RUNS} fresh processes`);
    const cliCourseMs: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(BENCH_DIR, 'cliCourse.ts')], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`cliCourse failed: ${r.stderr}`);
      cliCourseMs.push((JSON.parse(r.stdout) as { ms: number }).ms);
    }
    noteLoad('end');

    const machine: Machine = { cpus: os.cpus().length, loadavg: loads };
    const results = buildResults({
      appInitialJsGzip: appBundle.initial, floorInitialJsGzip: floorBundle.initial, lazyChunks: appBundle.lazy,
      firstFrameMs: first, fullDetailMs: fullDetail, ordinaryFrames, framesByCount, scrubByDay, cliCourseMs,
    }, machine);
    writeFileSync(path.join(BENCH_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${formatTable(results)}\n`);
    log(`done in ${Math.round((Date.now() - started) / 1000)} s; wrote tests/bench/results.json`);
  } finally {
    await browser.close();
    app.stop();
    floor.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The classroom's part (Node only: servers, Redis and headless students on loopback). */
async function classroomPart(): Promise<void> {
  noteLoad('classroom');
  const runs = await benchClassroom(log);
  writeFileSync(path.join(BENCH_DIR, 'classroom-results.json'), `${JSON.stringify({ runs, loadavg: os.loadavg(), cpus: os.cpus().length }, null, 2)}\n`);
  process.stdout.write(`\nClassroom (loopback)\n${formatClassroom(runs)}\n`);
  log('wrote tests/bench/classroom-results.json');
}

// `npm run bench -- --classroom-only` runs the classroom part alone.
(process.argv.includes('--classroom-only') ? classroomPart() : main().then(classroomPart)).catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
