// Every step of every guided tour, in one page with WebGL: each step's picture is read (reduced
// motion, so it settles) and saved as a screenshot with its caption (tests/e2e/__screenshots__/
// tours/), and checked for what can be measured. A step comparing two blocks: its halves differ
// clearly more than those of two identical blocks in the same view (the step's own scenario on
// both sides, measured here once per distinct view, after the walk, with one rebuild per tour).
// A step claiming a change over time (claims.ts): its picture differs from the same view at the
// previous step's time — unless it shows its claim as numbers (readout), whose move is checked
// against the model in tests/tours. The numbers go to tours/measures.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, recordPage, SCREENSHOT_DIR, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { waitForStore } from './browsers';
import { readCanvas, settledPicture } from './canvasPixels';
import { fractionColourDiffering, rgbDistance, type Rgba } from './pixels';
import { TOURS, type TourStep } from '../../src/ui/tours/tours';
import { claimsChangeOverTime } from '../../src/ui/tours/claims';
import { splitView } from '../../src/scene/splitView';

const OUT = path.join(SCREENSHOT_DIR, 'tours');
/** Share of a half's pixels that must differ beyond the identical blocks' share ("clearly more"). */
const CLEAR_MARGIN = 0.01;
/** Share of the picture that must change when a step claims a change over time. */
const TIME_CHANGE = 0.005;

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;
const measures: Record<string, unknown>[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startPreview();
  session = await launchBrowser({ width: 640, height: 360 });
  record = recordPage(session.page);
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await session.page.goto(`${server.url}?test`);
  await waitForStore(session.page);
  await readCanvas(session.page);
}, 120_000);

afterAll(async () => {
  writeFileSync(path.join(OUT, 'measures.json'), JSON.stringify(measures, null, 1));
  await session?.close();
  await server?.stop();
});

type Store = { getState(): Record<string, unknown> & { next(): void; exit(): void; startTour(id: string): void }; setState(s: Record<string, unknown>): void };
const setStore = (page: Page, state: Record<string, unknown>): Promise<void> =>
  page.evaluate((s) => (window as unknown as { __corium: Store }).__corium.setState(s), state);

/** Share of pixels that differ (RGB distance > 24) between the left block's half and the right's. */
function halvesDiffer(img: Rgba, labels: boolean): number {
  const { stripPx, halfPx } = splitView(img.width, true, labels);
  let differing = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < halfPx; x++) {
      const i = (y * img.width + stripPx + x) * 4;
      const j = i + halfPx * 4;
      const d = img.data;
      if (rgbDistance([d[i], d[i + 1], d[i + 2]], [d[j], d[j + 1], d[j + 2]]) > 24) differing++;
    }
  }
  return differing / (halfPx * img.height);
}

describe('every tour step shows what it says', () => {
  for (const tour of TOURS) {
    it(`"${tour.id}": comparisons differ more than identical blocks, changes over time change the picture`, async () => {
      const page = session.page;
      await page.evaluate((id) => (window as unknown as { __coriumTours: Store }).__coriumTours.getState().startTour(id), tour.id);
      // Comparison steps waiting for their identical-blocks baseline (measured when the tour moves
      // on to other blocks, or at its end), and the baselines by view: two identical blocks differ
      // a little (each half drawn from its own camera), so this is what "clearly more" is above.
      let pending: { where: string; step: TourStep; m: Record<string, unknown> }[] = [];
      const identical = new Map<string, number>();
      const measureIdentical = async (): Promise<void> => {
        for (const { where, step, m } of pending) {
          // One distinct view per (scenario, site, zoom, layout, stain, labels); the camera is the zoom's home.
          const view = { scenario: step.scenario, compare: step.scenario, site: step.site, view: step.view, layout: step.layout, stain: step.stain, labels: step.labels };
          const key = JSON.stringify(view);
          if (!identical.has(key)) {
            await setStore(page, { ...view, timeHours: step.timeHours });
            identical.set(key, halvesDiffer(await settledPicture(page), step.labels));
          }
          const baseline = identical.get(key)!;
          m.identicalBlocksDiffer = baseline;
          expect(m.halvesDiffer as number, `${where}: halves ${String(m.halvesDiffer)} vs identical blocks ${baseline}`).toBeGreaterThan(baseline + CLEAR_MARGIN);
        }
        pending = [];
      };
      let previous: TourStep | null = null;
      for (let i = 0; i < tour.steps.length; i++) {
        const step = tour.steps[i];
        // Before the blocks change: the main block is still the pending steps' own (one rebuild, not two).
        if (pending.length > 0 && step.scenario !== previous!.scenario) await measureIdentical();
        // next() applies the whole step (tourStore.applyStep), whatever a baseline left in the store.
        if (i > 0) await page.evaluate(() => (window as unknown as { __coriumTours: Store }).__coriumTours.getState().next());
        const picture = await settledPicture(page);
        await page.screenshot({ path: path.join(OUT, `${tour.id}-${i + 1}.png`) });
        const where = `${tour.id} step ${i + 1}`;
        const m: Record<string, unknown> = { step: where };
        if (step.compare !== null) {
          m.halvesDiffer = halvesDiffer(picture, step.labels);
          pending.push({ where, step, m });
        }
        // A change its numbers carry is checked against the model (tests/tours); the picture's here.
        if (claimsChangeOverTime(previous, step) && step.readout.length === 0) {
          await setStore(page, { timeHours: previous!.timeHours });
          const before = await settledPicture(page);
          await setStore(page, { timeHours: step.timeHours });
          const changed = fractionColourDiffering(picture, before);
          m.changedSincePreviousTime = changed;
          expect(changed, `${where}: the same view at the previous step's time`).toBeGreaterThan(TIME_CHANGE);
        }
        measures.push(m);
        previous = step;
      }
      await measureIdentical();
      await page.evaluate(() => (window as unknown as { __coriumTours: Store }).__coriumTours.getState().exit());
    }, 600_000);
  }

  it('raised no page errors', () => {
    expect(record.pageErrors).toEqual([]);
  });
});
