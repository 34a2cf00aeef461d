// Motion: with prefers-reduced-motion the app starts paused and the picture holds still (no
// automatic camera motion); and while the time-lapse plays fast, the picture never flashes
// more than three times a second (WCAG 2.3.1: a flash is a pair of opposite changes of at
// least 10% in relative luminance over a large part of the picture).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type BrowserSession, type PreviewServer } from './harness';
import { launchWith, waitForStore } from './browsers';
import { nextFrames, readCanvas, waitForPicture } from './canvasPixels';
import { fractionColourDiffering, luma, type Rgba } from './pixels';

let server: PreviewServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith([], { width: 320, height: 240 });
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

type Clock = { playing: boolean; timeHours: number };
const clock = (page: import('playwright-core').Page): Promise<Clock> =>
  page.evaluate(() => { const s = (window as unknown as { __corium: { getState(): Clock } }).__corium.getState(); return { playing: s.playing, timeHours: s.timeHours }; });

/** Mean relative luminance (0–1) of the picture. */
function meanLuminance(img: Rgba): number {
  let sum = 0;
  for (let i = 0; i < img.width * img.height; i++) sum += luma([img.data[i * 4], img.data[i * 4 + 1], img.data[i * 4 + 2]]);
  return sum / (img.width * img.height) / 255;
}

describe('motion', () => {
  it('with reduced motion: starts paused and nothing moves by itself', async () => {
    const page = session.page;
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}?test&scenario=deep-incision&t=48`);
    await waitForStore(page);
    const first = await waitForPicture(page);
    await nextFrames(page, 20);
    const later = await readCanvas(page);
    expect((await clock(page)).playing).toBe(false);
    expect(fractionColourDiffering(first, later, 4)).toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('playing fast never flashes more than 3 times a second', async () => {
    const page = session.page;
    await page.goto(`${server.url}?test&scenario=deep-incision&t=0`);
    await waitForStore(page);
    await waitForPicture(page);
    await page.getByRole('radio', { name: 'Fast' }).check();
    await page.getByRole('button', { name: 'Play' }).click();
    const samples: { at: number; y: number }[] = [];
    const started = Date.now();
    while (Date.now() - started < 6_000) {
      await nextFrames(page, 1);
      samples.push({ at: Date.now(), y: meanLuminance(await readCanvas(page)) });
    }
    await page.getByRole('button', { name: 'Pause' }).click();
    // Count reversals of ≥ 10% luminance changes, then flashes (pairs) in any one-second window.
    const turns: number[] = [];
    let anchor = samples[0];
    let direction = 0;
    for (const s of samples) {
      const change = s.y - anchor.y;
      if (Math.abs(change) >= 0.1) {
        const dir = Math.sign(change);
        if (dir !== direction) turns.push(s.at);
        direction = dir;
        anchor = s;
      }
    }
    const worst = Math.max(0, ...turns.map((t) => turns.filter((u) => u >= t && u < t + 1000).length / 2));
    console.log(`flash check: ${samples.length} frames in 6 s, ${turns.length} luminance reversals, worst ${worst} flashes/s`);
    expect(samples.length).toBeGreaterThan(5);
    expect(worst).toBeLessThanOrEqual(3);
    expect((await clock(page)).timeHours).toBeGreaterThan(0);
  });
});
