// Languages: under the accented pseudo-locale every word on screen — text, accessible names,
// titles, slider values — is pseudo-text, so any English left is a string that bypassed the
// catalogues; under the right-to-left pseudo-locale the layout mirrors and nothing overflows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { launchWith, NO_WEBGL_FLAGS, waitForStore, waitInPage } from './browsers';

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

/** Opens every panel (and waits for lazy bodies), then lists every English-looking string shown. */
async function untranslated(page: Page): Promise<string[]> {
  await page.evaluate(() => document.querySelectorAll('details.panel:not([open])').forEach((d) => d.setAttribute('open', '')));
  await waitInPage(page, () => [...document.querySelectorAll('.panel__body')].every((b) => !/Loading|Ļöàðíñĝ/.test(b.textContent ?? '')), 30_000);
  return page.evaluate(() => {
    // Pseudo-text is bracketed and accented; a run of plain ASCII letters without either is English.
    const pseudo = /[\u00c0-\u024f[\]\u202e]/;
    const english = (s: string) => /[A-Za-z]{2,}/.test(s) && !pseudo.test(s);
    const found = new Set<string>();
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const parent = n.parentElement;
      if (!parent || !text || parent.closest('script, style, dialog:not([open])') || !visible(parent)) continue;
      if (english(text)) found.add(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [aria-valuetext], [alt]')) {
      if (el.closest('dialog:not([open])')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'aria-valuetext', 'alt']) {
        const v = el.getAttribute(attr);
        if (v && english(v)) found.add(`${attr}="${v}"`);
      }
    }
    return [...found];
  });
}

describe('languages', () => {
  it('leaves no English on screen under the accented pseudo-locale (panels open, no WebGL)', async () => {
    const page = session.page;
    await page.goto(`${server.url}?test&pseudo=accented&scenario=microneedling-course-4x&compare=deep-incision&t=300`);
    await waitInPage(page, () => '__corium' in window && document.documentElement.lang === 'en-XA');
    expect(await untranslated(page)).toEqual([]);
  });

  it('leaves no English in the 3D view\'s labels and captions either', async () => {
    const gl = await launchWith([], { width: 640, height: 480 });
    try {
      await gl.page.goto(`${server.url}?test&pseudo=accented&scenario=deep-incision&t=48`);
      await waitForStore(gl.page);
      // The projector shows the layer labels and the scale bar once the first frame has measured them.
      await waitInPage(gl.page, () => [...document.querySelectorAll<HTMLElement>('.app__view [data-anchor], .app__view [data-scale]')].some((e) => e.style.visibility === 'visible'), 60_000);
      expect(await untranslated(gl.page)).toEqual([]);
    } finally {
      await gl.close();
    }
  });

  it('mirrors the layout right to left without overflow', async () => {
    const page = session.page;
    await page.goto(`${server.url}?test&pseudo=rtl`);
    await waitInPage(page, () => '__corium' in window && document.documentElement.dir === 'rtl');
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - innerWidth,
        title: box('.topbar__title'),
        view: box('.app__view'),
        panels: box('.app__panels'),
        width: innerWidth,
      };
    });
    expect(layout.overflow).toBeLessThanOrEqual(0);
    // Mirrored: the title starts at the right edge, the panels dock on the left of the view.
    expect(layout.title.right).toBeGreaterThan(layout.width * 0.8);
    expect(layout.panels.right).toBeLessThanOrEqual(layout.view.left + 1);
  });

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
