// The first picture is true, and the full textures replace it without a jump. `?test&detail=hold`
// keeps the block in its flat first picture (src/scene/firstPicture.ts) until the test lets the
// full tissue program compile, so the flat frame can be read: it must show at least five distinct
// layer colours (each layer's flat colour under the light of one face), with the layer labels and
// the scale bar; then, in each stain, the full picture's mean colour over each layer's pixels must
// stay close to the flat colour there, and the flat program must be gone. The hidden printed
// handout is mounted only after that.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENSHOT_DIR, startPreview, type BrowserSession, type PreviewServer } from './harness';
import { launchWith, renderInfo, waitForStore, waitInPage } from './browsers';
import { nextFrames, readCanvas, waitForPicture } from './canvasPixels';
import { rgbDistance, type Rgb, type Rgba } from './pixels';
import { FLAT_COLOURS, FULL_DETAIL_MARK } from '../../src/scene/firstPicture';
import { STRUCTURE_PARTS } from '../../src/state/parts';
import type { Stain } from '../../src/state/url';

/** The light tissue.frag.glsl and tissue.flat.frag.glsl share: 0.7 + 0.3 · max(n · light, 0) on the top, front and side faces. */
const LIGHT = [0.3, 0.55, 0.78].map((v) => v / Math.hypot(0.3, 0.55, 0.78));
const FACE_SHADES = [LIGHT[1], LIGHT[2], LIGHT[0]].map((d) => 0.7 + 0.3 * d);
/** A layer counts as shown when this many pixels are its flat colour exactly (±2 per channel for rounding). */
const MIN_PIXELS = 40;
/** The most the full picture's mean over a layer's pixels may differ from the flat colour (RGB distance). */
const MAX_JUMP = 12;

let server: PreviewServer;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith([], { width: 900, height: 700 });
  page = session.page;
  await page.goto(`${server.url}?test&detail=hold`);
  await waitForStore(page);
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

/** Each pixel that is exactly one flat colour under one face's light, as [palette index, face]; null otherwise (edges, ink lines, background). */
function flatPixels(img: Rgba, stain: Stain): (readonly [number, number] | null)[] {
  const expected = FLAT_COLOURS[stain].flatMap((c, i) => FACE_SHADES.map((s, f) => ({ i, f, rgb: c.map((v) => v * s) as unknown as Rgb })));
  const out: (readonly [number, number] | null)[] = [];
  for (let p = 0; p < img.width * img.height; p++) {
    const px: Rgb = [img.data[p * 4], img.data[p * 4 + 1], img.data[p * 4 + 2]];
    const hit = expected.find((e) => e.rgb.every((v, k) => Math.abs(v - px[k]) <= 2));
    out.push(hit ? [hit.i, hit.f] : null);
  }
  return out;
}

const holdAndStain = (stain: Stain) => page.evaluate((s) => {
  const w = window as unknown as { __coriumHoldDetail(): void; __corium: { getState(): { setStain(s: string): void } } };
  w.__coriumHoldDetail();
  w.__corium.getState().setStain(s);
}, stain);
const showDetail = () => page.evaluate(() => (window as unknown as { __coriumShowDetail(): void }).__coriumShowDetail());
const fullDrawn = () => page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, FULL_DETAIL_MARK);
/** In the page (waitInPage's predicates cannot take arguments): FULL_DETAIL_MARK. */
const fullDrawnInPage = () => performance.getEntriesByName('corium:full-detail').length > 0;

describe('the first picture', () => {
  // Some thirty small script files, fetched six at a time before any could run, kept the main
  // thread idle for about 0.4 s of a 2 s first picture (src/build/initialChunk.ts).
  it("needs the page's code in at most two script files (the bundler's runtime and the page)", async () => {
    const html = await (await fetch(server.url)).text();
    const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    const files = [...scripts, ...preloads];
    expect(files.length).toBeGreaterThan(0);
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(2);
  });

  it('waits for the same mark as the bench', () => {
    expect(fullDrawnInPage.toString()).toContain(FULL_DETAIL_MARK);
  });

  it('shows the layers in at least five distinct colours, with labels and scale bar, before the full textures', async () => {
    const picture = await waitForPicture(page);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'first-picture-flat.png') });
    expect(await fullDrawn()).toBe(false);
    const counts = new Map<number, number>();
    for (const hit of flatPixels(picture, 'natural')) if (hit) counts.set(hit[0], (counts.get(hit[0]) ?? 0) + 1);
    const shown = [...counts].filter(([, n]) => n >= MIN_PIXELS).map(([i]) => i);
    // The surface, living epidermis, papillary and reticular dermis and fat (the stratum corneum is under a pixel here).
    expect(shown.length, JSON.stringify([...counts])).toBeGreaterThanOrEqual(5);
    expect(new Set(shown.map((i) => FLAT_COLOURS.natural[i].join()))).toHaveProperty('size', shown.length);
    // The labels and the scale bar are placed on the flat picture already.
    await waitInPage(page, () => ['reticularDermis', 'hypodermis'].every((id) => document.querySelector<HTMLElement>(`.app__view [data-anchor="${id}"]`)?.style.visibility === 'visible')
      && document.querySelector<HTMLElement>('.app__view [data-scale]')?.style.visibility === 'visible');
    expect(await page.locator('.app__view [data-scale-text]').innerText()).toMatch(/mm/);
    // The printed handout (hidden on screen) waits until the view has its full picture.
    expect(await page.locator('.handout').count()).toBe(0);
  });

  it('is replaced by the full textures without a jump in any stain, and its program is freed', async () => {
    // The structures arrive after the textures; hidden, the layers alone are compared.
    await page.evaluate((parts) => {
      const s = (window as unknown as { __corium: { getState(): { setHidden(p: string, h: boolean): void } } }).__corium.getState();
      for (const p of parts) s.setHidden(p, true);
    }, [...STRUCTURE_PARTS]);
    const jumps: Record<string, number[]> = {};
    for (const stain of ['natural', 'he', 'trichrome'] as const) {
      await holdAndStain(stain);
      await nextFrames(page, 4);
      const flat = await readCanvas(page);
      expect((await renderInfo(page)).programNames).toContain('tissue-flat');
      // What settledPicture (canvasPixels.ts) waits on before it reads a picture.
      expect((await renderInfo(page)).flat).toBe(1);
      await showDetail();
      await waitInPage(page, fullDrawnInPage);
      await waitInPage(page, () => !(window as unknown as { __coriumRenderInfo(): { programNames: string[] } }).__coriumRenderInfo().programNames.includes('tissue-flat'));
      await nextFrames(page, 3);
      const full = await readCanvas(page);
      if (stain === 'natural') await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'first-picture-full.png') });
      // Mean of the full picture over each (layer, face) region of the flat one.
      const sums = new Map<string, { flat: Rgb; sum: [number, number, number]; n: number }>();
      flatPixels(flat, stain).forEach((hit, p) => {
        if (!hit) return;
        const key = hit.join();
        const e = sums.get(key) ?? { flat: [flat.data[p * 4], flat.data[p * 4 + 1], flat.data[p * 4 + 2]], sum: [0, 0, 0], n: 0 };
        for (let k = 0; k < 3; k++) e.sum[k] += full.data[p * 4 + k];
        e.n++;
        sums.set(key, e);
      });
      const regions = [...sums.values()].filter((e) => e.n >= 150);
      expect(regions.length).toBeGreaterThanOrEqual(7);
      jumps[stain] = regions.map((e) => Math.round(rgbDistance(e.flat, e.sum.map((v) => v / e.n) as unknown as Rgb)));
    }
    for (const [stain, d] of Object.entries(jumps)) expect(Math.max(...d), `${stain}: ${d.join(', ')}`).toBeLessThanOrEqual(MAX_JUMP);
    // A stain compiled once comes back at once, with no flat picture.
    await page.evaluate(() => (window as unknown as { __corium: { getState(): { setStain(s: string): void } } }).__corium.getState().setStain('natural'));
    await nextFrames(page, 3);
    expect((await renderInfo(page)).programNames).not.toContain('tissue-flat');
    await waitInPage(page, () => document.querySelector('.handout') !== null, 30_000);
  });
});
