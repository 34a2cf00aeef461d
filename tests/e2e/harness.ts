// Helpers for end-to-end tests: serve the built app with `vite preview`, drive headless
// Chromium (software WebGL) through playwright-core, and record errors and network origins.
// Not for unit tests: everything here starts real processes.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOT_DIR = path.join(ROOT, 'tests/e2e/__screenshots__');
/** The built app to serve: dist/, or DIST_DIR (to test a build made elsewhere). */
export const DIST_DIR = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(ROOT, 'dist');

/** Flags from shared/browser.md: software WebGL, and no background traffic to the internet. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((c): c is string => !!c && existsSync(c));
  if (!found) throw new Error('No Chromium found: set CHROME_PATH or install it (apt-get install -y chromium fonts-dejavu-core).');
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
export async function startPreview(timeoutMs = 30_000): Promise<PreviewServer> {
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

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile directory (removed again on close), plus any extra switches. */
export async function launchBrowser(viewport = { width: 480, height: 360 }, extraArgs: readonly string[] = []): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'corium-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
    viewport,
    deviceScaleFactor: 1,
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
