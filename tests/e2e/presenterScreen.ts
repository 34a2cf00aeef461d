// What a projector shows in presenter mode, measured in the page: the share of the window the 3D
// picture gets (the view the canvas fills), and whether anything in the top bar is cut off or
// scrolled sideways. Shared by layout.test.ts (no class) and classroom.test.ts (during a class).
import type { Page } from 'playwright-core';

/** The picture's area over the window's (the canvas fills .app__view; without WebGL, so does its fallback). */
export const pictureShare = (page: Page): Promise<number> => page.evaluate(() => {
  const r = (document.querySelector('.app__view canvas') ?? document.querySelector('.app__view'))!.getBoundingClientRect();
  return (r.width * r.height) / (window.innerWidth * window.innerHeight);
});

/** Top-bar controls whose box leaves the window, or that sit in a bar that scrolls sideways (empty: everything fits). */
export const headerProblems = (page: Page): Promise<string[]> => page.evaluate(() => {
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page scrolls sideways');
  for (const el of document.querySelectorAll<HTMLElement>('.topbar, .topbar *')) {
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && el.clientWidth > 1 /* not a visually hidden label */) problems.push(`scrolls sideways: ${el.className || el.tagName}`);
  }
  for (const el of document.querySelectorAll<HTMLElement>('.topbar :is(button, select, label, h1, [role="status"])')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || el.closest('.topbar__more') && getComputedStyle(el.closest('.topbar__more')!).display === 'none') continue;
    if (r.left < -0.5 || r.right > window.innerWidth + 0.5 || r.top < -0.5 || r.bottom > window.innerHeight + 0.5) problems.push(`cut: ${el.textContent}`);
  }
  return problems;
});

/** Rows the visible children of `selector` sit on (tops that differ by more than half a row). */
export const rowsOf = (page: Page, selector: string): Promise<number> => page.evaluate((sel) => {
  const items = [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.offsetParent !== null);
  const mids = items.map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.top + r.height / 2);
  const rows: number[] = [];
  for (const m of mids.sort((a, b) => a - b)) if (!rows.some((r) => Math.abs(r - m) < 14)) rows.push(m);
  return rows.length;
}, selector);
