// Helpers for end-to-end tests: serve the built app with `vite preview`, drive headless
// Chromium (software WebGL) through playwright-core, and record errors and network origins.
// Not for unit tests: everything here starts real processes.
//
// ONE build, ONE preview server and ONE browser (two: with and without WebGL) serve every e2e
// file: tests/e2e/globalSetup.ts starts them once per `vitest run --project e2e` and hands their
// addresses to the files (vitest `provide`/`inject`). A new e2e test file gets its page like this:
//
//   let server: PreviewServer; let session: BrowserSession;
//   beforeAll(async () => {
//     server = await startPreview();                              // the shared server (stop() is a no-op)
//     session = await launchBrowser({ width: 480, height: 360 }); // a fresh context + page in the shared browser
//     // or launchWith(NO_WEBGL_FLAGS, viewport) (browsers.ts) for the shared browser without WebGL
//   });
//   afterAll(async () => { await session?.close(); await server?.stop(); }); // closes only your context
//
//   await session.page.goto(`${server.url}?test&scenario=…`);   // ?test puts the store on window.__corium
//
// Check several states in that one page by changing the store (`window.__corium.getState().setTime(…)`)
// or the address, rather than a cold load for each: a load costs seconds of software WebGL.
// Close what you open (session.close()); a page left open keeps its timers alive for the next file.
// Contexts block the app's service worker unless asked (`{ serviceWorkers: 'allow' }`, as the
// offline and privacy files do): every fresh context is a first visit, whose worker downloads and
// stores the whole build again once the view settles; that was about a sixth of the browser
// step's CPU (README, Test suite time), for an offline copy no other file uses.
// Other extra Chromium switches get a browser of their own (slower: ~1–2 s to start).
// The shared browser draws with Mesa's llvmpipe when available (faster than SwiftShader here);
// E2E_GL=swiftshader forces SwiftShader. The bench (tests/bench) keeps SwiftShader: CHROMIUM_FLAGS.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'tests/e2e/__screenshots__');
/** The built app to serve: dist/, or DIST_DIR (to test a build made elsewhere). */
export const DIST_DIR = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(ROOT, 'dist');

/** Switches every test browser takes: no sandbox (root in CI), and no background traffic to the internet. */
export const BASE_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Software WebGL through SwiftShader (shared/browser.md): works everywhere Chromium does. */
export const SWIFTSHADER_FLAGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'];

/** Software WebGL through Mesa's llvmpipe: 1.5–4× faster here; needs libegl-mesa0 libgl1-mesa-dri, and no --disable-gpu. */
export const LLVMPIPE_FLAGS = ['--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist'];

/** Flags from shared/browser.md: SwiftShader WebGL and no background traffic (the bench's browser). */
export const CHROMIUM_FLAGS = [...BASE_FLAGS, ...SWIFTSHADER_FLAGS];

/**
 * Chromium's headless shell: the same engine without the desktop browser's window machinery.
 * Measured on the same four browser test files, one run after the other: 102 s of CPU against
 * 131 s for the full browser (its own process 8 s against 18, the pages 37 against 49).
 */
const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell'];
const FULL_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The browser to drive: CHROME_PATH if set, else the headless shell for the tests (`kind`
 * 'tests') or the full browser, as users run it, for the benchmark ('full'), else the other.
 */
export function chromePath(kind: 'tests' | 'full' = 'tests'): string {
  const preferred = kind === 'tests' ? [...HEADLESS_SHELLS, ...FULL_BROWSERS] : [...FULL_BROWSERS, ...HEADLESS_SHELLS];
  const found = [process.env.CHROME_PATH, ...preferred].find((c): c is string => !!c && existsSync(c));
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or install it (apt-get install -y chromium chromium-headless-shell fonts-dejavu-core).');
  return found;
}

/** Asks the OS for a port nobody holds right now (others may sit on 4173/5173). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not get a free port'))));
    });
  });
}

export interface PreviewServer {
  readonly url: string;
  readonly origin: string;
  readonly pid: number;
  stop(): Promise<void>;
}

async function waitForHttp(url: string, child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${log()}`);
}

/** Serves dist/ with `vite preview` as a single process, so its PID is all it takes to stop it. */
export async function startOwnPreview(timeoutMs = 30_000): Promise<PreviewServer> {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before the e2e tests.');
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--outDir', DIST_DIR, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start vite preview');
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(pid, 'SIGTERM');
    const timer = setTimeout(() => child.exitCode === null && process.kill(pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHttp(`${origin}/`, child, () => output, timeoutMs);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url: `${origin}/`, origin, pid, stop };
}

/** What globalSetup.ts shares with every e2e file. */
export interface SharedE2e {
  readonly url: string;
  /** Playwright browser-server endpoints: with WebGL, and with WebGL switched off. */
  readonly gl: string;
  readonly plain: string;
  /** The WebGL renderer the shared browser reported (llvmpipe or SwiftShader). */
  readonly renderer: string;
}

/** The shared server and browsers, when running under the e2e project's globalSetup. */
async function shared(): Promise<SharedE2e | null> {
  if (!process.env.VITEST) return null;
  // Imported here, not at the top: the bench imports this file outside vitest.
  const { inject } = await import('vitest');
  try {
    return (inject as (key: string) => SharedE2e | undefined)('e2e') ?? null;
  } catch {
    return null;
  }
}

/** The preview server all e2e files share (its stop() does nothing), or a new one outside the e2e project. */
export async function startPreview(timeoutMs = 30_000): Promise<PreviewServer> {
  const s = await shared();
  if (!s) return startOwnPreview(timeoutMs);
  const origin = new URL(s.url).origin;
  return { url: s.url, origin, pid: 0, stop: async () => {} };
}

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** What a test's browser context allows beyond the defaults. */
export interface ContextChoices {
  /** The app's service worker (its offline copy): blocked unless a file tests it. */
  readonly serviceWorkers?: 'allow' | 'block';
}

const connected = new Map<string, Promise<Browser>>();

/** One connection per endpoint per test file (the files run in separate module contexts). */
function connect(endpoint: string): Promise<Browser> {
  let browser = connected.get(endpoint);
  if (!browser) {
    browser = chromium.connect(endpoint);
    connected.set(endpoint, browser);
  }
  return browser;
}

/**
 * A fresh context and page in the shared browser (with WebGL; with `extraArgs` equal to
 * NO_WEBGL_FLAGS, the shared one without). Any other switches launch a browser of their own with a
 * fresh profile directory, removed again on close. close() closes only what this call opened.
 */
export async function launchBrowser(
  viewport = { width: 480, height: 360 },
  extraArgs: readonly string[] = [],
  { serviceWorkers = 'block' }: ContextChoices = {},
): Promise<BrowserSession> {
  const s = await shared();
  const endpoint = !s ? null : extraArgs.length === 0 ? s.gl : sameFlags(extraArgs, NO_WEBGL_SWITCHES) ? s.plain : null;
  if (endpoint) {
    const browser = await connect(endpoint);
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers });
    const page = await context.newPage();
    return { context, page, close: () => context.close() };
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'corium-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    args: [...BASE_FLAGS, ...(await preferredGlFlags()), ...extraArgs],
    viewport,
    deviceScaleFactor: 1,
    serviceWorkers,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A page of its own, in a new context of the session's browser: another device (a student's
 * laptop) or a helper page. A second page in the same context is a second tab of one window, and
 * the first goes to the background, where Chromium holds back its frames and timers (the app's
 * picture then took seconds to settle instead of under one).
 */
export async function pageOfItsOwn(session: BrowserSession, viewport = session.page.viewportSize() ?? undefined): Promise<Page> {
  const context = await session.context.browser()!.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.once('close', () => void context.close());
  return page;
}

/** Chromium's switches that leave a page with no WebGL context of any kind. */
export const NO_WEBGL_SWITCHES = ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'];

const sameFlags = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((f) => b.includes(f));

/** The WebGL renderer a browser with these flags reports ('' without WebGL). */
export async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return '';
      const ext = gl.getExtension('WEBGL_debug_renderer_info');
      return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

let glChoice: Promise<readonly string[]> | null = null;

/** llvmpipe's flags if this machine draws with llvmpipe under them, else SwiftShader's (checked once). */
export function preferredGlFlags(): Promise<readonly string[]> {
  if (process.env.E2E_GL === 'swiftshader') return Promise.resolve(SWIFTSHADER_FLAGS);
  glChoice ??= (async () => {
    const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: [...BASE_FLAGS, ...LLVMPIPE_FLAGS] });
    try {
      return /llvmpipe/i.test(await webglRenderer(browser)) ? LLVMPIPE_FLAGS : SWIFTSHADER_FLAGS;
    } finally {
      await browser.close();
    }
  })();
  return glChoice;
}

export interface PageRecord {
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  /** Every origin the page requested, in first-seen order. */
  readonly origins: string[];
}

/** Starts recording before navigation; read the arrays after the page has done its work. */
export function recordPage(page: Page): PageRecord {
  const record: PageRecord = { pageErrors: [], consoleErrors: [], origins: [] };
  page.on('pageerror', (e) => record.pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') record.consoleErrors.push(m.text());
  });
  page.on('request', (r) => {
    let origin: string;
    try {
      origin = new URL(r.url()).origin;
    } catch {
      origin = r.url();
    }
    // data: and blob: URLs never leave the page.
    if (/^(data|blob):/.test(r.url())) return;
    if (!record.origins.includes(origin)) record.origins.push(origin);
  });
  return record;
}

/**
 * The bytes of a download. Not `download.path()`: the shared browser is connected remotely, and
 * Playwright keeps no local path then; `saveAs` copies the file over either way.
 */
export async function downloadedBytes(download: { saveAs(path: string): Promise<void> }): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'corium-download-'));
  try {
    const file = path.join(dir, 'download');
    await download.saveAs(file);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
