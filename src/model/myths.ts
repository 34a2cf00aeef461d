// "What marketing says — what the evidence says" (REFERENCE §11): the claims patients bring from
// clinic websites, each answered with this model's own numbers for the treatment on screen and
// the studies behind them. Message keys and numbers only; the i18n layer words them.
import { tissueAt } from './course';
import { doseFor } from './devices';
import { patientPlan, type PlanMessage } from './plan';
import type { Scenario } from './scenarios';
import { sessionsHoursOf } from './simulate';
import type { SourceId } from './sources';
import { tissueFor } from './tissue';
import { days } from './units';

export const CLAIMS = ['notPainful', 'immediate', 'rednessDayAndHalf', 'thickerDermis', 'allSkinTypes', 'treatsEverything', 'collagen400', 'noDowntime'] as const;
export type ClaimId = (typeof CLAIMS)[number];

export interface ClaimAnswer {
  readonly claim: ClaimId;
  /** What the model says for this treatment (key under `plan.myths.`, with its numbers). */
  readonly model: PlanMessage;
  readonly sources: readonly SourceId[];
}

const pct = (x: number): number => Math.round(x * 100);

/** The claims answered for a microneedling treatment; empty for an uncontrolled wound. */
export function claimAnswers(s: Scenario): ClaimAnswer[] {
  if (!s.treatment) return [];
  const t = s.treatment;
  const dose = doseFor(t.device, t.passes, tissueFor(s.site));
  const plan = patientPlan(s);
  const end = (sign: string): number => plan.signs.find((l) => l.sign === sign)?.toDay ?? 0;
  const sessions = sessionsHoursOf(s);
  const doses = sessions.map((atHours) => ({ atHours, holesPerCm2: dose.holesPerCm2, effectiveDepthMm: dose.effectiveDepthMm }));
  const sixMonths = tissueAt(doses, (sessions.at(-1) ?? 0) + days(180));
  const results = plan.advice.find((a) => a.message.key === 'advice.results.collagen');
  const m = (key: string, params: Record<string, number> = {}): PlanMessage => ({ key: `${key}`, params });
  return [
    // gill2008: pain per stamp relative to a 26-gauge injection; claim-pain: VAS 3–5/10 with numbing cream.
    { claim: 'notPainful', sources: ['claim-pain', 'gill2008'], model: m('notPainful', { painPct: Math.max(1, pct(dose.painIndex)) }) },
    { claim: 'immediate', sources: ['plan-results', 'plan-oedema'], model: m('immediate', { glowDay: Math.max(end('swelling'), end('redness')), resultsWeek: results ? Math.round(results.fromDay / 7) : 0 }) },
    { claim: 'rednessDayAndHalf', sources: ['plan-erythema', 'chu2021', 'plan-thresholds'], model: m('rednessDayAndHalf', { rednessDay: end('redness') }) },
    { claim: 'thickerDermis', sources: ['claim-thicker-dermis', 'lotfi2013', 'aust2008'], model: m('thickerDermis', { epidermisPct: pct(sixMonths.epidermalThickness - 1), collagenPct: pct(sixMonths.dermalCollagen - 1) }) },
    { claim: 'allSkinTypes', sources: ['claim-skin-types', 'pih-risk'], model: m('allSkinTypes') },
    { claim: 'treatsEverything', sources: ['claim-conditions'], model: m('treatsEverything') },
    { claim: 'collagen400', sources: ['collagen-400-unconfirmed', 'lotfi2013', 'facial-study-2021'], model: m('collagen400', { collagenPct: pct(sixMonths.dermalCollagen - 1) }) },
    { claim: 'noDowntime', sources: ['claim-downtime', 'plan-aftercare'], model: m('noDowntime', { downtimeDay: Math.max(end('redness'), end('swelling'), end('flaking')) }) },
  ];
}
