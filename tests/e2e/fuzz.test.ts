// The fuzz mode (`?fuzz`): ten thousand seeded random pointer, wheel, keyboard, scrubbing and
// control events with the runtime assertions on (store invariants, finite uniforms, readable
// text, no error boundary tripped) → zero failures, zero page errors, zero console errors.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, recordPage, startPreview, type BrowserSession, type PreviewServer } from './harness';
import { waitForPicture } from './canvasPixels';

const EVENTS = 10_000;
const SEED = 20261124;

interface FuzzReport { seed: number; events: number; batches: number; failures: string[]; done: boolean; kinds: Record<string, number> }

let server: PreviewServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await startPreview();
  session = await launchBrowser({ width: 240, height: 200 });
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

it(`${EVENTS} fuzzed input events raise no error and break no invariant`, async () => {
  const page = session.page;
  const record = recordPage(page);
  await page.goto(`${server.url}?test&fuzz&seed=${SEED}&events=${EVENTS}&scenario=microneedling-roller-1.0mm`);
  await waitForPicture(page);
  await page.waitForFunction(() => (window as unknown as { __coriumFuzz?: FuzzReport }).__coriumFuzz?.done === true, undefined, { timeout: 240_000, polling: 500 });
  const report = await page.evaluate(() => (window as unknown as { __coriumFuzz: FuzzReport }).__coriumFuzz);
  console.log(`fuzz: ${report.events} events in ${report.batches} batches (seed ${report.seed}): ${JSON.stringify(report.kinds)}`);
  expect(report.events).toBeGreaterThanOrEqual(EVENTS);
  // Every kind of input was exercised, not just the cheap ones.
  for (const kind of ['pointer', 'wheel', 'scrub', 'keyboard', 'control']) expect(report.kinds[kind]).toBeGreaterThan(0);
  expect(report.failures).toEqual([]);
  expect(record.pageErrors).toEqual([]);
  expect(record.consoleErrors).toEqual([]);
});
