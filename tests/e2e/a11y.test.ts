// WCAG 2.2 AA sweep: axe-core (tags wcag2a … wcag22aa) reports zero violations in every main
// state of the production build — default, playing, each healing stage, comparing, every panel
// and every dialog open, patient and presenter modes, Spanish. The 3D picture is only needed
// where the overlay labels sit on it; the other states run without WebGL, which is much faster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { launchWith, NO_WEBGL_FLAGS, waitForStore, waitInPage } from './browsers';
import { axeViolations } from './axe';
import { blockDataFor } from '../../src/state/blockData';

let server: PreviewServer;
let plain: BrowserSession;
let record: PageRecord;
const checked: string[] = [];

beforeAll(async () => {
  server = await startPreview();
  plain = await launchWith(NO_WEBGL_FLAGS, { width: 1024, height: 768 });
  record = recordPage(plain.page);
});
afterAll(async () => {
  await plain?.close();
  await server?.stop();
  console.log(`axe: ${checked.length} states checked: ${checked.join('; ')}`);
});

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${server.url}?test&${query}`);
  await waitInPage(page, () => '__corium' in window && document.querySelector('.app__panels') !== null);
}

async function expectClean(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${state}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  checked.push(state);
}

/** A time in the middle of every stage the deep cut passes through (from the model itself). */
function stageTimes(scenario: string): { stage: string; hours: number }[] {
  const stages = blockDataFor(scenario, null).curves.stages;
  return stages.map((s) => ({ stage: s.stage, hours: Number.isFinite(s.endHours) ? (s.startHours + s.endHours) / 2 : s.startHours + 24 * 30 }));
}

describe('axe finds no WCAG 2.2 AA violation', () => {
  it('by default, while playing, and comparing', async () => {
    const page = plain.page;
    await open(page, '');
    await expectClean(page, 'default');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expectClean(page, 'playing');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await open(page, 'scenario=microneedling-acne-scars-1.5mm&compare=deep-incision&t=200');
    await expectClean(page, 'comparing');
  });

  it('in every healing stage of a deep cut and of a micro-injury', async () => {
    const page = plain.page;
    for (const scenario of ['deep-incision', 'microneedling-face-0.5mm', 'keloid-prone-incision']) {
      // One load per scenario; each stage's time is then set through the store, as the slider does.
      await open(page, `scenario=${scenario}`);
      for (const { stage, hours } of stageTimes(scenario)) {
        // React renders a store change before the next frame; axe then reads that page.
        await page.evaluate(async (h) => {
          (window as unknown as { __corium: { getState(): { setTime(h: number): void } } }).__corium.getState().setTime(h);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }, hours);
        await expectClean(page, `${scenario} ${stage}`);
      }
    }
  });

  it('with every panel open, and with each dialog open', async () => {
    const page = plain.page;
    await open(page, 'scenario=microneedling-course-4x&compare=deep-incision&t=900');
    await page.evaluate(() => document.querySelectorAll('details.panel:not([open])').forEach((d) => d.setAttribute('open', '')));
    // Lazy panel bodies show "Loading…" until their chunk arrives.
    await waitInPage(page, () => [...document.querySelectorAll('.panel__body')].every((b) => !b.textContent?.includes('Loading')), 30_000);
    await expectClean(page, 'all panels open');
    const openers = page.locator('button[aria-haspopup="dialog"]');
    const count = await openers.count();
    expect(count).toBeGreaterThan(2);
    for (let i = 0; i < count; i++) {
      const opener = openers.nth(i);
      if (!(await opener.isVisible()) || !(await opener.isEnabled())) continue;
      const name = (await opener.getAttribute('aria-label')) ?? (await opener.innerText());
      await opener.click();
      await waitInPage(page, () => document.querySelector('dialog[open]') !== null, 10_000);
      await expectClean(page, `dialog "${name.trim()}"`);
      await page.keyboard.press('Escape');
      await waitInPage(page, () => document.querySelector('dialog[open]') === null, 10_000);
    }
  });

  it('in patient and presenter modes, and in Spanish', async () => {
    const page = plain.page;
    for (const query of ['mode=patient', 'mode=presenter', 'lang=es', 'lang=es&mode=patient']) {
      await open(page, query);
      if (query.includes('lang=es')) await waitInPage(page, () => document.documentElement.lang === 'es', 20_000);
      await expectClean(page, query);
    }
  });

  it('over the 3D picture (labels on the canvas), in explore and presenter modes', async () => {
    const gl = await launchWith([], { width: 1024, height: 640 });
    try {
      for (const query of ['scenario=deep-incision&t=48', 'mode=presenter&scenario=deep-incision&t=48']) {
        await gl.page.goto(`${server.url}?test&${query}`);
        await waitForStore(gl.page);
        await expectClean(gl.page, `3D view, ${query}`);
      }
    } finally {
      await gl.close();
    }
  });

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
