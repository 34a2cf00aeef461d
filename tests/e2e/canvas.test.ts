// The built app draws the skin block: an accessible canvas with a real picture of several
// distinct layers, on the one WebGL context the page made, no errors, and no traffic to any other
// origin.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordPage, SCREENSHOT_DIR, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { colorClusters, dominantColor, fractionColourDiffering, fractionDiffering, type Rgba } from './pixels';
import { renderInfo, waitForSettledView } from './browsers';
import { settledPicture, waitForPicture } from './canvasPixels';
import { NeutralToneMapping } from 'three';

const VIEWPORT = { width: 480, height: 360 };
const FRAME_TIMEOUT_MS = 60_000;

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;
let picture: Rgba;

beforeAll(async () => {
  server = await startPreview();
  session = await launchBrowser(VIEWPORT);
  // Every WebGL context the page creates, from before its first script.
  await session.context.addInitScript(() => {
    const made: HTMLCanvasElement[] = [];
    Object.assign(window, { __contextsMade: made });
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
      const context = (getContext as (...a: unknown[]) => unknown).apply(this, args);
      if (context && String(args[0]).startsWith('webgl') && !made.includes(this)) made.push(this);
      return context;
    } as typeof getContext;
  });
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

  it('keeps that name in the language shown when the language changes', async () => {
    const page = session.page;
    const setLang = (lang: string) => page.evaluate((l) => (window as unknown as { __corium: { getState(): { setLang(l: string): Promise<void> } } }).__corium.getState().setLang(l), lang);
    await setLang('es');
    await expect.poll(() => page.getByRole('img', { name: /bloque de piel/i }).count()).toBe(1);
    await setLang('en');
    await expect.poll(() => page.getByRole('img', { name: /block of skin/i }).count()).toBe(1);
  });

  it('draws on the context the WebGL check made: one context for the page, on the canvas shown', async () => {
    const made = await session.page.evaluate(() => {
      const canvases = (window as unknown as { __contextsMade: HTMLCanvasElement[] }).__contextsMade;
      return { count: canvases.length, shown: canvases[0] === document.querySelector('.app__view canvas') };
    });
    expect(made).toEqual({ count: 1, shown: true });
    // The renderer came from a factory, for which R3F picks ACES: the view's own choice holds.
    expect(await session.page.evaluate(() => (window as unknown as { __coriumRenderInfo(): { toneMapping: number } }).__coriumRenderInfo().toneMapping)).toBe(NeutralToneMapping);
  });

  it('draws a picture, not a blank background', () => {
    const background = dominantColor(picture);
    expect(fractionDiffering(picture, background)).toBeGreaterThan(0.1);
  });

  it('shows at least four distinct layer colours', () => {
    const clusters = colorClusters(picture, dominantColor(picture));
    expect(clusters.length, JSON.stringify(clusters)).toBeGreaterThanOrEqual(4);
  });

  it("makes the surface view's drawing the first time the surface is shown, not for the first picture, then keeps it", async () => {
    const page = session.page;
    await waitForSettledView(page);
    expect((await renderInfo(page)).surfaces).toBe(0);
    const setView = (view: string) => page.evaluate((v) => (window as unknown as { __corium: { setState(s: unknown): void } }).__corium.setState({ view: v }), view);
    await setView('surface');
    const surface = await settledPicture(page);
    expect((await renderInfo(page)).surfaces).toBe(1);
    expect((await renderInfo(page)).programNames).toContain('surface');
    expect(fractionColourDiffering(picture, surface)).toBeGreaterThan(0.2);
    await setView('tissue');
    await settledPicture(page);
    // Kept for the next switch: its program stays compiled.
    expect((await renderInfo(page)).surfaces).toBe(1);
    expect((await renderInfo(page)).programNames).toContain('surface');
  });

  it('raises no page errors and logs no console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });

  it('requests nothing from any origin but its own server', () => {
    expect(record.origins).toEqual([server.origin]);
  });
});
