// The Charts panel in the built app, without WebGL (charts need none): it opens (loading uPlot
// lazily), each chart has a name and a text alternative, its "now" line follows the time,
// a click or a drag on a chart sets the time, the CSV download holds the shown series, compare
// mode draws both scenarios, and the charts follow the panel's width.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { downloadedBytes, recordPage, SCREENSHOT_DIR, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { launchWith, NO_WEBGL_FLAGS } from './browsers';
import { timeToAxis } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { CHART_GROUPS, CHART_SAMPLES, CHART_SIGNALS } from '../../src/ui/charts/series';

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith(NO_WEBGL_FLAGS, { width: 900, height: 640 });
  record = recordPage(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

const SPAN = blockDataFor('deep-incision', null).spanHours;
const chart = (page: Page, title: string): Locator => page.getByRole('img', { name: `Chart: ${title} over time` });

/** The simulated time the app shows, as a share of the time axis, from the address it keeps in step (written within a second). */
const timeInLink = async (page: Page): Promise<number> =>
  timeToAxis(await page.evaluate(() => Number(new URLSearchParams(window.location.search).get('t'))), SPAN);

/** Where the chart's "now" line stands, as a share of the plot's width. */
async function cursorShare(plot: Locator): Promise<number> {
  return plot.evaluate((host) => {
    const over = host.querySelector<HTMLElement>('.u-over')!;
    const line = over.querySelector<HTMLElement>('.charts__now')!;
    const x = Number(/translateX\(([-\d.]+)px\)/.exec(line.style.transform)?.[1]);
    return x / over.getBoundingClientRect().width;
  });
}

async function openCharts(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}?${query}`, { waitUntil: 'domcontentloaded' });
  await page.locator('details[data-panel="charts"] > summary').click();
  await chart(page, 'Immune cells').locator('canvas').waitFor();
}

/** Pixels of the first line colour on a chart's canvas (the drawing itself, not the DOM). */
const lineColourPixels = (plot: Locator): Promise<number> => plot.evaluate((host) => {
  const canvas = host.querySelector('canvas')!;
  const [r, g, b] = getComputedStyle(host).getPropertyValue('--chart-line-1').trim().match(/[\da-f]{2}/gi)!.map((h) => parseInt(h, 16));
  const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i] - r) + Math.abs(px[i + 1] - g) + Math.abs(px[i + 2] - b) < 60 && px[i + 3] > 200) n++;
  return n;
});

describe('charts panel', () => {
  it('opens with one named chart per signal group, each with a text alternative', async () => {
    const page = session.page;
    await openCharts(page, 'scenario=deep-incision&t=48');
    for (const title of ['Immune cells', 'Blood flow', 'Redness', 'Collagen', 'Fibre order and strength']) {
      const plot = chart(page, title);
      expect(await plot.locator('canvas').count(), title).toBe(1);
      const summaryId = await plot.getAttribute('aria-describedby');
      const summary = await page.locator(`[id="${summaryId}"]`).textContent();
      expect(summary, title).toMatch(/highest [\d.]+ \((\d+ h|Day \d+|\d+ months?|1 year)[^)]*\); now [\d.]+\./);
    }
    expect(await page.locator('.charts__chart').count()).toBe(CHART_GROUPS.length);
    expect(await chart(page, 'Immune cells').getAttribute('data-lines')).toBe('2');
  });

  it('the "now" line follows the time, without waiting for a re-render', async () => {
    const page = session.page;
    const plot = chart(page, 'Redness');
    expect(await cursorShare(plot)).toBeCloseTo(timeToAxis(48, SPAN), 2);
    const slider = page.getByRole('slider', { name: 'Simulated time' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => cursorShare(plot)).toBeCloseTo(1, 2);
    await page.keyboard.press('Home');
    await expect.poll(() => cursorShare(plot)).toBeCloseTo(0, 2);
  });

  it('a click on a chart sets the time there, and a drag follows the pointer', async () => {
    const page = session.page;
    const plot = chart(page, 'Collagen');
    await plot.scrollIntoViewIfNeeded();
    const over = (await plot.locator('.u-over').boundingBox())!;
    await page.mouse.click(over.x + over.width * 0.5, over.y + over.height / 2);
    await expect.poll(() => timeInLink(page)).toBeCloseTo(0.5, 2);
    expect(await cursorShare(plot)).toBeCloseTo(0.5, 2);
    // Every chart's line moved, not just the clicked one.
    expect(await cursorShare(chart(page, 'Immune cells'))).toBeCloseTo(0.5, 2);

    await page.mouse.move(over.x + over.width * 0.3, over.y + over.height / 2);
    await page.mouse.down();
    await page.mouse.move(over.x + over.width * 0.6, over.y + over.height / 2, { steps: 4 });
    await page.mouse.move(over.x + over.width * 0.8, over.y + over.height / 2, { steps: 4 });
    expect(await cursorShare(plot)).toBeCloseTo(0.8, 2);
    await page.mouse.up();
    await expect.poll(() => timeInLink(page)).toBeCloseTo(0.8, 2);
  });

  it('Download CSV saves the shown series: the header and one row per sample', async () => {
    const page = session.page;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('corium-charts_deep-incision.csv');
    const lines = (await downloadedBytes(download)).toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(['hours', 'time', ...CHART_SIGNALS].join(','));
    expect(lines).toHaveLength(1 + CHART_SAMPLES);
    expect(lines[1]).toMatch(/^0,0 min,0,0,/);
    expect(lines.at(-1)).toMatch(/^8760,1 year,/);
  });

  it('compare mode draws both scenarios: dashed lines, a key naming each, both in the CSV', async () => {
    const page = session.page;
    const single = await lineColourPixels(chart(page, 'Blood flow'));
    await openCharts(page, 'scenario=deep-incision&compare=microneedling-face-0.5mm&t=48');
    const key = page.getByRole('list', { name: 'Which line is which' });
    expect(await key.innerText()).toMatch(/Solid line: .+\n.*Dashed line: .+/);
    expect(await chart(page, 'Immune cells').getAttribute('data-lines')).toBe('4');
    expect(await chart(page, 'Blood flow').getAttribute('data-lines')).toBe('2');
    // The comparison is drawn on the canvas too: more pixels of the line colour than one scenario gave.
    expect(await lineColourPixels(chart(page, 'Blood flow'))).toBeGreaterThan(single * 1.3);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.locator('.app__panels').screenshot({ path: path.join(SCREENSHOT_DIR, 'charts-compare.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const lines = (await downloadedBytes(download)).toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(['hours', 'time', ...CHART_SIGNALS.map((s) => `deep-incision.${s}`), ...CHART_SIGNALS.map((s) => `microneedling-face-0.5mm.${s}`)].join(','));
    expect(lines).toHaveLength(1 + CHART_SAMPLES);
  });

  it('the charts follow the panel width when the window changes shape', async () => {
    const page = session.page;
    const plot = chart(page, 'Redness');
    const before = (await plot.locator('canvas').boundingBox())!.width;
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(async () => (await plot.locator('canvas').boundingBox())!.width).toBeGreaterThan(before + 100);
    expect(await cursorShare(plot)).toBeCloseTo(timeToAxis(48, SPAN), 2);
  });

  it('a treated condition adds its measure: both scars on one chart, the published change and its sources under it, and in the CSV', async () => {
    const page = session.page;
    await openCharts(page, 'scenario=acne-scars-boxcar-course&compare=acne-scars-icepick-course&t=4000');
    const plot = chart(page, 'Acne scar grade (Goodman & Baron, 1 to 4)');
    expect(await plot.locator('canvas').count()).toBe(1);
    expect(await plot.getAttribute('data-lines')).toBe('2');
    const summary = await page.locator(`[id="${await plot.getAttribute('aria-describedby')}"]`).textContent();
    expect(summary).toMatch(/Boxcar acne scar, 4 sessions: 3\.0 at the start, 1\.9 at the end/);
    expect(summary).toMatch(/Ice-pick acne scar, 4 sessions: 3\.0 at the start, 2\.6 at the end/);
    const figure = page.locator('[data-chart="condition-goodmanBaronGrade"]');
    expect(await figure.innerText()).toMatch(/reported a change of -2\.0 to -0\.8 grades/);
    expect(await figure.innerText()).toMatch(/Evidence V .*vondalwig2020/s);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const header = (await downloadedBytes(download)).toString('utf8').split('\n')[0].split(',');
    expect(header.slice(-2)).toEqual(['acne-scars-boxcar-course.goodmanBaronGrade', 'acne-scars-icepick-course.goodmanBaronGrade']);
  });

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
