// Reading the app's WebGL canvas from a Playwright page (needs `?test`, which keeps the drawing
// buffer readable), and waiting on state — a real picture — rather than on time.
import type { Page } from 'playwright-core';
import { dominantColor, fractionDiffering, type Rgba } from './pixels';

const FRAME_TIMEOUT_MS = 60_000;

interface Encoded { width: number; height: number; base64: string }

/**
 * Runs in the page: copies the WebGL canvas (kept readable by `?test`'s preserveDrawingBuffer)
 * into bytes. With `settle`, first waits (in the page, a frame at a time, at most `tries`) for
 * the picture to stand still, so only the settled picture crosses to Node: a picture is about a
 * megabyte of base64 at 640×360. Null when the picture never settled.
 *
 * Standing still: no block shows its flat first picture any more (its textures are in), and the
 * renderer drew nothing over four animation frames in a row (the canvas
 * draws on demand, so a scene with nothing left to do stops drawing); the picture is then read
 * once. A scene that keeps drawing (a clip playing) is judged by its pixels instead: four frames
 * in a row alike. Reading the canvas back costs far more than counting renders.
 */
async function pictureInPage({ settle, tries }: { settle: boolean; tries: number }): Promise<Encoded | null> {
  const canvas = document.querySelector<HTMLCanvasElement>('.app__view canvas');
  if (!canvas || canvas.width === 0) return { width: 0, height: 0, base64: '' };
  const copy = document.createElement('canvas');
  const grab = (): Uint8ClampedArray => {
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    if (!ctx) throw new Error('no 2D context');
    ctx.drawImage(canvas, 0, 0);
    return ctx.getImageData(0, 0, copy.width, copy.height).data;
  };
  // After the next frame has been drawn: a task after the animation frame's callbacks.
  const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const info = (): { frames?: number; flat?: number } | undefined =>
    (window as unknown as { __coriumRenderInfo?: () => { frames?: number; flat?: number } }).__coriumRenderInfo?.();
  const renders = (): number | undefined => info()?.frames;
  // A block still in its flat first picture swaps in its textures once its program is ready (a
  // stain or a condition not drawn before compiles first): the picture has not settled until then.
  const texturesIn = async (): Promise<boolean> => {
    for (let i = 0; i < 600; i++) {
      if (!info()?.flat) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  };
  const same = (a: Uint8ClampedArray, b: Uint8ClampedArray): boolean => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 4) {
      const dr = a[i] - b[i], dg = a[i + 1] - b[i + 1], db = a[i + 2] - b[i + 2];
      if (dr * dr + dg * dg + db * db > 576) return false;
    }
    return true;
  };
  // Quiet over four frames: a change set off a frame or two late (a camera glide begun by a
  // React effect) would have drawn within them. Gives up after 30 frames of drawing.
  const rendererFallsQuiet = async (): Promise<boolean> => {
    let last = renders();
    if (last === undefined) return false;
    for (let i = 0, quiet = 0; i < 30; i++) {
      await nextFrame();
      const now = renders();
      quiet = now === last ? quiet + 1 : 0;
      if (quiet >= 4) return true;
      last = now;
    }
    return false;
  };
  // Unchanged over three frames in a row, read back each frame.
  const pixelsStandStill = async (): Promise<Uint8ClampedArray | null> => {
    await nextFrame();
    let last = grab();
    for (let i = 0, still = 0; i < tries; i++) {
      await nextFrame();
      const now = grab();
      still = same(last, now) ? still + 1 : 0;
      if (still >= 3) return now;
      last = now;
    }
    return null;
  };
  if (settle && !(await texturesIn())) return null;
  const bytes = !settle || (await rendererFallsQuiet()) ? grab() : await pixelsStandStill();
  if (bytes === null) return null;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { width: copy.width, height: copy.height, base64: btoa(binary) };
}

const decoded = ({ width, height, base64 }: Encoded): Rgba => ({ width, height, data: new Uint8Array(Buffer.from(base64, 'base64')) });

/** Copies the WebGL canvas into bytes. */
export async function readCanvas(page: Page): Promise<Rgba> {
  const picture = await page.evaluate(pictureInPage, { settle: false, tries: 0 });
  return decoded(picture!);
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
  return raw.map(decoded);
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
 * moves by itself, so the scene has settled when frames in a row look the same.
 */
export async function settledPicture(page: Page): Promise<Rgba> {
  const picture = await page.evaluate(pictureInPage, { settle: true, tries: 60 });
  if (picture === null) throw new Error('the picture never settled');
  return decoded(picture);
}
