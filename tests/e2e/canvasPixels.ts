// Reading the app's WebGL canvas from a Playwright page (needs `?test`, which keeps the drawing
// buffer readable), and waiting on state — a real picture — rather than on time.
import type { Page } from 'playwright-core';
import { dominantColor, fractionColourDiffering, fractionDiffering, type Rgba } from './pixels';

const FRAME_TIMEOUT_MS = 60_000;

/** Copies the WebGL canvas (kept readable by `?test`'s preserveDrawingBuffer) into bytes. */
export async function readCanvas(page: Page): Promise<Rgba> {
  const { width, height, base64 } = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.app__view canvas');
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

/** Decodes images (data: or the page's own blob: addresses) to pixels, in `page`; the bytes travel as base64. */
export async function decodeImages(page: Page, urls: readonly string[]): Promise<Rgba[]> {
  const raw = await page.evaluate((list) => Promise.all(list.map(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const bytes = ctx.getImageData(0, 0, c.width, c.height).data;
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { width: c.width, height: c.height, base64: btoa(binary) };
  })), [...urls]);
  return raw.map((r) => ({ width: r.width, height: r.height, data: new Uint8Array(Buffer.from(r.base64, 'base64')) }));
}

/** Waits on state, not time: until the canvas holds something other than one flat colour. */
export async function waitForPicture(page: Page): Promise<Rgba> {
  const deadline = Date.now() + FRAME_TIMEOUT_MS;
  for (;;) {
    const img = await readCanvas(page);
    if (img.width > 0 && fractionDiffering(img, dominantColor(img)) > 0.01) return img;
    if (Date.now() > deadline) throw new Error(`canvas still blank after ${FRAME_TIMEOUT_MS} ms`);
    await page.waitForTimeout(200);
  }
}

/** Resolves after the page has drawn `frames` more animation frames (the scene caught up with state). */
export async function nextFrames(page: Page, frames = 3): Promise<void> {
  await page.evaluate((n) => new Promise<void>((resolve) => {
    let left = n;
    const tick = (): void => { if (--left <= 0) resolve(); else requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }), frames);
}

/**
 * The picture once the scene has caught up with the last change: under reduced motion nothing
 * moves by itself, so the scene has settled when two frames in a row look the same.
 */
export async function settledPicture(page: Page): Promise<Rgba> {
  await nextFrames(page, 1);
  let last = await readCanvas(page);
  for (let i = 0; i < 30; i++) {
    await nextFrames(page, 1);
    const now = await readCanvas(page);
    if (fractionColourDiffering(last, now) === 0) return now;
    last = now;
  }
  throw new Error('the picture never settled');
}
