// The tours are true to the model and complete: each has ≥ 4 steps that show valid states, every
// caption and quiz text exists in English and Spanish, each step's claimed stage and signal values
// match the model's curves at that time, the English text reads at grade ≤ 8, and each quiz
// question has exactly one right answer among its options.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { ageSinceLatestSession, conditionFor, measureFor, protocolFor, scenarioById, stageAt, stageOf, tissueFor, SIGNALS, type SignalId } from '../../src/model';
import { conditionPicture, conditionStateAt } from '../../src/state/condition';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { ZOOM_LEVELS } from '../../src/state/url';
import { TOUR_IDS, TOURS, tourKeys, type SignalRange, type Tour } from '../../src/ui/tours/tours';
import { fleschKincaidGrade } from '../../src/ui/tours/readability';
import { claimsChangeOverTime, READOUT_CHANGE, readoutAt, readoutChange } from '../../src/ui/tours/claims';

const lookUp = (catalogue: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], catalogue);

/** Every catalogue key a tour uses. */
function keysOf(tour: Tour): string[] {
  const keys = [tourKeys.title(tour.id), tourKeys.summary(tour.id), ...tour.steps.map((_, i) => tourKeys.caption(tour.id, i))];
  tour.quiz.forEach((q, qi) => {
    keys.push(tourKeys.question(tour.id, qi));
    for (const o of q.options) keys.push(tourKeys.option(tour.id, qi, o), tourKeys.why(tour.id, qi, o));
  });
  return keys;
}

/**
 * The patient-facing text of a tour as read: each caption and the summary on its own, and each
 * question with its options (as short sentences) and explanations, since an option alone is a
 * fragment ("The epidermis") that a reading-grade formula cannot judge.
 */
function textsOf(tour: Tour): string[] {
  const text = (key: string): string => lookUp(en, key) as string;
  const questions = tour.quiz.map((q, qi) => [text(tourKeys.question(tour.id, qi)), ...q.options.map((o) => `${text(tourKeys.option(tour.id, qi, o))}.`),
    ...q.options.map((o) => text(tourKeys.why(tour.id, qi, o)))].join(' '));
  return [text(tourKeys.summary(tour.id)), ...tour.steps.map((_, i) => text(tourKeys.caption(tour.id, i))), ...questions];
}

const ageAt = (data: BlockData, t: number): number => ageSinceLatestSession(data.sessionsHours, t);

function inRange(value: number, r: SignalRange): boolean {
  return (r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max);
}

describe('guided tours', () => {
  it('has the tours, the patient and acne-scar tours among them, each with at least 4 steps and 2–3 questions', () => {
    expect(TOURS.map((t) => t.id)).toEqual([...TOUR_IDS]);
    expect(TOURS.map((t) => t.id)).toContain('patient');
    expect(TOURS.map((t) => t.id)).toContain('acne-scars');
    for (const tour of TOURS) {
      expect(tour.steps.length, tour.id).toBeGreaterThanOrEqual(4);
      expect(tour.quiz.length, tour.id).toBeGreaterThanOrEqual(2);
      expect(tour.quiz.length, tour.id).toBeLessThanOrEqual(3);
    }
  });

  it('every step shows a real scenario, a zoom level of the app and a time inside the run', () => {
    for (const tour of TOURS) tour.steps.forEach((s, i) => {
      const where = `${tour.id} step ${i + 1}`;
      expect(scenarioById(s.scenario), where).toBeDefined();
      if (s.compare !== null) expect(scenarioById(s.compare), where).toBeDefined();
      expect(ZOOM_LEVELS, where).toContain(s.view);
      expect(['cutaway', 'exploded'], where).toContain(s.layout);
      expect(s.timeHours, where).toBeGreaterThanOrEqual(0);
      expect(s.timeHours, where).toBeLessThanOrEqual(blockDataFor(s.scenario, s.site).spanHours);
    });
  });

  it('each step’s claimed stage and signal values are the model’s at that time', () => {
    for (const tour of TOURS) tour.steps.forEach((s, i) => {
      const where = `${tour.id} step ${i + 1} at ${s.timeHours} h`;
      const main = blockDataFor(s.scenario, s.site);
      const age = ageAt(main, s.timeHours);
      expect(stageOf(main.curves, age), where).toBe(s.expectStage);
      expect(stageAt(main.curves.stages, age).stage, where).toBe(s.expectStage);
      const signals = main.curves.at(age);
      for (const [id, range] of Object.entries(s.expectSignals ?? {})) {
        expect(SIGNALS, where).toContain(id);
        expect(inRange(signals[id as SignalId], range), `${where}: ${id} = ${signals[id as SignalId]}`).toBe(true);
      }
      const fillOf = (data: BlockData): number => {
        const picture = conditionPicture(data);
        expect(picture, `${where}: a fill is claimed, so the block must show a condition`).not.toBeNull();
        return conditionStateAt(picture!, s.timeHours).fill;
      };
      if (s.expectFill) expect(inRange(fillOf(main), s.expectFill), `${where}: fill = ${fillOf(main)}`).toBe(true);
      if (s.compare === null) {
        expect(s.expectCompareStage, where).toBeUndefined();
        expect(s.expectCompareFill, where).toBeUndefined();
        return;
      }
      expect(s.expectCompareStage, `${where} must say what the compared block is doing`).toBeDefined();
      const other = blockDataFor(s.compare, s.site);
      const otherAge = ageAt(other, s.timeHours);
      expect(stageOf(other.curves, otherAge), `${where} (compared)`).toBe(s.expectCompareStage);
      if (s.expectCompareFill) expect(inRange(fillOf(other), s.expectCompareFill), `${where} (compared): fill = ${fillOf(other)}`).toBe(true);
      const otherSignals = other.curves.at(otherAge);
      for (const [id, range] of Object.entries(s.expectCompareSignals ?? {})) {
        expect(inRange(otherSignals[id as SignalId], range), `${where} (compared): ${id} = ${otherSignals[id as SignalId]}`).toBe(true);
      }
    });
  });

  it('a step that moves the time on and shows numbers (readout) shows them clearly moved since the step before', () => {
    // The picture's share of such claims is measured in the browser (tests/e2e/tourPictures).
    let checked = 0;
    for (const tour of TOURS) tour.steps.forEach((s, i) => {
      const previous = i > 0 ? tour.steps[i - 1] : null;
      if (!claimsChangeOverTime(previous, s) || s.readout.length === 0) return;
      const moved = readoutChange(s, previous!.timeHours);
      expect(moved, `${tour.id} step ${i + 1}: readout moved ${moved} since ${previous!.timeHours} h`).toBeGreaterThanOrEqual(READOUT_CHANGE);
      checked++;
    });
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('claims a change over time only between steps of the same blocks at different times', () => {
    const [a, b] = TOURS.find((t) => t.id === 'session')!.steps;
    expect(claimsChangeOverTime(null, a)).toBe(false);
    expect(claimsChangeOverTime(a, b)).toBe(true);
    expect(claimsChangeOverTime(a, { ...b, timeHours: a.timeHours })).toBe(false);
    expect(claimsChangeOverTime(a, { ...b, scenario: 'deep-incision' })).toBe(false);
    expect(claimsChangeOverTime(a, { ...b, compare: 'deep-incision' })).toBe(false);
    // The readout is the model's, clamped to the bar's 0–1, one row per signal per block.
    const scar = TOURS.find((t) => t.id === 'scar')!.steps.at(-1)!;
    const rows = readoutAt(scar, scar.timeHours);
    expect(rows.map((r) => r.scenario)).toEqual([scar.scenario, scar.compare]);
    for (const r of rows) expect(r.share).toBeGreaterThanOrEqual(0);
    expect(rows[0].share).toBeLessThan(rows[1].share);
  });

  it('the layers quiz’s depths are the cheek’s in the model', () => {
    const cheek = tissueFor('face');
    const epidermis = cheek.layers.find((l) => l.id === 'viableEpidermis')!.bottomMm;
    const fatTop = cheek.layers.find((l) => l.id === 'hypodermis')!.topMm;
    expect(epidermis).toBeLessThan(0.1);
    expect(fatTop).toBeGreaterThan(1.5);
    // A 0.5 mm needle stops in the dermis.
    expect(0.5).toBeGreaterThan(epidermis);
    expect(0.5).toBeLessThan(fatTop);
  });

  it('the acne-scar tour’s numbers are the model’s: the scar, the pen, the course, the grade and which scar changes least', () => {
    const tour = TOURS.find((t) => t.id === 'acne-scars')!;
    const [first, , eve, yearAfter, compared, rolling] = tour.steps;
    const boxcar = conditionFor('boxcar');
    expect([boxcar.widthMm, boxcar.depthMm]).toEqual([2.5, 0.4]);
    expect(protocolFor('boxcar')).toMatchObject({ device: 'pen', depthMm: 1.5, sessions: 4, intervalDays: 30 });
    const data = blockDataFor(first.scenario, null);
    // The third step stands on the eve of the second session (an hour before it).
    expect(data.sessionsHours[1]).toBe(eve.timeHours + 1);
    expect(data.sessionsHours).toHaveLength(4);
    // "from grade 3 to about 2"
    const state = (scenario: string, t: number) => conditionStateAt(conditionPicture(blockDataFor(scenario, null))!, t);
    expect(measureFor('boxcar').baseline).toBe(3);
    expect(Math.round(state(yearAfter.scenario, yearAfter.timeHours).value)).toBe(2);
    // The ice-pick scar beside it changed least: "about a fifth" filled; the rolling scar most.
    const fills = [first.scenario, compared.compare!, rolling.scenario].map((sc) => state(sc, yearAfter.timeHours).fill);
    expect(fills[1]).toBeGreaterThan(0.15);
    expect(fills[1]).toBeLessThan(0.25);
    expect(fills[1]).toBeLessThan(Math.min(fills[0], fills[2]));
    expect(fills[2]).toBeGreaterThan(fills[0]);
    expect(conditionFor('rolling').tethers).toBeGreaterThan(0);
    expect(tour.quiz[0].correct).toBe('a');
  });

  it('every caption and quiz text exists, non-empty, in English and Spanish', () => {
    for (const tour of TOURS) for (const key of keysOf(tour)) {
      for (const [lang, catalogue] of [['en', en], ['es', es]] as const) {
        const text = lookUp(catalogue, key);
        expect(typeof text, `${lang}: ${key}`).toBe('string');
        expect((text as string).trim(), `${lang}: ${key}`).not.toBe('');
      }
      // Spanish is a translation, not a copy of the English.
      for (const key of keysOf(tour).filter((k) => k.includes('.steps.'))) expect(lookUp(es, key), key).not.toBe(lookUp(en, key));
    }
  });

  it('captions and quiz text read at grade 8 or below (Flesch–Kincaid)', () => {
    for (const tour of TOURS) for (const text of textsOf(tour)) {
      expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(8);
    }
  });

  it('each quiz question has exactly one right answer among distinct options', () => {
    for (const tour of TOURS) tour.quiz.forEach((q, qi) => {
      const where = `${tour.id} q${qi + 1}`;
      expect(new Set(q.options).size, where).toBe(q.options.length);
      expect(q.options.length, where).toBeGreaterThanOrEqual(2);
      expect(q.options.filter((o) => o === q.correct).length, where).toBe(1);
      // The right answer's explanation confirms it; no wrong one does.
      q.options.forEach((o) => {
        const why = lookUp(en, tourKeys.why(tour.id, qi, o)) as string;
        expect(why.startsWith('Yes.'), `${where} ${o}: ${why}`).toBe(o === q.correct);
        const porque = lookUp(es, tourKeys.why(tour.id, qi, o)) as string;
        expect(porque.startsWith('Sí.'), `${where} ${o} (es): ${porque}`).toBe(o === q.correct);
      });
    });
  });
});
