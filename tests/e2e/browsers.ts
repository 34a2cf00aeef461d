// Browser variants for the robustness, privacy and offline tests: the harness's Chromium with
// extra flags (WebGL off, precise memory), and helpers to collect failures and read the store.
import type { Page } from 'playwright-core';
import { launchBrowser, NO_WEBGL_SWITCHES, type BrowserSession } from './harness';
import type { RenderInfo } from '../../src/scene/GraphicsGuard';

/** Headless Chromium as in the harness, plus `extraArgs`; a fresh profile, removed on close. */
export function launchWith(extraArgs: readonly string[], viewport = { width: 320, height: 240 }): Promise<BrowserSession> {
  return launchBrowser(viewport, extraArgs);
}

/** Chromium's switches that leave a page with no WebGL context of any kind. */
export const NO_WEBGL_FLAGS = NO_WEBGL_SWITCHES;

export interface StoreSnapshot { scenario: string; compare: string | null; timeHours: number; view: string; site: string | null }

/** The simulation state the store holds (needs `?test`, which puts the store on window). */
export function storeSnapshot(page: Page): Promise<StoreSnapshot> {
  return page.evaluate(() => {
    const s = (window as unknown as { __corium: { getState(): StoreSnapshot } }).__corium.getState();
    return { scenario: s.scenario, compare: s.compare, timeHours: s.timeHours, view: s.view, site: s.site };
  });
}

export type { RenderInfo };

/** three's GPU resource counts (needs `?test`). */
export function renderInfo(page: Page): Promise<RenderInfo> {
  return page.evaluate(() => (window as unknown as { __coriumRenderInfo(): RenderInfo }).__coriumRenderInfo());
}

/**
 * Polls a predicate in the page until it holds. Not page.waitForFunction: under the production
 * CSP (no 'unsafe-eval') its in-page polling cannot run, so it only ever sees the first check.
 */
export async function waitInPage(page: Page, predicate: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms in the page for ${predicate.toString()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sets the simulated time through the store (`?test` puts it on window.__corium), as the time slider does. */
export async function setSimulatedTime(page: Page, hours: number): Promise<void> {
  await page.evaluate((h) => (window as unknown as { __corium: { getState(): { setTime(h: number): void } } }).__corium.getState().setTime(h), hours);
}

/** The 3D view is a lazy chunk: wait until it has mounted and exposed its test hooks. */
export async function waitForStore(page: Page): Promise<void> {
  await waitInPage(page, () => '__corium' in window && '__coriumRenderInfo' in window);
}

/**
 * Closes the open dialog with Escape and returns once its `close` event has been handled. The
 * dialog hides at once, but the app gives focus back to its button in that event, a task later;
 * a test that moves the focus before then has it taken back (and Space would press the button).
 */
export async function closeDialogWithEscape(page: Page): Promise<void> {
  // Listening starts before the key is sent: a script and a key press go to the page by
  // different routes, and the key can arrive first.
  await page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    if (!dialog) throw new Error('no open dialog');
    // Listeners run in the order they were added: the app's has run by the time this timer fires.
    (window as unknown as { __dialogClosed: Promise<void> }).__dialogClosed = new Promise<void>((resolve) => {
      dialog.addEventListener('close', () => setTimeout(resolve, 0), { once: true });
    });
  });
  await page.keyboard.press('Escape');
  await page.evaluate(() => (window as unknown as { __dialogClosed: Promise<void> }).__dialogClosed);
}

/** Waits until the 3D view has built everything (its staged structures mounted and drawn once; needs `?test`). */
export async function waitForSettledView(page: Page, timeoutMs = 90_000): Promise<void> {
  await waitInPage(page, () => (window as unknown as { __coriumSettled?: () => boolean }).__coriumSettled?.() === true, timeoutMs);
}
