// Installable and offline: the build has a manifest with icons and a service worker; after one
// visit the app reloads and draws with the network off. And the single-file build
// (`npm run build:single`, made here into a temp dir) opens from file:// and draws.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST_DIR, launchBrowser, recordPage, ROOT, startPreview, type PreviewServer } from './harness';
import { waitForPicture } from './canvasPixels';

let server: PreviewServer;
beforeAll(async () => { server = await startPreview(); });
afterAll(async () => { await server?.stop(); });

it('has a web app manifest with icons that exist', () => {
  const manifest = JSON.parse(readFileSync(path.join(DIST_DIR, 'manifest.webmanifest'), 'utf8')) as { name: string; start_url: string; display: string; icons: { src: string; sizes: string }[] };
  expect(manifest.name).toMatch(/Corium/);
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) expect(existsSync(path.join(DIST_DIR, icon.src))).toBe(true);
  expect(readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8')).toContain('rel="manifest"');
});

it('after one visit, reloads and draws the picture with the network off', async () => {
  const session = await launchBrowser({ width: 240, height: 180 }, [], { serviceWorkers: 'allow' });
  const page = session.page;
  const record = recordPage(page);
  try {
    await page.goto(`${server.url}?test&scenario=deep-incision&t=48`);
    await waitForPicture(page);
    // The worker has precached everything and controls the page.
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    await session.context.setOffline(true);
    // A file the worker never cached must fail: the network really is off.
    expect(await page.evaluate(() => fetch('./not-precached.txt', { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline');
    await page.reload();
    await waitForPicture(page);
    expect(await page.locator('#scene-description').innerText()).toMatch(/cut/i);
    expect(record.pageErrors).toEqual([]);
  } finally {
    await session.context.setOffline(false);
    await session.close();
  }
});

it('the single-file build opens from file:// (no server, no network) and draws the picture', async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'corium-single-'));
  const session = await launchBrowser({ width: 240, height: 180 });
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'single', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
    expect(readdirSync(out)).toEqual(['index.html']);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    const page = session.page;
    const record = recordPage(page);
    await session.context.setOffline(true);
    await page.goto(`${pathToFileURL(path.join(out, 'index.html')).href}?test&scenario=burn-deep-partial&t=48`);
    await waitForPicture(page);
    expect(await page.locator('#scene-description').innerText()).toMatch(/burn/i);
    expect(record.origins.every((o) => o === 'null' || o.startsWith('file:'))).toBe(true);
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  } finally {
    await session.close();
    rmSync(out, { recursive: true, force: true });
  }
});
