// The built app draws the skin block: an accessible canvas with a real picture of several
// distinct layers, no errors, and no traffic to any other origin.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordPage, SCREENSHOT_DIR, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { colorClusters, dominantColor, fractionDiffering, type Rgba } from './pixels';

const VIEWPORT = { width: 480, height: 360 };
const FRAME_TIMEOUT_MS = 60_000;

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;
let picture: Rgba;

/** Copies the WebGL canvas (kept readable by `?test`'s preserveDrawingBuffer) into bytes. */
async function readCanvas(page: Page): Promise<Rgba> {
  const { width, height, base64 } = await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas || canvas.width === 0) return { width: 0, height: 0, base64: '' };
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2D context');
    ctx.drawImage(canvas, 0, 0);
    const bytes = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { width: copy.width, height: copy.height, base64: btoa(binary) };
  });
  return { width, height, data: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/** Waits on state, not time: until the canvas holds something other than one flat colour. */
async function waitForPicture(page: Page): Promise<Rgba> {
  const deadline = Date.now() + FRAME_TIMEOUT_MS;
  for (;;) {
    const img = await readCanvas(page);
    if (img.width > 0 && fractionDiffering(img, dominantColor(img)) > 0.01) return img;
    if (Date.now() > deadline) throw new Error(`canvas still blank after ${FRAME_TIMEOUT_MS} ms`);
    await page.waitForTimeout(200);
  }
}

beforeAll(async () => {
  server = await startPreview();
  session = await launchBrowser(VIEWPORT);
  record = recordPage(session.page);
  await session.page.goto(`${server.url}?test`, { waitUntil: 'load' });
  await session.page.waitForSelector('canvas', { timeout: FRAME_TIMEOUT_MS });
  picture = await waitForPicture(session.page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await session.page.screenshot({ path: path.join(SCREENSHOT_DIR, 'canvas-480x360.png') });
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('the skin block canvas', () => {
  it('is exposed to assistive technology as an image of skin', async () => {
    const canvas = session.page.getByRole('img', { name: /skin/i });
    await expect.poll(() => canvas.count()).toBe(1);
    expect(await canvas.evaluate((el) => el.tagName)).toBe('CANVAS');
  });

  it('draws a picture, not a blank background', () => {
    const background = dominantColor(picture);
    expect(fractionDiffering(picture, background)).toBeGreaterThan(0.1);
  });

  it('shows at least four distinct layer colours', () => {
    const clusters = colorClusters(picture, dominantColor(picture));
    expect(clusters.length, JSON.stringify(clusters)).toBeGreaterThanOrEqual(4);
  });

  it('raises no page errors and logs no console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  it('requests nothing from any origin but its own server', () => {
    expect(record.origins).toEqual([server.origin]);
  });
});
