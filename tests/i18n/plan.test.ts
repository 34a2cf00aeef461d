// The plan's words (issue 15 §2): every key the model can return exists in English and Spanish,
// numbers fill in as "day N" or "N hours after treatment", and the English reads at about grade 8.
import { describe, expect, it } from 'vitest';
import { i18n, switchLanguage } from '../../src/i18n';
import { planMessageText, planText, whenText } from '../../src/i18n/planText';
import { claimAnswers, customScenario, NO_FACTORS, patientPlan, SCENARIOS, SKIN_TYPES, type PatientPlan } from '../../src/model';
import { fleschKincaidGrade } from '../../src/ui/tours/readability';

const plans: PatientPlan[] = [
  ...SCENARIOS.flatMap((s) => SKIN_TYPES.map((t) => patientPlan(s, { skinType: t }))),
  ...[0.25, 2.5].map((d) => patientPlan(customScenario({ kind: 'treatment', device: 'pen', depthMm: d, passes: 2, penHz: 100, sessions: 3, intervalDays: 7,
    factors: { ...NO_FACTORS, anticoagulant: true } }, 'forehead'))),
];
const messages = [
  ...plans.flatMap((p) => [...p.signs, ...p.advice].map((l) => l.message).concat(p.cautions)),
  ...SCENARIOS.flatMap((s) => claimAnswers(s).map((a) => ({ key: `myths.${a.claim}.model`, params: a.model.params }))),
];

describe('plan wording', () => {
  it('every message the model returns is in both catalogues, with no placeholder left', async () => {
    for (const lang of ['en', 'es'] as const) {
      await switchLanguage(lang);
      for (const m of messages) {
        expect(i18n.exists(`plan.${m.key}`), `${lang} ${m.key}`).toBe(true);
        expect(planMessageText(m), m.key).not.toMatch(/\{\{|undefined|NaN/);
      }
    }
    await switchLanguage('en');
  });
  it('days read as "day N" (the day it is over by) and under a day as hours', () => {
    expect(whenText(2.4)).toBe('day 3');
    expect(whenText(3)).toBe('day 3');
    expect(whenText(0.93)).toBe('22 hours after treatment');
    expect(whenText(0.02)).toBe('1 hour after treatment');
  });
  it('each English line reads at about grade 8 or below (Flesch–Kincaid ≤ 9)', () => {
    const texts = new Set(plans.flatMap((p) => { const t = planText(p); return [...t.plan, ...t.advice].map((l) => l.text); }));
    for (const text of texts) expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(9);
  });
});
