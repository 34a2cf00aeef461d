// The time transport by keyboard and by pointer, without WebGL (the page's own clock plays):
// Play/Pause and Space, Step forward to the next healing stage, the speed radios, the time slider
// by arrow keys, Reset all, the keyboard-shortcuts dialog (opened with `?`, closed with Escape,
// focus returned), and turning single-key shortcuts off. Starts paused under reduced motion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { closeDialogWithEscape, launchWith, NO_WEBGL_FLAGS, waitInPage } from './browsers';
import { DEFAULT_SCENARIO_ID } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { forwardALittle } from '../../src/ui/transport/steps';

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;
let page: Page;

interface Clock { timeHours: number; playing: boolean; speed: string; scenario: string }
const clock = (): Promise<Clock> => page.evaluate(() => {
  const s = (window as unknown as { __corium: { getState(): Clock } }).__corium.getState();
  return { timeHours: s.timeHours, playing: s.playing, speed: s.speed, scenario: s.scenario };
});
const act = (fn: string, ...args: unknown[]): Promise<void> => page.evaluate(([f, a]) => {
  const s = (window as unknown as { __corium: { getState(): Record<string, (...x: unknown[]) => void> } }).__corium.getState();
  s[f as string](...(a as unknown[]));
}, [fn, args] as const);
/** Focus back on the page itself, as after clicking on empty space. */
const focusPage = (): Promise<void> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith(NO_WEBGL_FLAGS, { width: 900, height: 640 });
  page = session.page;
  record = recordPage(page);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}?scenario=deep-incision&test`);
  await waitInPage(page, () => '__corium' in window, 30_000);
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('transport', () => {
  it('starts paused under reduced motion', async () => {
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    await page.waitForTimeout(300);
    expect(await clock()).toMatchObject({ playing: false, timeHours: 0 });
  });

  it('Play/Pause by pointer toggles its name and the clock runs', async () => {
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await expect.poll(async () => (await clock()).timeHours, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
    expect((await clock()).playing).toBe(false);
  });

  it('Space plays and pauses from anywhere outside a field', async () => {
    await focusPage();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await clock()).playing).toBe(true);
    expect(await page.getByRole('button', { name: 'Pause', exact: true }).isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await clock()).playing).toBe(false);
    // On the Play button itself, Space presses it once (not twice).
    await page.getByRole('button', { name: 'Play', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await clock()).playing).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(async () => (await clock()).playing).toBe(false);
  });

  it('Step forward jumps to the start of the next healing stage, by pointer and by keyboard', async () => {
    const stages = blockDataFor('deep-incision', null).curves.stages;
    await act('setTime', 0);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(async () => (await clock()).timeHours).toBeCloseTo(stages[1].startHours, 6);
    await page.getByRole('button', { name: 'Step forward' }).press('Enter');
    await expect.poll(async () => (await clock()).timeHours).toBeCloseTo(stages[2].startHours, 6);
    await expect.poll(() => page.locator('.stage-diagram figcaption').innerText()).toMatch(/Now: Rebuilding/);
    await focusPage();
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(async () => (await clock()).timeHours).toBeCloseTo(stages[3].startHours, 6);
    const before = (await clock()).timeHours;
    await page.getByRole('button', { name: 'Forward a little' }).click();
    expect((await clock()).timeHours).toBeGreaterThan(before);
  });

  it('a course shows its four sessions on the timeline, and Step forward reaches session 2', async () => {
    await act('setScenario', 'microneedling-course-4x');
    await expect.poll(() => page.locator('.timeline__session').count()).toBe(4);
    const course = blockDataFor('microneedling-course-4x', null);
    await act('setTime', course.sessionsHours[1] - 1);
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect.poll(async () => (await clock()).timeHours).toBeCloseTo(course.sessionsHours[1], 6);
    await expect.poll(() => page.locator('.stage-diagram figcaption').innerText()).toMatch(/Now: Clotting/);
  });

  it('the Speed radios set the speed by pointer, arrow keys and number keys', async () => {
    const group = page.getByRole('radiogroup', { name: 'Speed' });
    expect(await group.getByRole('radio', { name: 'Normal' }).isChecked()).toBe(true);
    await group.getByRole('radio', { name: 'Fast' }).click();
    await expect.poll(async () => (await clock()).speed).toBe('fast');
    await group.getByRole('radio', { name: 'Fast' }).press('ArrowLeft');
    await expect.poll(async () => (await clock()).speed).toBe('normal');
    expect(await group.getByRole('radio', { name: 'Normal' }).isChecked()).toBe(true);
    await focusPage();
    await page.keyboard.press('1');
    await expect.poll(async () => (await clock()).speed).toBe('slow');
  });

  it('the Simulated time slider moves by arrow keys and reads the time in plain units', async () => {
    const slider = page.getByRole('slider', { name: 'Simulated time' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => slider.getAttribute('aria-valuetext')).toBe('0 min');
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
    const later = await slider.getAttribute('aria-valuetext');
    expect(later).not.toBe('0 min');
    expect((await clock()).timeHours).toBeGreaterThan(0);
    expect(await page.locator('.transport__now').innerText()).toContain(later!);
    // One press is one notch: the page's own shortcuts stay out of fields, so it never moves twice.
    const t1 = (await clock()).timeHours;
    await page.keyboard.press('ArrowRight');
    expect((await clock()).timeHours).toBeCloseTo(forwardALittle(t1, blockDataFor('microneedling-course-4x', null).spanHours), 6);
  });

  it('Play at the end starts again from 0', async () => {
    const span = blockDataFor('microneedling-course-4x', null).spanHours;
    await act('setTime', span);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    const c = await clock();
    expect(c.playing).toBe(true);
    expect(c.timeHours).toBeLessThan(span / 100);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
  });

  it('Reset all goes back to the default scenario at time 0', async () => {
    await act('setTime', 500);
    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect.poll(clock).toMatchObject({ scenario: DEFAULT_SCENARIO_ID, timeHours: 0, playing: false });
  });

  it('? opens the keyboard shortcuts; Escape closes them and gives focus back', async () => {
    await page.getByRole('button', { name: 'Step forward' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toMatch(/Play or pause/);
    // Inside the dialog, Space is not a shortcut.
    await page.keyboard.press('Space');
    expect((await clock()).playing).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Step forward');
  });

  it('single-key shortcuts can be turned off, and that is remembered', async () => {
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.getByRole('checkbox', { name: 'Use single-key shortcuts' }).uncheck();
    await closeDialogWithEscape(page);
    expect(await dialog.isVisible()).toBe(false);
    await focusPage();
    await page.keyboard.press('Space');
    await page.keyboard.press('?');
    await page.waitForTimeout(200);
    expect((await clock()).playing).toBe(false);
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('corium.shortcuts'))).toBe('off');
    // The buttons still work.
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
  });

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
