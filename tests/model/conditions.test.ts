// Property tests for the conditions (issue 14): more sessions never make a condition worse, the
// result stays bounded, a deeper needle never does worse, and the outcome is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionAt, conditionFor, days, dentDepthAt, indicationResult, INDICATION_IDS, measureFor, type IndicationId, type SessionDose,
} from '../../src/model';

const RUNS = { numRuns: 150 };
const idArb = fc.constantFrom(...INDICATION_IDS);
const courseArb = fc.record({
  sessions: fc.integer({ min: 1, max: 12 }), intervalDays: fc.double({ min: 7, max: 120, noNaN: true }),
  holes: fc.double({ min: 15, max: 4500, noNaN: true }), depth: fc.double({ min: 0.05, max: 2.5, noNaN: true }),
  atDay: fc.double({ min: 0, max: 730, noNaN: true }),
});
const doses = (n: number, intervalDays: number, holes: number, depth: number): SessionDose[] =>
  Array.from({ length: n }, (_, i) => ({ atHours: days(i * intervalDays), holesPerCm2: holes, effectiveDepthMm: depth }));

/** "Better" is a lower grade or size, or a higher improvement %. */
const better = (id: IndicationId, a: number, b: number): boolean => (measureFor(id).key === 'improvementPct' ? a >= b - 1e-9 : a <= b + 1e-9);

describe('conditions: properties', () => {
  it('one more session never makes a condition worse, at any time', () => {
    fc.assert(fc.property(idArb, courseArb, (id, c) => {
      const h = days(c.atDay);
      const fewer = conditionAt(id, doses(c.sessions, c.intervalDays, c.holes, c.depth), h);
      const more = conditionAt(id, doses(Math.min(13, c.sessions + 1), c.intervalDays, c.holes, c.depth), h);
      expect(better(id, more.value, fewer.value)).toBe(true);
      expect(more.depthMm).toBeLessThanOrEqual(fewer.depthMm + 1e-12);
      // A red stria's widened vessels settle, never widen.
      expect(more.vessels).toBeLessThanOrEqual(fewer.vessels + 1e-12);
    }), RUNS);
  });

  it('a condition never gets worse as time passes in a course', () => {
    fc.assert(fc.property(idArb, courseArb, fc.double({ min: 0, max: 300, noNaN: true }), (id, c, later) => {
      const s = doses(c.sessions, c.intervalDays, c.holes, c.depth);
      const a = conditionAt(id, s, days(c.atDay)).value;
      const b = conditionAt(id, s, days(c.atDay + later)).value;
      expect(better(id, b, a)).toBe(true);
    }), RUNS);
  });

  it('a deeper needle never does worse (more of the altered tissue reached)', () => {
    fc.assert(fc.property(idArb, courseArb, fc.double({ min: 0, max: 1, noNaN: true }), (id, c, extra) => {
      const h = days(c.atDay);
      const a = conditionAt(id, doses(c.sessions, c.intervalDays, c.holes, c.depth), h).value;
      const b = conditionAt(id, doses(c.sessions, c.intervalDays, c.holes, Math.min(2.5, c.depth + extra)), h).value;
      expect(better(id, b, a)).toBe(true);
    }), RUNS);
  });

  it('stays bounded: grades between their floor and the baseline, improvement 0–100%, sizes between 0 and the baseline', () => {
    fc.assert(fc.property(idArb, courseArb, (id, c) => {
      const st = conditionAt(id, doses(c.sessions, c.intervalDays, c.holes, c.depth), days(c.atDay));
      const m = measureFor(id);
      expect(st.fill).toBeGreaterThanOrEqual(0);
      expect(st.fill).toBeLessThan(1);
      expect(Number.isFinite(st.value)).toBe(true);
      if (m.key === 'goodmanBaronGrade') { expect(st.value).toBeGreaterThanOrEqual(1); expect(st.value).toBeLessThanOrEqual(m.baseline); }
      if (m.key === 'lemperleGrade' || m.key === 'poreDiameterUm') { expect(st.value).toBeGreaterThan(0); expect(st.value).toBeLessThanOrEqual(m.baseline); }
      if (m.key === 'improvementPct') { expect(st.value).toBeGreaterThanOrEqual(0); expect(st.value).toBeLessThan(100); }
      const base = conditionFor(id);
      // A dent stays a dent (a red stria is flat: 0 throughout).
      if (base.depthMm > 0) expect(st.depthMm).toBeGreaterThan(0);
      expect(st.depthMm).toBeLessThanOrEqual(base.depthMm);
      expect(st.vessels).toBeGreaterThanOrEqual(1);
      expect(st.vessels).toBeLessThanOrEqual(base.vessels);
      for (const k of ['alignment', 'collagen', 'rete', 'epidermis'] as const) expect(Number.isFinite(st[k]) && st[k] >= 0).toBe(true);
    }), RUNS);
  });

  it('without a session nothing changes; before the first session the baseline holds', () => {
    for (const id of INDICATION_IDS) {
      expect(conditionAt(id, [], days(300)).value).toBe(measureFor(id).baseline);
      expect(conditionAt(id, doses(3, 30, 3000, 1.5), 0).value).toBe(measureFor(id).baseline);
    }
  });

  it('is deterministic: the same course gives the same result', () => {
    fc.assert(fc.property(idArb, courseArb, (id, c) => {
      const s = doses(c.sessions, c.intervalDays, c.holes, c.depth);
      const hours = [0, 24, days(c.atDay)];
      expect(indicationResult(id, s, hours)).toEqual(indicationResult(id, s, hours));
    }), { numRuns: 40 });
  });

  it('dents are deepest at the centre and meet the surface at the rim', () => {
    for (const id of INDICATION_IDS) {
      const c = conditionFor(id);
      expect(dentDepthAt(c, c.depthMm, 0)).toBeCloseTo(c.depthMm, 9);
      expect(dentDepthAt(c, c.depthMm, 1)).toBeCloseTo(0, 9);
      for (let a = 0; a < 1; a += 0.05) expect(dentDepthAt(c, c.depthMm, a + 0.05)).toBeLessThanOrEqual(dentDepthAt(c, c.depthMm, a) + 1e-12);
    }
  });
});
