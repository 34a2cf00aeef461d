// The stage diagram follows the model's stage at the current time; the Sources and the
// disclaimer are one click away, close with Escape and give focus back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { SOURCES } from '../../src/model';

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;

beforeAll(async () => {
  server = await startPreview();
  session = await launchBrowser({ width: 900, height: 560 });
  record = recordPage(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('panels', () => {
  it('the stage diagram highlights the live stage and says why it moved on', async () => {
    const page = session.page;
    await page.goto(`${server.url}?scenario=deep-incision&t=4320&test`);
    const caption = page.locator('.stage-diagram figcaption');
    await expect.poll(() => caption.innerText()).toMatch(/Now: Flat scar/);
    expect(await caption.innerText()).toMatch(/straight bands/);
    expect(await page.locator('.stage-diagram .node--now').count()).toBe(1);
    const slider = page.getByRole('slider', { name: 'Simulated time' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => caption.innerText()).toMatch(/Now: Clotting/);
  });

  it('Sources lists every source with its evidence tag, and Escape closes it returning focus', async () => {
    const page = session.page;
    const open = page.getByRole('button', { name: 'Sources' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Where the numbers come from' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.sources li').count()).toBe(SOURCES.length);
    expect(await dialog.innerText()).toContain('Unconfirmed');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sources');
  });

  it('the disclaimer is always on screen and its details one click away', async () => {
    const page = session.page;
    expect(await page.locator('.explain-disclaimer').getByText('It is not medical advice').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'About', exact: true }).click();
    expect(await page.getByRole('dialog', { name: 'About Corium' }).innerText()).toMatch(/clinician/);
    await page.keyboard.press('Escape');
  });

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
