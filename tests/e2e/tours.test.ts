// Every guided tour walked end to end in the built app (no WebGL needed: the tour drives the store,
// which the panels and the text description follow): one by keyboard only (Tab, Enter, arrows,
// Space, Escape), the others by pointer. At each step the caption, "Step n of N" and the store's
// scenario and time are checked; then the quiz: a wrong answer shows its explanation, right
// answers score; exiting restores the view the user had and gives focus back to "Tours".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordPage, startPreview, type BrowserSession, type PageRecord, type PreviewServer } from './harness';
import { launchWith, NO_WEBGL_FLAGS } from './browsers';
import { en } from '../../src/i18n/en';
import { TOURS, tourKeys, type Tour } from '../../src/ui/tours/tours';

let server: PreviewServer;
let session: BrowserSession;
let record: PageRecord;

/** The user's view before a tour: restored on exit. */
const BEFORE = { scenario: 'burn-deep-partial', timeHours: 100 };

beforeAll(async () => {
  server = await startPreview();
  session = await launchWith(NO_WEBGL_FLAGS, { width: 1024, height: 768 });
  record = recordPage(session.page);
});

afterAll(async () => {
  await session?.close();
  await server?.stop();
});

const text = (key: string, values: Record<string, string | number> = {}): string => {
  const raw = key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], en) as string;
  return raw.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
};

interface Seen { scenario: string; compare: string | null; timeHours: number; view: string; layout: string; tourId: string | null; phase: string }
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const w = window as unknown as Record<string, { getState(): Record<string, unknown> }>;
    const s = w.__corium.getState();
    const t = w.__coriumTours.getState();
    return { scenario: s.scenario, compare: s.compare, timeHours: s.timeHours, view: s.view, layout: s.layout, tourId: t.tourId, phase: t.phase } as Seen;
  });
}

const activeText = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
const activeId = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until the focused element's text is `label` (keyboard only, no clicks). */
async function tabTo(page: Page, label: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await activeText(page)) === label) return;
  }
  throw new Error(`Tab never reached "${label}"`);
}

async function openFresh(page: Page): Promise<void> {
  await page.goto(`${server.url}?scenario=${BEFORE.scenario}&t=${BEFORE.timeHours}&test`);
  await page.getByRole('button', { name: 'Tours' }).waitFor();
  await expect.poll(async () => (await seen(page)).scenario).toBe(BEFORE.scenario);
}

/** Checks what step `i` shows: caption, "Step n of N", and the store. */
async function expectStep(page: Page, tour: Tour, i: number): Promise<void> {
  const region = page.getByRole('region', { name: text('tours.player.region', { title: text(tourKeys.title(tour.id)) }) });
  await expect.poll(() => region.locator('.tour__count').innerText()).toBe(text('tours.player.stepOf', { n: i + 1, count: tour.steps.length }));
  expect(await region.locator('.tour__caption').innerText()).toBe(text(tourKeys.caption(tour.id, i)));
  const s = await seen(page);
  const step = tour.steps[i];
  expect(s, `${tour.id} step ${i + 1}`).toMatchObject({ scenario: step.scenario, compare: step.compare, timeHours: step.timeHours, view: step.view, layout: step.layout });
}

async function expectRestored(page: Page): Promise<void> {
  await expect.poll(async () => (await seen(page)).tourId).toBeNull();
  expect(await seen(page)).toMatchObject({ ...BEFORE, compare: null });
  expect(await page.locator('.tour').count()).toBe(0);
  expect(await activeId(page)).toBe('tours-launcher');
}

const wrongOf = (tour: Tour, qi: number): string => tour.quiz[qi].options.find((o) => o !== tour.quiz[qi].correct)!;

describe('guided tours', () => {
  it(`"${text(tourKeys.title(TOURS[0].id))}" by keyboard only, quiz included; Escape exits and restores`, async () => {
    const page = session.page;
    const tour = TOURS[0];
    await openFresh(page);
    await tabTo(page, 'Tours');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: text('tours.dialog.title') });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await tabTo(page, text(tourKeys.title(tour.id)));
    await page.keyboard.press('Enter');
    await expectStep(page, tour, 0);
    expect(await dialog.isVisible()).toBe(false);
    // Focus moved to the tour, which does not cover the 3D view.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tour'))).toBe(true);
    const [view, player] = await Promise.all([page.locator('.app__view').boundingBox(), page.locator('.tour').boundingBox()]);
    expect(player!.y).toBeGreaterThanOrEqual(view!.y + view!.height - 1);
    for (let i = 1; i < tour.steps.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expectStep(page, tour, i);
    }
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, tour, tour.steps.length - 2);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await seen(page)).phase).toBe('quiz');

    // Quiz: the first answer wrong, the rest right, chosen with Tab, arrows and Space.
    // Tab lands on a group's first radio (none is checked yet): Space checks it, arrows move and check.
    const answer = async (qi: number, option: string): Promise<void> => {
      const steps = tour.quiz[qi].options.indexOf(option);
      if (steps === 0) await page.keyboard.press('Space');
      for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowDown');
    };
    const radioFocused = (): Promise<boolean> => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    for (let qi = 0; qi < tour.quiz.length; qi++) {
      for (let k = 0; k < 10 && !(await page.evaluate((name) => (document.activeElement as HTMLInputElement | null)?.name === name, `tour-quiz-${tour.id}-${qi}`)); k++) {
        await page.keyboard.press('Tab');
      }
      expect(await radioFocused()).toBe(true);
      await answer(qi, qi === 0 ? wrongOf(tour, 0) : tour.quiz[qi].correct);
    }
    await tabTo(page, text('tours.quiz.check'));
    await page.keyboard.press('Enter');
    const quiz = page.locator('.tour-quiz');
    await expect.poll(() => quiz.locator('.tour-quiz__score').innerText()).toBe(text('tours.quiz.score', { score: tour.quiz.length - 1, count: tour.quiz.length }));
    const feedback = quiz.locator('.tour-quiz__feedback');
    expect(await feedback.nth(0).innerText()).toBe(`${text('tours.quiz.wrong')} ${text(tourKeys.why(tour.id, 0, wrongOf(tour, 0)))}`);
    expect(await feedback.nth(1).innerText()).toBe(`${text('tours.quiz.right')} ${text(tourKeys.why(tour.id, 1, tour.quiz[1].correct))}`);
    await tabTo(page, text('tours.quiz.tryAgain'));
    await page.keyboard.press('Enter');
    expect(await feedback.count()).toBe(0);
    expect(await quiz.locator('.tour-quiz__score').innerText()).toBe('');
    await page.keyboard.press('Escape');
    await expectRestored(page);
  });

  for (const tour of TOURS.slice(1)) {
    it(`"${text(tourKeys.title(tour.id))}" by pointer, quiz included; Close restores`, async () => {
      const page = session.page;
      await openFresh(page);
      const start = async (): Promise<void> => {
        await page.getByRole('button', { name: 'Tours' }).click();
        await page.getByRole('button', { name: text(tourKeys.title(tour.id)) }).click();
        await expectStep(page, tour, 0);
      };
      await start();
      // Escape in the middle of a tour exits and restores too.
      await page.getByRole('button', { name: text('tours.player.next') }).click();
      await expectStep(page, tour, 1);
      await page.keyboard.press('Escape');
      await expectRestored(page);

      await start();
      const back = page.getByRole('button', { name: text('tours.player.back') });
      expect(await back.isDisabled()).toBe(true);
      for (let i = 1; i < tour.steps.length; i++) {
        await page.getByRole('button', { name: text('tours.player.next') }).click();
        await expectStep(page, tour, i);
      }
      await back.click();
      await expectStep(page, tour, tour.steps.length - 2);
      await page.getByRole('button', { name: text('tours.player.next') }).click();
      await page.getByRole('button', { name: text('tours.player.toQuiz') }).click();
      await expect.poll(async () => (await seen(page)).phase).toBe('quiz');

      const check = page.getByRole('button', { name: text('tours.quiz.check') });
      await check.click();
      await expect.poll(() => page.locator('.tour-quiz__score').innerText()).toBe(text('tours.quiz.answerAll'));
      for (let qi = 0; qi < tour.quiz.length; qi++) {
        const group = page.getByRole('radiogroup', { name: text(tourKeys.question(tour.id, qi)) });
        const option = qi === tour.quiz.length - 1 ? wrongOf(tour, qi) : tour.quiz[qi].correct;
        await group.getByRole('radio', { name: text(tourKeys.option(tour.id, qi, option)) }).click();
      }
      await check.click();
      const last = tour.quiz.length - 1;
      await expect.poll(() => page.locator('.tour-quiz__score').innerText()).toBe(text('tours.quiz.score', { score: last, count: tour.quiz.length }));
      expect(await page.locator('.tour-quiz__feedback').nth(last).innerText()).toBe(`${text('tours.quiz.wrong')} ${text(tourKeys.why(tour.id, last, wrongOf(tour, last)))}`);
      // Put the last one right: the score reaches full marks.
      const group = page.getByRole('radiogroup', { name: text(tourKeys.question(tour.id, last)) });
      await group.getByRole('radio', { name: text(tourKeys.option(tour.id, last, tour.quiz[last].correct)) }).click();
      await check.click();
      await expect.poll(() => page.locator('.tour-quiz__score').innerText()).toBe(text('tours.quiz.score', { score: tour.quiz.length, count: tour.quiz.length }));
      await page.getByRole('button', { name: text('tours.quiz.close') }).click();
      await expectRestored(page);
    });
  }

  it('raised no page or console errors', () => {
    expect(record.pageErrors).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
  });
});
