// Colour vision: the three cues a viewer must tell apart — blood (the fresh clot), inflammation
// (redness) and collagen (the scar) — stay distinguishable under Chromium's emulated protanopia,
// deuteranopia and achromatopsia. Under achromatopsia only lightness is left, so passing there
// means the cues are never told apart by hue alone. (Text contrast is axe's job: a11y.test.ts.)
// Each cue is one screenshot of the app; Chromium's own emulation is then applied to it in a light page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { pageOfItsOwn, startPreview, type BrowserSession, type PreviewServer } from './harness';
import { launchWith, waitForSettledView, waitForStore, setSimulatedTime } from './browsers';
import { decodeImages, waitForPicture, nextFrames } from './canvasPixels';
import { fractionColourDiffering, fractionLumaDiffering, maxChroma, type Rgba } from './pixels';
import { blockDataFor } from '../../src/state/blockData';

const DEFICIENCIES = ['protanopia', 'deuteranopia', 'achromatopsia'] as const;
/** A cue must change at least this share of the picture, seen through the deficiency. */
const MIN_SHARE = 0.01;

let server: PreviewServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith([], { width: 480, height: 360 });
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

/** When the deep cut shows each cue, from the model's own stage table. */
function cueTimes(): Record<'blood' | 'inflammation' | 'collagen', number> {
  const stages = blockDataFor('deep-incision', null).curves.stages;
  const at = (stage: string) => stages.find((s) => s.stage === stage) ?? stages[0];
  const inflammation = at('inflammation');
  const remodeling = at('remodeling');
  return {
    blood: 0.5,
    inflammation: (inflammation.startHours + inflammation.endHours) / 2,
    collagen: remodeling.startHours + 24 * 60,
  };
}

/**
 * The picture as a viewer with `type` sees it: Chromium's own vision emulation, applied to the
 * app's screenshot shown in a light page (emulating on the app's page costs seconds of software
 * WebGL a shot, for the same pixels).
 */
async function seenWith(png: Buffer, type: (typeof DEFICIENCIES)[number], viewer: Page, viewerCdp: CDPSession, decoder: Page): Promise<Rgba> {
  await viewerCdp.send('Emulation.setEmulatedVisionDeficiency', { type });
  await viewer.setContent(`<img alt="" style="display:block" src="data:image/png;base64,${png.toString('base64')}">`);
  await viewer.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  const [seen] = await decodeImages(decoder, [`data:image/png;base64,${(await viewer.locator('img').screenshot()).toString('base64')}`]);
  return seen;
}

describe('colour-blind viewers', () => {
  it('tell blood, inflammation and collagen apart under protanopia, deuteranopia and achromatopsia', async () => {
    const page = session.page;
    // Not tabs beside the app's page, which would leave it in the background (pageOfItsOwn).
    const decoder = await pageOfItsOwn(session);
    const viewer = await pageOfItsOwn(session);
    const viewerCdp = await viewer.context().newCDPSession(viewer);
    const times = cueTimes();
    // One load; each cue's time is then set through the store (?test), as the time slider does.
    await page.goto(`${server.url}?test&scenario=deep-incision&view=tissue&t=${times.blood.toFixed(1)}`);
    await waitForStore(page);
    await waitForPicture(page);
    await waitForSettledView(page);
    const shots: Record<string, Record<string, Rgba>> = {};
    for (const [cue, hours] of Object.entries(times)) {
      await setSimulatedTime(page, hours);
      await nextFrames(page, 3);
      const png = await page.locator('.app__view canvas').first().screenshot();
      for (const type of DEFICIENCIES) (shots[type] ??= {})[cue] = await seenWith(png, type, viewer, viewerCdp, decoder);
    }
    // The emulation really applied: achromatopsia leaves a grey picture.
    expect(maxChroma(shots.achromatopsia.blood)).toBeLessThanOrEqual(6);
    const pairs = [['blood', 'inflammation'], ['inflammation', 'collagen'], ['blood', 'collagen']] as const;
    const report: string[] = [];
    for (const type of DEFICIENCIES) {
      for (const [a, b] of pairs) {
        const share = type === 'achromatopsia'
          ? fractionLumaDiffering(shots[type][a], shots[type][b])
          : fractionColourDiffering(shots[type][a], shots[type][b]);
        report.push(`${type} ${a}/${b}: ${(100 * share).toFixed(1)}%`);
        expect(share, `${type}: ${a} vs ${b}`).toBeGreaterThan(MIN_SHARE);
      }
    }
    console.log(`colour cues (share of the picture that differs): ${report.join('; ')}`);
    await Promise.all([decoder.close(), viewer.close()]);
  }, 300_000);
});
