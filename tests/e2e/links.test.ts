// 40 generated malformed share links, opened in the built app: no exception, a clear notice,
// sane defaults in the controls and the address, and injected markup shown as text, never run.
// The parser itself reads all 200 of the generator's links in tests/state/malformedLinks.test.ts;
// here each link is a page load (about half a second), so the browser opens the first 40, which
// carry every markup payload (checked below) and broken values in every parameter.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recordPage, startPreview, type BrowserSession, type PreviewServer } from './harness';
import { MARKUP, malformedLinks } from './malformedLinks';
import { launchWith, NO_WEBGL_FLAGS } from './browsers';
import { SCENARIO_IDS, MAX_AGE_HOURS } from '../../src/model';

const COUNT = 40;
let server: PreviewServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await startPreview();
  // WebGL off: this test is about the address, the notice and the text, which do not depend on
  // the 3D view, and loading 200 scenes in software WebGL would take minutes. The parser's
  // results for the same links are checked in tests/state/malformedLinks.test.ts, and the scene
  // under random valid states in fuzz.test.ts.
  session = await launchWith(NO_WEBGL_FLAGS, { width: 160, height: 240 });
});
afterAll(async () => {
  await session?.close();
  await server?.stop();
});

it(`${COUNT} malformed share links fall back to defaults with a notice, markup shown as text`, { timeout: 180_000 }, async () => {
  const page = session.page;
  const record = recordPage(page);
  let tried = 0;
  const links = malformedLinks(COUNT);
  // The links opened here still carry every markup payload the generator knows.
  expect(new Set(links.flatMap((l) => l.markup))).toEqual(new Set(MARKUP));
  for (const link of links) {
    const errorsBefore = record.pageErrors.length;
    await page.goto(`${server.url}?${link.query}`, { waitUntil: 'domcontentloaded' });
    await page.locator('.notices').waitFor({ timeout: 20_000 });
    const seen = await page.evaluate(() => {
      const notices = document.querySelector('.notices');
      const scenario = document.querySelector<HTMLSelectElement>('select[name="scenario"]');
      return {
        notice: notices?.textContent ?? '',
        foreign: [...(notices?.querySelectorAll('*') ?? [])].map((e) => e.tagName).filter((t) => !['UL', 'LI', 'BUTTON'].includes(t)),
        pwned: 'pwned' in window || '__pwned' in window,
        description: document.getElementById('scene-description')?.textContent ?? '',
        scenario: scenario?.value ?? '',
        search: window.location.search,
      };
    });
    const where = `link ${tried}: ?${link.query}`;
    expect(seen.notice, where).toMatch(/Unknown|not a number|past the two years|could not be read/);
    expect(seen.foreign, where).toEqual([]);
    expect(seen.pwned, where).toBe(false);
    for (const m of link.markup) expect(seen.notice, where).toContain(m.slice(0, 40));
    expect(seen.description.trim().length, where).toBeGreaterThan(20);
    expect(SCENARIO_IDS, where).toContain(seen.scenario);
    // The address was rewritten to what is shown, so sharing it again shares a valid link.
    await expect.poll(() => page.evaluate(() => window.location.search), { timeout: 5_000 }).toMatch(/scenario=/);
    const fixed = new URLSearchParams(await page.evaluate(() => window.location.search));
    expect(SCENARIO_IDS, where).toContain(fixed.get('scenario'));
    const t = Number(fixed.get('t'));
    expect(Number.isFinite(t) && t >= 0 && t <= MAX_AGE_HOURS, where).toBe(true);
    expect(record.pageErrors.slice(errorsBefore), where).toEqual([]);
    tried++;
  }
  console.log(`malformed links tried: ${tried}, page errors: ${record.pageErrors.length}, console errors: ${record.consoleErrors.length}`);
  expect(tried).toBe(COUNT);
  expect(record.consoleErrors).toEqual([]);
  expect(record.origins).toEqual([server.origin]);
});
