// The conditions treated (issue 14) in the built app: each condition's block differs visibly from
// healthy skin on the same site and from itself after the course, and the explanation shows the
// condition's measure with the published range (or says no study measured it). One page; state
// changes through the store (?test exposes window.__corium), pictures read once the scene settles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { settledPicture, waitForPicture } from './canvasPixels';
import { fractionColourDiffering, type Rgba } from './pixels';
import { days } from '../../src/model';

const CONDITIONS = [
  ['acne-scars-icepick-course', 'face'], ['acne-scars-boxcar-course', 'face'], ['acne-scars-rolling-course', 'face'],
  ['fine-lines-course', 'face'], ['stretch-marks-course', 'back'], ['stretch-marks-red-course', 'back'], ['enlarged-pores-course', 'face'],
] as const;
/**
 * Per condition: one part its labels name on the phone, the part named at one needle hole's zoom and
 * at the cells' zoom (src/scene/conditionFocus.ts), and its healed stage's full name (explain.healed.name).
 */
const NAMED: Readonly<Record<(typeof CONDITIONS)[number][0], { part: string; channel: string; cells: string; healed: string }>> = {
  'acne-scars-icepick-course': { part: 'scarFloor', channel: 'scarFloor', cells: 'scarTissue', healed: 'Scar little changed' },
  'acne-scars-boxcar-course': { part: 'scarFloor', channel: 'scarFloor', cells: 'scarTissue', healed: 'Scar improved' },
  'acne-scars-rolling-course': { part: 'tetheringBand', channel: 'scarFloor', cells: 'scarTissue', healed: 'Scar improved' },
  'fine-lines-course': { part: 'wrinkleFurrow', channel: 'wrinkleFurrow', cells: 'elastoticMaterial', healed: 'Line shallower' },
  'stretch-marks-course': { part: 'stretchMark', channel: 'stretchMark', cells: 'striaeCollagen', healed: 'Mark improved' },
  'stretch-marks-red-course': { part: 'dilatedVessels', channel: 'stretchMark', cells: 'dilatedVessels', healed: 'Mark improved' },
  'enlarged-pores-course': { part: 'enlargedPore', channel: 'enlargedPore', cells: 'enlargedPore', healed: 'Pores little changed' },
};
/** Before the second session (the first session's channels long closed) and a year after the last. */
const BEFORE_H = days(29);
const AFTER_H = days(455);

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;

async function setState(patch: Record<string, unknown>): Promise<void> {
  await session.page.evaluate((p) => { (window as unknown as { __corium: { setState(p: unknown): void } }).__corium.setState(p); }, patch);
}

async function pictureOf(patch: Record<string, unknown>): Promise<Rgba> {
  await setState(patch);
  return settledPicture(session.page);
}

beforeAll(async () => {
  server = await startPreview();
  session = await launchBrowser({ width: 480, height: 360 });
  record = recordPage(session.page);
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await session.page.goto(`${server.url}?scenario=microneedling-course-4x&labels=0&test`, { waitUntil: 'load' });
  await waitForPicture(session.page);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

/** Share of the block's pixels the course changed, per condition (filled by the first walk). */
const courseChange = new Map<string, number>();
/** Healthy skin of each site on the same day, drawn once (the scene is seeded: the same state draws the same picture). */
const healthyOn = new Map<string, Rgba>();

describe('conditions in the block', () => {
  it.each(CONDITIONS)('%s differs from healthy skin and from itself after the course', async (scenario, site) => {
    const healthy = healthyOn.get(site) ?? (await pictureOf({ scenario: 'microneedling-course-4x', site, timeHours: BEFORE_H }));
    healthyOn.set(site, healthy);
    const before = await pictureOf({ scenario, site: null, timeHours: BEFORE_H });
    const after = await pictureOf({ scenario, site: null, timeHours: AFTER_H });
    const vsHealthy = fractionColourDiffering(healthy, before);
    const vsAfter = fractionColourDiffering(before, after);
    expect(vsHealthy, `${scenario} vs healthy`).toBeGreaterThan(0.005);
    expect(vsAfter, `${scenario} before vs after`).toBeGreaterThan(0.001);
    courseChange.set(scenario, vsAfter);
  }, 120_000);

  it('an ice-pick scar is seen to change less over the same course than a boxcar or a rolling scar', () => {
    const icepick = courseChange.get('acne-scars-icepick-course')!;
    // Same protocol and site: what differs is how far each scar's floor rises.
    expect(icepick, JSON.stringify(Object.fromEntries(courseChange))).toBeLessThan(courseChange.get('acne-scars-boxcar-course')!);
    expect(icepick).toBeLessThan(courseChange.get('acne-scars-rolling-course')!);
  });

  it('the explanation gives the measure with the published range, its evidence and the caveats', async () => {
    await pictureOf({ scenario: 'acne-scars-boxcar-course', site: null, timeHours: AFTER_H });
    const section = session.page.locator('.explain__condition').first();
    await expect.poll(() => section.count()).toBeGreaterThan(0);
    const text = await section.innerText();
    expect(text).toMatch(/Goodman & Baron/);
    expect(text).toMatch(/Studies of a similar course reported a change of/);
    expect(text).toMatch(/vondalwig2020/);
    expect(text).toMatch(/no control group/);
  }, 60_000);

  it('for pores it says in plain words that no controlled study has measured it', async () => {
    await pictureOf({ scenario: 'enlarged-pores-course', site: null, timeHours: AFTER_H });
    const section = session.page.locator('.explain__condition').first();
    await expect.poll(async () => (await section.count()) > 0 && /No controlled study has measured this/.test(await section.innerText())).toBe(true);
    expect(await section.innerText()).toMatch(/Evidence D/);
  }, 60_000);

  it('for a red stretch mark it says the range is for stretch marks in general and the vessels’ sizes are assumptions', async () => {
    await setState({ scenario: 'stretch-marks-red-course', site: null, timeHours: AFTER_H });
    const section = session.page.locator('.explain__condition').first();
    await expect.poll(async () => (await section.count()) > 0 && /No study gave a number for red stretch marks alone/.test(await section.innerText())).toBe(true);
    expect(await section.innerText()).toMatch(/Evidence D/);
    expect(await section.innerText()).toMatch(/mohamedali2017/);
  }, 60_000);

  it('labels the scar floor where it is, following it up as the course fills the scar; the stage says the scar improved', async () => {
    const floorDot = session.page.locator('[data-leader="scarFloor"] circle');
    const dotAt = async (timeHours: number): Promise<number> => {
      await pictureOf({ scenario: 'acne-scars-boxcar-course', site: null, labels: true, timeHours });
      await expect.poll(() => session.page.locator('[data-anchor="scarFloor"]').evaluate((el) => (el as HTMLElement).style.visibility)).toBe('visible');
      return Number(await floorDot.getAttribute('cy'));
    };
    const before = await dotAt(BEFORE_H);
    const after = await dotAt(AFTER_H);
    // 0.4 mm floor filled ~55%: a few pixels higher at 480 × 360 (y grows downward).
    expect(after).toBeLessThan(before - 2);
    expect(await session.page.locator('.transport__now').innerText()).toMatch(/Scar improved/);
    expect(await session.page.locator('.transport__now').innerText()).not.toMatch(/no scar/);
    await pictureOf({ labels: false });
  }, 60_000);

  it('zoomed in to one needle hole and to cells, the view looks at the condition and names it', async () => {
    const shown = (id: string): Promise<boolean> => session.page.locator(`[data-anchor="${id}"]`).evaluate((el) => (el as HTMLElement).style.visibility === 'visible');
    for (const [scenario] of CONDITIONS) {
      for (const view of ['channel', 'cells'] as const) {
        await setState({ scenario, site: null, labels: true, view, timeHours: BEFORE_H });
        await expect.poll(() => shown(NAMED[scenario][view]), { timeout: 20_000, message: `${scenario} at ${view}: ${NAMED[scenario][view]} named` }).toBe(true);
      }
    }
    await setState({ labels: false, view: 'tissue' });
  }, 120_000);

  it('on a 360 × 640 phone no condition label covers another label (the layer names on the left)', async () => {
    await session.page.setViewportSize({ width: 360, height: 640 });
    const boxes = (): Promise<{ id: string; x: number; y: number; w: number; h: number }[]> => session.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-anchor]')].filter((el) => el.style.visibility === 'visible').map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.dataset.anchor ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
      }));
    const conditionParts = ['scarFloor', 'scarTissue', 'tetheringBand', 'wrinkleFurrow', 'elastoticMaterial', 'stretchMark', 'striaeCollagen', 'enlargedPore', 'dilatedVessels'];
    for (const [scenario] of CONDITIONS) {
      // No settled picture needed: the labels are placed on the first frame of the new block.
      await setState({ scenario, site: null, labels: true, timeHours: BEFORE_H });
      await expect.poll(async () => (await boxes()).some((b) => b.id === NAMED[scenario].part), { timeout: 20_000 }).toBe(true);
      const all = await boxes();
      for (const a of all.filter((b) => conditionParts.includes(b.id))) {
        for (const b of all.filter((o) => o.id !== a.id)) {
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap, `${scenario}: ${a.id} ${JSON.stringify(a)} over ${b.id} ${JSON.stringify(b)}`).toBe(false);
        }
      }
    }
    await setState({ labels: false });
    await session.page.setViewportSize({ width: 480, height: 360 });
  }, 120_000);

  it('at 1280 px the last band of the timeline names the healed stage (short if need be, the full name in its tooltip), inside the band', async () => {
    await session.page.setViewportSize({ width: 1280, height: 720 });
    // From the surface view, whose labels sit on the section's half, back to the block with each
    // condition: the label overlay spans the view again (it once stayed 0 px wide, every label gone).
    await setState({ view: 'surface' });
    const overlay = session.page.locator('[data-scale]').locator('..');
    await expect.poll(() => overlay.evaluate((el) => (el as HTMLElement).style.left)).toBe('50%');
    for (const [scenario] of CONDITIONS) {
      // The strip is DOM: no picture to wait for.
      await setState({ scenario, site: null, view: 'tissue', timeHours: AFTER_H });
      const viewWidth = (await session.page.locator('.app__view').boundingBox())?.width;
      await expect.poll(async () => (await overlay.boundingBox())?.width, { message: 'the label overlay spans the view' }).toBe(viewWidth);
      const band = session.page.locator('.timeline__row').first().locator('.timeline__band--resolved').last();
      // The band's tooltip is the full name.
      await expect.poll(() => band.locator('title').textContent()).toBe(NAMED[scenario].healed);
      const text = band.locator('text');
      expect(await text.count(), `${scenario}: a name in the last band`).toBe(1);
      const [t, r] = await Promise.all([text.boundingBox(), band.locator('rect').first().boundingBox()]);
      expect(t!.x, `${scenario}: "${await text.textContent()}" starts inside its band`).toBeGreaterThanOrEqual(r!.x);
      expect(t!.x + t!.width, `${scenario}: "${await text.textContent()}" ends inside its band`).toBeLessThanOrEqual(r!.x + r!.width);
    }
    await session.page.setViewportSize({ width: 480, height: 360 });
  }, 120_000);

  it('raises no page errors and logs no console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
