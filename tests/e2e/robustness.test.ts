// Robustness of the 3D view: an error inside it is contained by an error boundary with a reset;
// a browser with no WebGL gets a useful fallback; a lost WebGL context comes back 20 times in a
// row with the same simulation state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordPage, startPreview, type PreviewServer } from './harness';
import { nextFrames, readCanvas, waitForPicture } from './canvasPixels';
import { dominantColor, fractionDiffering } from './pixels';
import { launchWith, NO_WEBGL_FLAGS, renderInfo, storeSnapshot, waitForSettledView, waitForStore } from './browsers';

const LOSSES = 20;
let server: PreviewServer;

beforeAll(async () => { server = await startPreview(); });
afterAll(async () => { await server?.stop(); });

const description = (page: Page): Promise<string> => page.locator('#scene-description').innerText();

describe('the error boundary', () => {
  it('a crash in the 3D view leaves the panels working, says so, and Reset brings the view back', async () => {
    const session = await launchBrowser({ width: 480, height: 360 });
    const record = recordPage(session.page);
    const page = session.page;
    try {
      await page.goto(`${server.url}?test&crash=scene&scenario=deep-incision&t=30`);
      const alert = page.locator('[data-error-area="view"]');
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/3D view stopped working[\s\S]*rest of Corium still works/);
      expect(await page.locator('.app__view canvas').count()).toBe(0);
      // The panels still answer: the description follows a new scenario.
      const before = await description(page);
      await page.getByRole('combobox', { name: 'Scenario' }).selectOption('burn-deep-partial');
      await expect.poll(() => description(page)).not.toBe(before);
      await page.getByRole('button', { name: 'Reset the 3D view' }).click();
      await waitForPicture(page);
      expect(await alert.count()).toBe(0);
      await waitForStore(page);
      expect(await storeSnapshot(page)).toMatchObject({ scenario: 'microneedling-face-0.5mm', timeHours: 0 });
      // R3F re-reports errors caught inside its canvas through reportError(): that report is
      // expected; any other error would mean the crash was not contained.
      expect(record.pageErrors.length).toBeGreaterThan(0);
      expect(record.pageErrors.filter((e) => !e.includes('Deliberate test crash in the scene'))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('a crash in the panels leaves the 3D view drawing, and Reset brings the panels back', async () => {
    const session = await launchBrowser({ width: 480, height: 360 });
    const record = recordPage(session.page);
    const page = session.page;
    try {
      await page.goto(`${server.url}?test&crash=panels`);
      const alert = page.locator('[data-error-area="panels"]');
      await alert.waitFor();
      await waitForPicture(page);
      expect(await page.locator('#scene-description').count()).toBe(0);
      await page.getByRole('button', { name: 'Reset the panels' }).click();
      await page.locator('#scene-description').waitFor();
      expect(await description(page)).toMatch(/\w/);
      expect(await alert.count()).toBe(0);
      expect(record.pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('no WebGL at all', () => {
  it('shows a clear message instead of the 3D view, and the description and controls still work', async () => {
    const session = await launchWith(NO_WEBGL_FLAGS, { width: 480, height: 360 });
    const record = recordPage(session.page);
    const page = session.page;
    try {
      expect(await page.evaluate(() => !!document.createElement('canvas').getContext('webgl'))).toBe(false);
      await page.goto(`${server.url}?scenario=deep-incision&t=1`);
      const note = page.locator('.no-webgl');
      await note.waitFor();
      expect(await note.innerText()).toContain('This device could not start 3D graphics');
      expect(await page.locator('.app__view canvas').count()).toBe(0);
      expect(await page.locator('[data-error-area]').count()).toBe(0);
      const first = await description(page);
      expect(first).toMatch(/cut/i);
      await page.getByRole('combobox', { name: 'Scenario' }).selectOption('burn-deep-partial');
      await expect.poll(() => description(page)).toMatch(/burn/i);
      const slider = page.getByRole('slider', { name: 'Simulated time' });
      await slider.focus();
      const atStart = await description(page);
      await page.keyboard.press('End');
      await expect.poll(() => description(page)).not.toBe(atStart);
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

/** Loses the canvas's WebGL context and resolves once the page has seen it go. */
async function loseContext(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>('.app__view canvas');
    if (!canvas) throw new Error('no canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
    const ext = gl.getExtension('WEBGL_lose_context');
    if (!ext) throw new Error('no WEBGL_lose_context');
    Object.assign(window, { __loseContext: ext });
    const lost = new Promise((r) => canvas.addEventListener('webglcontextlost', r, { once: true }));
    ext.loseContext();
    await lost;
  });
}

async function restoreContext(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>('.app__view canvas');
    if (!canvas) throw new Error('no canvas');
    const restored = new Promise((r) => canvas.addEventListener('webglcontextrestored', r, { once: true }));
    (window as unknown as { __loseContext: { restoreContext(): void } }).__loseContext.restoreContext();
    await restored;
  });
}

describe('a lost WebGL context', () => {
  // Each restore recompiles every program in software WebGL: slow on a loaded machine.
  it(`comes back ${LOSSES} times with the same picture and the same simulation state`, { timeout: 360_000 }, async () => {
    const session = await launchBrowser({ width: 160, height: 120 });
    const record = recordPage(session.page);
    const page = session.page;
    try {
      await page.goto(`${server.url}?test&scenario=keloid-prone-incision&t=2000&view=tissue`);
      await waitForStore(page);
      await waitForPicture(page);
      // The first picture is flat and the structures mount after the full tissue has drawn:
      // count the resources only once all of it is on screen.
      await waitForSettledView(page);
      await nextFrames(page);
      const state = await storeSnapshot(page);
      const counts = await renderInfo(page);
      const picture = await readCanvas(page);
      const flat = dominantColor(picture);
      let survived = 0;
      for (let i = 0; i < LOSSES; i++) {
        await loseContext(page);
        expect(await page.getByRole('status').filter({ hasText: '3D graphics were interrupted' }).count()).toBe(1);
        await restoreContext(page);
        await nextFrames(page, 3);
        const img = await readCanvas(page);
        // The picture is back: not blank, and drawn from the same state as before the loss.
        expect(fractionDiffering(img, flat)).toBeGreaterThan(0.01);
        expect(Math.abs(fractionDiffering(img, flat) - fractionDiffering(picture, flat))).toBeLessThan(0.02);
        expect(await storeSnapshot(page)).toEqual(state);
        survived++;
      }
      expect(await page.locator('.context-lost').count()).toBe(0);
      const after = await renderInfo(page);
      // Nothing leaks across the restores: no more geometries, textures or programs than before.
      // (three re-uploads a resource when it is next drawn, and the first-picture material and
      // its compile probe are gone after the swap, so the counts may come back lower, not higher.)
      expect(after.lost).toBe(false);
      expect(after.geometries).toBeLessThanOrEqual(counts.geometries);
      expect(after.textures).toBeLessThanOrEqual(counts.textures);
      expect(after.programs).toBeLessThanOrEqual(counts.programs + 1);
      console.log(`context losses survived: ${survived}; render resources before ${JSON.stringify(counts)}, after ${JSON.stringify(after)}`);
      expect(record.pageErrors).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
