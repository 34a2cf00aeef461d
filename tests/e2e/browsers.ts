// Browser variants for the robustness, privacy and offline tests: the harness's Chromium with
// extra flags (WebGL off, precise memory), and helpers to collect failures and read the store.
import type { Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './harness';

/** Headless Chromium as in the harness, plus `extraArgs`; a fresh profile, removed on close. */
export function launchWith(extraArgs: readonly string[], viewport = { width: 320, height: 240 }): Promise<BrowserSession> {
  return launchBrowser(viewport, extraArgs);
}

/** Chromium's switches that leave a page with no WebGL context of any kind. */
export const NO_WEBGL_FLAGS = ['--disable-webgl', '--disable-webgl2', '--disable-3d-apis'];

export interface StoreSnapshot { scenario: string; compare: string | null; timeHours: number; view: string; site: string | null }

/** The simulation state the store holds (needs `?test`, which puts the store on window). */
export function storeSnapshot(page: Page): Promise<StoreSnapshot> {
  return page.evaluate(() => {
    const s = (window as unknown as { __corium: { getState(): StoreSnapshot } }).__corium.getState();
    return { scenario: s.scenario, compare: s.compare, timeHours: s.timeHours, view: s.view, site: s.site };
  });
}

export interface RenderInfo { geometries: number; textures: number; programs: number; calls: number; lost: boolean }

/** three's GPU resource counts (needs `?test`). */
export function renderInfo(page: Page): Promise<RenderInfo> {
  return page.evaluate(() => (window as unknown as { __coriumRenderInfo(): RenderInfo }).__coriumRenderInfo());
}

/** Waits until the app is up under `?test` (the canvas was created and the store exposed). */
export async function waitForStore(page: Page): Promise<void> {
  await page.waitForFunction(() => '__corium' in window && '__coriumRenderInfo' in window, undefined, { timeout: 60_000 });
}
