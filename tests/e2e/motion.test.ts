// Motion: with prefers-reduced-motion the app starts paused and the picture holds still (no
// automatic camera motion); and while the time-lapse plays fast, the picture never flashes
// more than three times a second (WCAG 2.3.1: a flash is a pair of opposite changes of at
// least 10% in relative luminance over a large part of the picture).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type BrowserSession, type PreviewServer } from './harness';
import { launchWith, waitForStore, setSimulatedTime } from './browsers';
import { nextFrames, readCanvas, waitForPicture } from './canvasPixels';
import { fractionColourDiffering, luma, type Rgba } from './pixels';
import { axisToTime } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { PLAYBACK_SECONDS } from '../../src/state/playback';

/** Samples per second of playback, and how many: the first 3 s at Fast (clot, redness, closure: the picture changes most). */
const SAMPLES_PER_SECOND = 10;
const SAMPLES = 30;

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
    await waitForPicture(page);
    // The structures mount after the textures (Staged): let the picture settle, then watch.
    await nextFrames(page, 30);
    const first = await readCanvas(page);
    await nextFrames(page, 20);
    const later = await readCanvas(page);
    expect((await clock(page)).playing).toBe(false);
    expect(fractionColourDiffering(first, later, 4)).toBe(0);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('playing fast never flashes more than 3 times a second', { timeout: 300_000 }, async () => {
    // What a viewer sees at Fast speed, sampled 10 times a second of playback: the clock is set
    // to where playback would be at each sample (src/state/playback.ts), so the check does not
    // depend on how fast software WebGL draws here.
    const page = session.page;
    const span = blockDataFor('deep-incision', null).spanHours;
    await page.goto(`${server.url}?test&scenario=deep-incision&t=0`);
    await waitForStore(page);
    await waitForPicture(page);
    await nextFrames(page, 30);
    const samples: { at: number; y: number }[] = [];
    for (let i = 0; i <= SAMPLES; i++) {
      const seconds = i / SAMPLES_PER_SECOND;
      const hours = axisToTime(Math.min(1, seconds / PLAYBACK_SECONDS.fast), span);
      await setSimulatedTime(page, hours);
      await nextFrames(page, 1);
      samples.push({ at: seconds, y: meanLuminance(await readCanvas(page)) });
    }
    // A flash is a pair of opposite changes of ≥ 10% in relative luminance: count the reversals.
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
    const worst = Math.max(0, ...turns.map((t) => turns.filter((u) => u >= t && u < t + 1).length / 2));
    const range = samples.map((s) => s.y);
    console.log(`flash check: ${samples.length} samples over ${SAMPLES / SAMPLES_PER_SECOND} s of Fast playback, luminance ${Math.min(...range).toFixed(3)}–${Math.max(...range).toFixed(3)}, ${turns.length} reversals, worst ${worst} flashes/s`);
    expect(worst).toBeLessThanOrEqual(3);
  });
});
