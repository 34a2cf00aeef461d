// Keyboard alone: Tab walks every control once, in reading order (top bar → view tools →
// transport → panels), each with an accessible name and a visible focus ring that nothing
// covers; Escape closes a dialog and gives focus back; `?` opens the keyboard help, where
// single-key shortcuts can be turned off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { closeDialogWithEscape, launchWith, NO_WEBGL_FLAGS, waitInPage } from './browsers';

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith(NO_WEBGL_FLAGS, { width: 1280, height: 720 });
  record = recordPage(session.page);
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

interface Stop { name: string; role: string; ring: boolean; covered: boolean; region: string }

/** What the focused element is called, whether its focus is visible, and whether anything covers it. */
function focusedStop(): Stop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const labelled = el.getAttribute('aria-labelledby');
  const name = (el.getAttribute('aria-label')
    ?? (labelled ? labelled.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null)
    ?? ((el as HTMLInputElement).labels?.[0]?.textContent)
    ?? el.getAttribute('title')
    ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  const covered = top !== null && top !== el && !el.contains(top) && !top.contains(el) && !(el as HTMLInputElement).labels?.[0]?.contains(top);
  const region = el.closest('.app__bar') ? 'bar' : el.closest('.app__view') ? 'view' : el.closest('.app__transport') ? 'transport' : el.closest('.app__panels') ? 'panels' : 'other';
  return { name, role: el.getAttribute('role') ?? el.tagName.toLowerCase(), ring, covered, region };
}

describe('keyboard', () => {
  it('Tab reaches every control in reading order, named, with a visible, uncovered focus ring', async () => {
    const page = session.page;
    await page.goto(`${server.url}?test`);
    await waitInPage(page, () => '__corium' in window);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    const stops: Stop[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(focusedStop);
      if (!stop) break;
      if (stops.length > 0 && stops[0].name === stop.name && stops[0].role === stop.role) break;
      stops.push(stop);
    }
    console.log(`tab stops: ${stops.length}: ${stops.map((s) => `${s.region}:${s.name}`).join(' | ')}`);
    expect(stops.length).toBeGreaterThan(10);
    for (const s of stops) {
      expect(s.name, JSON.stringify(s)).not.toBe('');
      expect(s.ring, `no visible focus on ${JSON.stringify(s)}`).toBe(true);
      expect(s.covered, `focus hidden behind something: ${JSON.stringify(s)}`).toBe(false);
    }
    // Reading order: the regions come in layout order and never interleave.
    const regions = stops.map((s) => s.region).filter((r, i, all) => i === 0 || all[i - 1] !== r);
    expect(regions).toEqual(['bar', 'view', 'transport', 'panels'].filter((r) => regions.includes(r)));
    const names = stops.map((s) => s.name);
    const index = (pattern: RegExp) => names.findIndex((n) => pattern.test(n));
    for (const pattern of [/^Play$/, /^Step forward$/, /^Simulated time/, /^Scenario/]) expect(index(pattern), String(pattern)).toBeGreaterThanOrEqual(0);
    expect(index(/^Play$/)).toBeLessThan(index(/^Simulated time/));
    expect(index(/^Simulated time/)).toBeLessThan(index(/^Scenario/));
  });

  it('Escape closes a dialog and returns focus to its button', async () => {
    const page = session.page;
    const opener = page.locator('button[aria-haspopup="dialog"]').first();
    await opener.focus();
    const name = await opener.innerText();
    await page.keyboard.press('Enter');
    await waitInPage(page, () => document.querySelector('dialog[open]') !== null, 10_000);
    expect(await page.evaluate(() => document.querySelector('dialog[open]')?.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await waitInPage(page, () => document.querySelector('dialog[open]') === null, 10_000);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText)).toBe(name);
  });

  it('? opens the keyboard help; turning single-key shortcuts off stops Space from playing', async () => {
    const page = session.page;
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Shift+Slash');
    const help = page.getByRole('dialog', { name: /Keyboard/ });
    await expect.poll(() => help.isVisible(), { timeout: 10_000 }).toBe(true);
    const toggle = help.getByRole('checkbox');
    if (await toggle.isChecked()) await toggle.press('Space');
    await closeDialogWithEscape(page);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __corium: { getState(): { playing: boolean } } }).__corium.getState().playing)).toBe(false);
    // And back on: Space plays. With single-key shortcuts off, `?` is off too (WCAG 2.1.4): the button opens the help.
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect.poll(() => help.isVisible(), { timeout: 10_000 }).toBe(true);
    await help.getByRole('checkbox').press('Space');
    await closeDialogWithEscape(page);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Space');
    await waitInPage(page, () => (window as unknown as { __corium: { getState(): { playing: boolean } } }).__corium.getState().playing, 10_000);
  });

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
