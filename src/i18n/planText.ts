// Words the patient plan in the current language: the model gives message keys and numbers
// (src/model/plan.ts); this fills in days as "day 3" or "16 hours after treatment" and the skin
// type as a Roman numeral. The CLI, the plan panel and the printed handout all use it.
import { SKIN_TYPE_NUMERAL, isSkinType, type PatientPlan, type PlanMessage } from '../model';
import { tKey } from './index';

/** "day 3" from 2.4 days (the day it is over by), or "16 hours after treatment" under a day. */
export function whenText(days: number): string {
  if (days < 1) return tKey('plan.when.hours', { count: Math.max(1, Math.round(days * 24)) });
  return tKey('plan.when.day', { count: Math.ceil(days - 1e-9) });
}

export function planMessageText(m: PlanMessage): string {
  const values: Record<string, unknown> = { ...m.params };
  for (const [k, v] of Object.entries(m.params)) {
    if (/Day$/.test(k)) values[`${k}Text`] = whenText(v);
    if (k === 'skinType' && isSkinType(v)) values.skinTypeText = SKIN_TYPE_NUMERAL[v];
  }
  return tKey(`plan.${m.key}`, values);
}

export interface PlanText {
  readonly plan: { sign: string; fromDay: number; toDay: number; text: string; sources: string[] }[];
  readonly advice: { topic: string; fromDay: number; text: string; sources: string[] }[];
  readonly warnings: string[];
}

/** The public shape the CLI prints (`--plan`) and the handout lists. */
export function planText(p: PatientPlan): PlanText {
  return {
    plan: p.signs.map((l) => ({ sign: l.sign, fromDay: l.fromDay, toDay: l.toDay, text: planMessageText(l.message), sources: [...l.sources] })),
    advice: p.advice.map((l) => ({ topic: l.topic, fromDay: l.fromDay, text: planMessageText(l.message), sources: [...l.sources] })),
    warnings: [...p.contraindications, ...p.cautions.map(planMessageText)],
  };
}
