// The screens a class looks at, measured as a user sees them (no WebGL needed: the layout is the
// page's): presenter mode on a projector (1280×720, 1024×768), phones held upright (390×844,
// 360×740) and sideways (740×360, 720×420). One page, resized between cases. And, with WebGL, the scene's labels: on a small phone,
// and never over a block when comparing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, startPreview, type PreviewServer, type BrowserSession } from './harness';
import { launchWith, NO_WEBGL_FLAGS, waitForSettledView, waitForStore } from './browsers';
import { readCanvas } from './canvasPixels';
import { dominantColor, rgbDistance } from './pixels';
import { headerProblems, pictureShare, rowsOf } from './presenterScreen';
import { es } from '../../src/i18n/es';

let server: PreviewServer;
let session: BrowserSession;
let page: Page;
beforeAll(async () => {
  server = await startPreview();
  session = await launchWith(NO_WEBGL_FLAGS, { width: 1280, height: 720 });
  page = session.page;
});
afterAll(async () => { await session?.close(); await server?.stop(); });

const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
/** Rows the top bar's visible items sit on. */
const headerRows = (): Promise<number> => rowsOf(page, '.topbar > :not(.topbar__tools), .topbar__tools > *');

async function startTour(): Promise<void> {
  // In presenter mode the tours wait in the top bar's menu.
  const menu = page.locator('.topbar__more-toggle');
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: 'Tours', exact: true }).click();
  await page.getByRole('button', { name: /The layers of skin/ }).click();
  await page.locator('.tour').waitFor();
}

describe('presenter mode on a projector', () => {
  for (const [width, height] of [[1280, 720], [1024, 768]] as const) {
    it(`${width}×${height}: the picture covers ≥ 70% of the window, one header row, panels in a drawer, a readable scale bar`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}?scenario=deep-incision&t=48&mode=presenter&lang=en`);
      await page.locator('.app[data-mode="presenter"]').waitFor();
      expect(await pictureShare(page)).toBeGreaterThanOrEqual(0.7);
      expect(await headerRows()).toBe(1);
      // Everything in the top bar fits: nothing cut by the window's edge, nothing scrolled sideways (in Spanish too).
      expect(await headerProblems(page)).toEqual([]);
      for (const [lang, label] of [['es', 'Language'], ['en', 'Idioma']] as const) {
        // The language waits in the menu; the menu folds again before measuring.
        await page.locator('.topbar__more-toggle').click();
        await page.getByRole('combobox', { name: label }).selectOption(lang);
        await page.locator('.topbar__more-toggle').click();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        expect(await headerRows(), lang).toBe(1);
        expect(await headerProblems(page), lang).toEqual([]);
      }
      expect(await page.locator('.app__panels').isVisible()).toBe(false);
      const toggle = page.getByRole('button', { name: 'Panels', exact: true });
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('.app__panels').isVisible()).toBe(true);
      await toggle.click();
      expect(await page.locator('.app__panels').isVisible()).toBe(false);
      // The scale bar: dark text on a light plate (contrast ≥ 7:1).
      const [fg, bg] = await page.locator('[data-scale]').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
      const lum = (css: string): number => {
        const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => { const c = v / 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      expect((lum(bg) + 0.05) / (lum(fg) + 0.05)).toBeGreaterThanOrEqual(7);
      // A tour card docks beside the picture: it covers none of it and takes none of its height.
      await startTour();
      const tour = await box('.tour');
      const withTour = await box('.app__view');
      expect(tour.x).toBeGreaterThanOrEqual(withTour.x + withTour.width - 1);
      // (The tour's scenario may change the transport's own height: the rows are bar, picture, transport.)
      const [bar, transport] = [await box('.app__bar'), await box('.transport')];
      expect(bar.height + withTour.height + transport.height).toBeGreaterThanOrEqual(height - 2);
      expect(tour.y + tour.height).toBeLessThanOrEqual(height + 1);
    });
  }
});

describe('phones held upright', () => {
  for (const [width, height] of [[390, 844], [360, 740]] as const) {
    it(`${width}×${height}: one header row with a menu; the picture gets ≥ 45% of the height; the tour card ≤ a third of it`, async () => {
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}?scenario=deep-incision&t=48&lang=en`);
      await page.locator('.app__view').waitFor();
      expect(await headerRows()).toBe(1);
      const menu = page.getByRole('button', { name: 'Menu', exact: true });
      expect(await page.locator('.topbar__tools').isVisible()).toBe(false);
      await menu.click();
      expect(await page.locator('.topbar__tools').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Share' }).first().isVisible()).toBe(true);
      await menu.click();
      const bar = await box('.app__bar');
      const view = await box('.app__view');
      expect(bar.height).toBeLessThan(height / 10);
      expect(view.height / height).toBeGreaterThanOrEqual(0.45);
      expect(view.x).toBeGreaterThanOrEqual(0);
      expect(view.x + view.width).toBeLessThanOrEqual(width + 0.5);
      // A tour card under the picture stays within a third of the picture's height.
      await menu.click();
      await startTour();
      const tour = await box('.tour');
      const withTour = await box('.app__view');
      expect(tour.height).toBeLessThanOrEqual(withTour.height / 3 + 1);
      expect(withTour.height / height).toBeGreaterThanOrEqual(0.45);
    });
  }
});

describe('phones held sideways', () => {
  for (const [width, height] of [[740, 360], [720, 420]] as const) {
    it(`${width}×${height}: the picture keeps ≥ 45% of the height, above the transport`, async () => {
      // The panels beside the view left it no height here (0 px at 740×360): short screens keep one column.
      await page.setViewportSize({ width, height });
      await page.goto(`${server.url}?scenario=deep-incision&t=48&lang=en`);
      await page.locator('.app__view').waitFor();
      const view = await box('.app__view');
      const transport = await box('.app__transport');
      expect(view.height / height).toBeGreaterThanOrEqual(0.45);
      expect(view.width).toBeGreaterThanOrEqual(width - 1);
      expect(view.y + view.height).toBeLessThanOrEqual(transport.y + 0.5);
    });
  }
});

/**
 * For each label shown, the share of its box that lies over a block's pixels (anything but the
 * view's background). The canvas holds only the blocks (the labels and their leaders are the
 * overlay's), so this is what a label would hide.
 */
async function labelsOverBlocks(p: Page): Promise<Record<string, number>> {
  const img = await readCanvas(p);
  const background = dominantColor(img);
  const boxes = await p.evaluate(() => {
    const canvas = document.querySelector('.app__view canvas')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[data-anchor]')].filter((el) => el.style.visibility === 'visible').map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.anchor!, left: r.left - canvas.left, top: r.top - canvas.top, right: r.right - canvas.left, bottom: r.bottom - canvas.top };
    });
  });
  const over: Record<string, number> = {};
  for (const b of boxes) {
    let block = 0, all = 0;
    for (let y = Math.max(0, Math.floor(b.top)); y < Math.min(img.height, Math.ceil(b.bottom)); y++) {
      for (let x = Math.max(0, Math.floor(b.left)); x < Math.min(img.width, Math.ceil(b.right)); x++) {
        const i = (y * img.width + x) * 4;
        all++;
        if (rgbDistance([img.data[i], img.data[i + 1], img.data[i + 2]], background) > 24) block++;
      }
    }
    over[b.id] = all ? Math.round((block / all) * 1000) / 1000 : 0;
  }
  return over;
}

/** Labels whose box lies more than 2% over a block (edge pixels of the text's own box may graze one). */
const covering = (over: Record<string, number>): string[] => Object.entries(over).filter(([, share]) => share > 0.02).map(([id, share]) => `${id} ${share}`);

describe('the scene’s labels (WebGL, one page resized)', () => {
  let gl: BrowserSession;
  beforeAll(async () => {
    gl = await launchBrowser({ width: 1000, height: 560 });
    await gl.page.emulateMedia({ reducedMotion: 'reduce' });
  });
  afterAll(async () => { await gl?.close(); });

  it('1000×560, comparing: every label sits in the strip left of both blocks, over none of their pixels', async () => {
    const p = gl.page;
    await p.goto(`${server.url}?scenario=deep-incision&compare=microneedling-roller-1.0mm&t=300&test`);
    await waitForStore(p);
    await waitForSettledView(p);
    await expect.poll(() => p.locator('[data-anchor]').evaluateAll((els) => els.filter((el) => (el as HTMLElement).style.visibility === 'visible').length), { timeout: 60_000 }).toBeGreaterThanOrEqual(9);
    const over = await labelsOverBlocks(p);
    expect(Object.keys(over).length).toBeGreaterThanOrEqual(9);
    expect(covering(over)).toEqual([]);
  });

  it('360×640: no label runs off the view’s edge, in Spanish (the longest names) and comparing', async () => {
    const p = gl.page;
    await p.setViewportSize({ width: 360, height: 640 });
    await p.goto(`${server.url}?scenario=deep-incision&t=48&lang=es&test`);
    /** Labels shown, and those whose text is cut by the view's sides or bottom. */
    const labels = () => p.evaluate(() => {
      const view = document.querySelector('.app__view')!.getBoundingClientRect();
      const shown = [...document.querySelectorAll<HTMLElement>('[data-anchor]')].filter((el) => el.style.visibility === 'visible');
      const cut = shown.filter((el) => { const r = el.getBoundingClientRect(); return r.left < view.left || r.right > view.right || r.bottom > view.bottom; });
      return { shown: shown.length, cut: cut.map((el) => el.dataset.anchor) };
    });
    await expect.poll(() => labels().then((l) => l.shown), { timeout: 90_000 }).toBe(9);
    await expect.poll(labels).toEqual({ shown: 9, cut: [] });
    await p.evaluate(() => (window as unknown as { __corium: { setState(s: unknown): void } }).__corium.setState({ compare: 'microneedling-face-0.5mm' }));
    await expect.poll(labels, { timeout: 20_000 }).toEqual({ shown: 9, cut: [] });
    // Comparing, none of them covers either block, even in Spanish on the narrowest phone.
    await waitForSettledView(p);
    await expect.poll(async () => covering(await labelsOverBlocks(p)), { timeout: 20_000 }).toEqual([]);
  });

  it('900×600, the surface beside the section: no label covers the small block (hidden, with a note, in Spanish); back at tissue zoom they return', async () => {
    const p = gl.page;
    await p.setViewportSize({ width: 900, height: 600 });
    await p.evaluate(() => (window as unknown as { __corium: { setState(s: unknown): void } }).__corium.setState({ compare: null, view: 'surface' }));
    const shown = () => p.evaluate(() => ({
      labels: [...document.querySelectorAll<HTMLElement>('[data-anchor]')].filter((el) => el.style.visibility === 'visible').length,
      note: (document.querySelector<HTMLElement>('[data-labels-note]')?.style.visibility ?? 'none') === 'visible',
    }));
    // The section is about 258 px wide and its block about 150: the two label columns (364 px) cannot sit beside it.
    await expect.poll(shown, { timeout: 30_000 }).toEqual({ labels: 0, note: true });
    await waitForSettledView(p);
    expect(covering(await labelsOverBlocks(p))).toEqual([]);
    // Still in Spanish from the phone case.
    expect(await p.locator('[data-labels-note]').textContent()).toBe(es.layers.show.labelsNoRoom);
    await p.evaluate(() => (window as unknown as { __corium: { setState(s: unknown): void } }).__corium.setState({ view: 'tissue' }));
    await expect.poll(shown, { timeout: 30_000 }).toEqual({ labels: 9, note: false });
  });
});
