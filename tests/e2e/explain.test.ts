// The explanation panel, the stage names and the Sources/About dialogs, in the no-WebGL
// fallback (the text works without the 3D view): the explanation follows the simulated time,
// "Expert detail" adds the model's numbers and source ids, Spanish is Spanish, the Sources
// dialog opens and closes by keyboard and gives focus back, and the disclaimer is on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { launchWith, NO_WEBGL_FLAGS } from './browsers';
import { SOURCES } from '../../src/model';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith(NO_WEBGL_FLAGS, { width: 1000, height: 700 });
  record = recordPage(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

describe('explanation', () => {
  it('says what is happening now, and changes when time moves on', async () => {
    const page = session.page;
    await page.goto(`${server.url}?scenario=deep-incision&t=0.5`);
    const panel = page.locator('[data-panel="explain"]');
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain(en.explain.now.hemostasis.plain);
    expect(await panel.innerText()).toContain('Now: Clotting');
    await expect.poll(() => page.locator('#scene-description').innerText()).toContain(en.explain.describe.stage.hemostasis);
    const slider = page.getByRole('slider', { name: 'Simulated time' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain(en.explain.now['scar-normotrophic'].plain);
    expect(await panel.innerText()).toContain(en.explain.transitions['flat-scar'].plain);
    expect(await panel.innerText()).not.toContain(en.explain.now.hemostasis.plain);
    await expect.poll(() => page.locator('#scene-description').innerText()).toContain(en.explain.describe.stage['scar-normotrophic']);
    await expect.poll(() => page.locator('.stage-diagram figcaption').innerText()).toContain('Now: Flat scar');
  });

  it('the "Expert detail" switch shows the terms, the model\'s numbers now and the source ids', async () => {
    const page = session.page;
    const panel = page.locator('[data-panel="explain"]');
    const expert = page.getByRole('switch', { name: 'Expert detail' });
    expect(await expert.isChecked()).toBe(false);
    expect(await page.getByRole('table').count()).toBe(0);
    await expert.focus();
    await page.keyboard.press('Space');
    const numbers = page.getByRole('table', { name: 'The model’s numbers now' });
    await expect.poll(() => numbers.isVisible()).toBe(true);
    const text = await numbers.innerText();
    expect(text).toContain('Collagen I');
    expect(text).toContain('Perfusion');
    expect(text).toMatch(/\d/);
    expect(await panel.innerText()).toContain(en.explain.now['scar-normotrophic'].expert);
    expect(await panel.innerText()).toMatch(/Sources: .*scar-collagen-pattern/);
    await expect.poll(() => page.locator('.stage-diagram figcaption').innerText()).toMatch(/parallel bundles/);
    await page.keyboard.press('Space');
    await expect.poll(() => numbers.count()).toBe(0);
  });

  it('the disclaimer is on screen', async () => {
    expect(await session.page.getByText('Corium is for learning. It is not medical advice.', { exact: true }).isVisible()).toBe(true);
  });

  it('Sources opens and closes by keyboard, lists every source with its tag, and gives focus back', async () => {
    const page = session.page;
    const open = page.getByRole('button', { name: 'Sources' });
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Where the numbers come from' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('.sources li').count()).toBe(SOURCES.length);
    expect(await dialog.innerText()).toContain('Unconfirmed');
    expect(await dialog.getByLabel('Evidence V: read in the primary source').count()).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sources');
    // Again, closing with its own Close button by keyboard.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Sources');
  });

  it('in Spanish, the explanation, stage names, dialogs and disclaimer are Spanish', async () => {
    const page = session.page;
    await page.goto(`${server.url}?scenario=deep-incision&t=30&lang=es`);
    const panel = page.locator('[data-panel="explain"]');
    // The Spanish catalogue and the panel body are lazy chunks: allow for both to load.
    await expect.poll(() => panel.innerText(), { timeout: 20_000 }).toContain(es.explain.now.inflammation.plain);
    expect(await panel.innerText()).toContain('Qué está pasando');
    expect(await panel.innerText()).toContain('Ahora: Inflamación');
    await expect.poll(() => page.locator('.stage-diagram figcaption').innerText()).toContain(es.explain.transitions['clot-formed'].plain);
    await expect.poll(() => page.locator('#scene-description').innerText()).toContain(es.explain.describe.stage.inflammation);
    expect(await page.getByText(es.explain.disclaimer, { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Fuentes' }).click();
    const dialog = page.getByRole('dialog', { name: 'De dónde salen los números' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain(es.explain.sources.items.dunkin2007.finding);
    expect(await dialog.innerText()).toContain('Advertencia');
    await dialog.getByRole('button', { name: 'Cerrar' }).click();
    await page.getByRole('button', { name: 'Acerca de' }).click();
    expect(await page.getByRole('dialog', { name: 'Acerca de Corium' }).innerText()).toContain(es.explain.about.talk);
    await page.keyboard.press('Escape');
  });

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
