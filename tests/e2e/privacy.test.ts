// Privacy and the Content-Security-Policy: the built app (with its CSP meta tag, no
// 'unsafe-eval') draws the picture with zero CSP violations, requests nothing from any other
// origin, sets no cookies, and keeps only allow-listed keys in localStorage.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DIST_DIR, launchBrowser, recordPage, startPreview, type BrowserSession, type PreviewServer } from './harness';
import { waitForPicture } from './canvasPixels';
import { ALLOWED_STORAGE_KEYS } from '../../src/state/preferences';

let server: PreviewServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await startPreview();
  // The service worker too: its offline copy must not reach other origins either.
  session = await launchBrowser({ width: 320, height: 240 }, [], { serviceWorkers: 'allow' });
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

it('the production build carries a CSP without unsafe-eval, and renders under it with no violation', async () => {
  const html = readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(csp).toBeDefined();
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  const page = session.page;
  const record = recordPage(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}?test&scenario=deep-incision&t=48`);
  await waitForPicture(page);
  // The page really is under the policy (the meta tag was parsed, not just shipped).
  expect(await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'))).toBe(csp);
  const appViolations = await page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);
  expect(appViolations).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
  // And it is enforced: an injected inline script is refused and reported.
  const injected = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = 1';
    document.head.appendChild(s);
    await new Promise((r) => setTimeout(r, 50));
    return { ran: '__injected' in window, violations: (window as unknown as { __cspViolations: string[] }).__cspViolations };
  });
  expect(injected.ran).toBe(false);
  expect(injected.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(record.pageErrors).toEqual([]);
});

it('requests nothing from other origins, sets no cookies, stores only allow-listed keys', async () => {
  const page = session.page;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}?test&scenario=microneedling-face-0.5mm`);
  await waitForPicture(page);
  // Use it a little: play, change scenario and zoom, apply a pass.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('microneedling-roller-1.0mm');
  await page.locator('[data-panel="layers"] > summary').click();
  await page.getByRole('radio', { name: 'Single cells (10 µm)' }).check();
  await page.getByRole('button', { name: 'Apply a pass' }).click();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.waitForLoadState('networkidle');
  const foreign = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== server.origin);
  console.log(`privacy: ${requests.length} requests, ${foreign.length} to other origins`);
  expect(requests.length).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
  expect(await session.context.cookies()).toEqual([]);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.filter((k) => !ALLOWED_STORAGE_KEYS.includes(k))).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});
