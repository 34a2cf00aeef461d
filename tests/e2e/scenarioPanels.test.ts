// The scenario, device and wound panels, by keyboard and by pointer, without WebGL (the panels
// work the same in the fallback): scenarios grouped as the model groups them, a comparison, device
// settings that become the shown run (store and link) with the model's dose and warnings, absurd
// values clamped with a message, and a built wound with its predicted outcome.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { launchWith, NO_WEBGL_FLAGS } from './browsers';
import { parseAddress } from '../../src/state/url';
import { en } from '../../src/i18n/en';
import { DEFAULT_CUSTOM_WOUND, dermaroller, holesPerCm2PerPass, respond, SCENARIOS, type CustomSpec } from '../../src/model';

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith(NO_WEBGL_FLAGS, { width: 1000, height: 720 });
  record = recordPage(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

/**
 * The store as its share link states it: without WebGL the scene (which puts the store on
 * `window.__corium`) never mounts, and the address mirrors every change of the store at once.
 */
async function store(page: Page): Promise<{ scenario: string; compare: string | null; custom: CustomSpec | null }> {
  const { state } = parseAddress(await page.evaluate(() => window.location.search));
  return { scenario: state.scenario, compare: state.compare, custom: state.custom };
}
const readout = (page: Page, key: string): Promise<string> => page.locator(`[data-readout="${key}"] dd`).innerText();
const openPanel = (page: Page, id: string) => page.locator(`details[data-panel="${id}"] > summary`).click();

describe('scenario panel', () => {
  it('lists every preset in the model’s groups and chooses by keyboard and by pointer', async () => {
    const page = session.page;
    await page.goto(`${server.url}?test&scenario=microneedling-face-0.5mm`);
    const picker = page.getByRole('combobox', { name: 'Scenario' });
    await picker.waitFor();
    expect(await picker.locator('optgroup').evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label))).toEqual(
      [...new Set(SCENARIOS.map((s) => s.group))].map((g) => en.panels.scenario.groups[g]),
    );
    expect(await picker.locator('option').count()).toBe(SCENARIOS.length);
    // Keyboard: the next option down is the second microneedling preset.
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await store(page)).scenario).toBe(SCENARIOS[1].id);
    await expect.poll(() => page.locator('.scenario-picker__description').innerText()).toMatch(/roller/i);
    // Pointer.
    await picker.click();
    await picker.selectOption('deep-incision');
    await expect.poll(async () => (await store(page)).scenario).toBe('deep-incision');
    expect(await page.locator('.scenario-picker__description').innerText()).toMatch(/2 mm deep/);
    await page.keyboard.press('Escape');
  });

  it('compares with another scenario, and with nothing again', async () => {
    const page = session.page;
    const compare = page.getByRole('combobox', { name: 'Compare with' });
    await compare.selectOption('burn-deep-partial');
    await expect.poll(async () => (await store(page)).compare).toBe('burn-deep-partial');
    await compare.selectOption('');
    await expect.poll(async () => (await store(page)).compare).toBeNull();
  });
});

describe('device panel', () => {
  it('starts from the scenario’s treatment; passes and depth change the readout and the store', async () => {
    const page = session.page;
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('microneedling-roller-1.0mm');
    await openPanel(page, 'device');
    const passes = page.getByRole('spinbutton', { name: 'Passes' });
    await passes.waitFor();
    expect(await page.getByRole('radio', { name: 'Roller' }).isChecked()).toBe(true);
    expect(await passes.inputValue()).toBe('15');
    const perPass = holesPerCm2PerPass(dermaroller(1));
    expect(await readout(page, 'holes')).toBe(Math.round(perPass * 15).toLocaleString('en'));
    expect((await store(page)).scenario).toBe('microneedling-roller-1.0mm');

    await passes.fill('20');
    await expect.poll(async () => (await store(page)).custom).toMatchObject({ kind: 'treatment', device: 'roller', depthMm: 1, passes: 20 });
    expect((await store(page)).scenario).toBe('custom');
    await expect.poll(() => readout(page, 'holes')).toBe(Math.round(perPass * 20).toLocaleString('en'));
    expect(await page.getByRole('combobox', { name: 'Scenario' }).inputValue()).toBe('custom');

    // Keyboard: the arrow keys step the depth.
    const depth = page.getByRole('spinbutton', { name: 'Needle depth (mm)' });
    const depthBefore = await readout(page, 'depth');
    await depth.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await store(page)).custom).toMatchObject({ depthMm: 1.05 });
    await expect.poll(() => readout(page, 'depth')).not.toBe(depthBefore);
  });

  it('clamps an absurd depth with a clear message, and the pen adds its speed', async () => {
    const page = session.page;
    const depth = page.getByRole('spinbutton', { name: 'Needle depth (mm)' });
    await depth.fill('99');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.number-field__message').first().innerText()).toMatch(/99 is above 2\.5.*Set to 2\.5/);
    await expect.poll(async () => (await store(page)).custom).toMatchObject({ depthMm: 2.5 });
    expect(await depth.inputValue()).toBe('2.5');

    await page.getByRole('radio', { name: 'Pen' }).click();
    await expect.poll(async () => (await store(page)).custom).toMatchObject({ device: 'pen', depthMm: 2.5 });
    const hz = page.getByRole('spinbutton', { name: 'Pen speed (Hz)' });
    await hz.fill('50');
    await expect.poll(async () => (await store(page)).custom).toMatchObject({ penHz: 50 });
    expect(await readout(page, 'depth')).toBe('2.5 mm');
    expect(await readout(page, 'bleeding')).toBe('yes');
    const box = await hz.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });

  it('shows the model’s contraindication warnings', async () => {
    const page = session.page;
    expect(await page.locator('[data-warning="anticoagulant"]').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Takes blood thinners (anticoagulants)' }).check();
    await expect.poll(async () => (await store(page)).custom?.factors.anticoagulant).toBe(true);
    expect(await page.locator('[data-warning="anticoagulant"]').innerText()).toMatch(/Do not needle/);
    // A what-if preset carries its own patient: the warning shows before anything is changed.
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('microneedling-keloid-prone');
    await expect.poll(() => page.locator('[data-warning="keloid-tendency"]').count()).toBe(1);
    expect((await store(page)).scenario).toBe('microneedling-keloid-prone');
  });
});

describe('wound builder', () => {
  it('builds a burn, shows the predicted outcome, and resets to the default wound', async () => {
    const page = session.page;
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('microneedling-face-0.5mm');
    await openPanel(page, 'wound');
    await page.getByRole('radio', { name: 'Burn' }).click();
    await expect.poll(async () => (await store(page)).custom).toMatchObject({ kind: 'wound', wound: 'burn', widthMm: 10, lengthMm: 20 });
    const depth = page.getByRole('spinbutton', { name: 'Depth (mm)', exact: true });
    await depth.fill('1.5');
    await expect.poll(async () => (await store(page)).custom).toMatchObject({ depthMm: 1.5 });
    const spec = { kind: 'burn' as const, site: 'face' as const, depthMm: 1.5, widthMm: 10, lengthMm: 20, factors: DEFAULT_CUSTOM_WOUND.factors };
    const outcome = page.locator('.wound-builder__outcome');
    const expected = { resolved: 'without a scar', normotrophic: 'flat scar', hypertrophic: 'raised', atrophic: 'pitted', keloid: 'keloid' };
    await expect.poll(() => outcome.innerText()).toContain(expected[respond(spec).outcome]);
    expect(await page.getByRole('combobox', { name: 'Scenario' }).locator('option:checked').innerText()).toBe('Your wound: burn, 1.5 mm deep');

    await page.getByRole('checkbox', { name: 'Prone to keloids (raised scars that grow)' }).check();
    const keloid = respond({ ...spec, factors: { ...spec.factors, keloidProne: true } }).outcome;
    await expect.poll(() => outcome.innerText()).toContain(expected[keloid]);

    await page.getByRole('button', { name: 'Reset the wound' }).click();
    await expect.poll(async () => (await store(page)).custom).toEqual(DEFAULT_CUSTOM_WOUND);
    expect(await page.getByRole('radio', { name: 'Cut', exact: true }).isChecked()).toBe(true);
  });

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
