// The myth panel's answers (REFERENCE §11): every claim answered for every treatment, with the
// model's own numbers (never 400% collagen; redness and downtime from the plan) and sources.
import { describe, expect, it } from 'vitest';
import { CLAIMS, claimAnswers, patientPlan, SCENARIOS, SOURCES } from '../../src/model';

const IDS = new Set(SOURCES.map((s) => s.id));

describe('marketing claims vs evidence', () => {
  const treatments = SCENARIOS.filter((s) => s.treatment);
  it('answers every claim for every treatment, each with existing sources and finite numbers', () => {
    for (const s of treatments) {
      const answers = claimAnswers(s);
      expect(answers.map((a) => a.claim)).toEqual([...CLAIMS]);
      for (const a of answers) {
        expect(a.sources.length).toBeGreaterThan(0);
        for (const id of a.sources) expect(IDS.has(id), id).toBe(true);
        for (const v of Object.values(a.model.params)) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });
  it('the model never reaches "400% more collagen" and its redness answer is the plan\'s', () => {
    for (const s of treatments) {
      const a = claimAnswers(s);
      expect(a.find((x) => x.claim === 'collagen400')!.model.params.collagenPct).toBeLessThan(150);
      expect(a.find((x) => x.claim === 'rednessDayAndHalf')!.model.params.rednessDay).toBe(patientPlan(s).signs.find((l) => l.sign === 'redness')!.toDay);
      expect(a.find((x) => x.claim === 'noDowntime')!.model.params.downtimeDay).toBeGreaterThan(0);
    }
  });
  it('says nothing for an uncontrolled wound (the claims are about microneedling)', () => {
    expect(claimAnswers(SCENARIOS.find((s) => s.id === 'deep-incision')!)).toEqual([]);
  });
});
