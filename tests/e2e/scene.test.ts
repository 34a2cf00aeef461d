// The scene follows the model and the address: the picture changes as simulated time advances
// (by link, through the store and by the time slider), the comparison shows two different outcomes at day 180,
// the description tracks the stage, and malformed links fall back with a visible notice. One page:
// a link opens the first state of each part, the store sets the others, as the controls would.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordPage, SCREENSHOT_DIR, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { nextFrames, readCanvas, settledPicture, waitForPicture } from './canvasPixels';
import type { Rgba } from './pixels';
import { setSimulatedTime } from './browsers';

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;

/** Mean absolute channel difference (0–255) between two same-sized pictures or halves. */
function meanDifference(a: Rgba, b: Rgba, region: (x: number) => boolean = () => true, shiftB = 0): number {
  expect([b.width, b.height]).toEqual([a.width, a.height]);
  let sum = 0;
  let n = 0;
  for (let y = 0; y < a.height; y++) for (let x = 0; x < a.width; x++) {
    if (!region(x) || x + shiftB >= b.width) continue;
    const i = (y * a.width + x) * 4;
    const j = (y * b.width + x + shiftB) * 4;
    sum += Math.abs(a.data[i] - b.data[j]) + Math.abs(a.data[i + 1] - b.data[j + 1]) + Math.abs(a.data[i + 2] - b.data[j + 2]);
    n += 3;
  }
  return sum / n;
}

async function open(page: Page, query: string, shot?: string): Promise<Rgba> {
  await page.goto(`${server.url}?${query}&test`, { waitUntil: 'load' });
  await page.waitForSelector('canvas');
  await waitForPicture(page);
  await nextFrames(page);
  if (shot) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${shot}.png`) });
  return readCanvas(page);
}

/** Changes the state through the store (`?test`), as the controls do: cheaper than a cold load. */
async function set(page: Page, state: { scenario: string; compare?: string; timeHours: number }): Promise<Rgba> {
  await page.evaluate((s) => (window as unknown as { __corium: { setState(s: object): void } }).__corium.setState({ compare: null, custom: null, strokes: [], ...s }), state);
  return settledPicture(page);
}

const description = (page: Page): Promise<string> => page.locator('#scene-description').innerText();

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startPreview();
  session = await launchBrowser({ width: 480, height: 400 });
  record = recordPage(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('the healing time-lapse', () => {
  it('the picture changes as simulated time advances (hour 0 → day 2 → day 14 → day 180)', async () => {
    const page = session.page;
    // Hour 0 by link; the later times through the store, as the time slider sets them.
    const frames: Rgba[] = [await open(page, 'scenario=burn-deep-partial&t=0', 'burn-hour0')];
    for (const [t, name] of [[48, 'day2'], [336, 'day14'], [4320, 'day180']] as const) {
      await setSimulatedTime(page, t);
      frames.push(await settledPicture(page));
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `burn-${name}.png`) });
    }
    for (let i = 1; i < frames.length; i++) expect(meanDifference(frames[i - 1], frames[i])).toBeGreaterThan(0.5);
  });

  it('moving the time slider by keyboard changes the stage text and the picture', async () => {
    const page = session.page;
    const before = await set(page, { scenario: 'keloid-prone-incision', timeHours: 0 });
    const stageBefore = await description(page);
    const slider = page.getByRole('slider', { name: 'Simulated time' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => description(page)).not.toBe(stageBefore);
    expect(await description(page)).toMatch(/keloid/i);
    await nextFrames(page);
    expect(meanDifference(before, await readCanvas(page))).toBeGreaterThan(0.5);
  });

  it('the canvas is an image of skin whose description names the stage', async () => {
    const page = session.page;
    await set(page, { scenario: 'deep-incision', timeHours: 1 });
    const canvas = page.getByRole('img', { name: /skin/i });
    expect(await canvas.count()).toBe(1);
    expect(await canvas.getAttribute('aria-describedby')).toBe('scene-description');
    expect(await description(page)).toMatch(/clot/);
  });
});

describe('the contrast: a micro-injury beside an uncontrolled wound', () => {
  it('shows two different outcomes at day 180 on one clock', async () => {
    const page = session.page;
    const pair = await open(page, 'scenario=microneedling-face-0.5mm&compare=keloid-prone-incision&t=4320&labels=0', 'compare-day180');
    // The description names both outcomes (labels on or off, it is the same text).
    const both = await description(page);
    expect(both).toMatch(/no scar/);
    expect(both).toMatch(/keloid/);
    const half = Math.floor(pair.width / 2);
    const split = meanDifference(pair, pair, (x) => x < half, half);
    const same = await set(page, { scenario: 'keloid-prone-incision', compare: 'keloid-prone-incision', timeHours: 4320 });
    const control = meanDifference(same, same, (x) => x < half, half);
    expect(control).toBeLessThan(2);
    expect(split).toBeGreaterThan(control + 3);
    const text = await description(page);
    expect(text).toMatch(/keloid/i);
  });
});

describe('addressable state', () => {
  it('a malformed link shows a notice as text and still draws the default scene', async () => {
    const page = session.page;
    const img = await open(page, 'scenario=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&t=NaN&view=zoom');
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toMatch(/Time/);
    expect(await page.locator('.notices img').count()).toBe(0);
    expect(img.width).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('microneedling-face-0.5mm');
  });

  it('raised no page or console errors and contacted only its own server', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.origins).toEqual([server.origin]);
  });
});
