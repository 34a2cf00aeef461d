// The patient plan: "what to expect", day by day, after the current treatment — signs with when
// they start and end, and the advice that follows from them (REFERENCE §9). A pure function of the
// model's signals (planTimes.ts), the device's reach, the site and the patient's factors: change
// any of them and the plan changes; nothing here is written per scenario. Lines carry message
// keys and numbers (the i18n layer words them) and the ids of their sources.
import { planTimes, PEELING_ERYTHEMA_PEAK, SWELLING_VISIBLE_PEAK, type PlanTimes } from './planTimes';
import type { Scenario } from './scenarios';
import { pigmentRisk, type SkinType } from './skinType';
import type { SourceId } from './sources';
import { HOURS_PER_DAY } from './units';
import { treatmentWarnings } from './wounds';

export const PLAN_SIGNS = ['bleeding', 'redness', 'swelling', 'sensitivity', 'flaking', 'bruising', 'pigmentation'] as const;
export type PlanSign = (typeof PLAN_SIGNS)[number];
export const ADVICE_TOPICS = ['makeup', 'actives', 'exercise', 'sun', 'nextSession', 'results', 'callClinic'] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];

/** A message key under `plan.` in the catalogues, and its numbers (days are days after the session). */
export interface PlanMessage {
  readonly key: string;
  readonly params: Readonly<Record<string, number>>;
}

export interface SignLine {
  readonly sign: PlanSign;
  readonly fromDay: number;
  readonly toDay: number;
  readonly message: PlanMessage;
  readonly sources: readonly SourceId[];
}

export interface AdviceLine {
  readonly topic: AdviceTopic;
  readonly fromDay: number;
  readonly message: PlanMessage;
  readonly sources: readonly SourceId[];
}

export interface PatientPlan {
  readonly scenario: string;
  readonly signs: readonly SignLine[];
  readonly advice: readonly AdviceLine[];
  /** Contraindications (the model's English text, as the simulation gives them) … */
  readonly contraindications: readonly string[];
  /** … and the plan's own cautions, as message keys. */
  readonly cautions: readonly PlanMessage[];
}

export interface PlanOptions { readonly skinType?: SkinType }

/** Days, rounded to 0.001 (under 2 minutes): enough for "day 3", "16 hours" and a clot's minutes. */
const day = (hours: number): number => Math.round((hours / HOURS_PER_DAY) * 1000) / 1000;
const msg = (key: string, params: Record<string, number> = {}): PlanMessage => ({ key, params });

/** Bruises fade purple → green → yellow within about a week (plan-bruising). */
const BRUISE_FADE_DAYS = 7;
/** pih-timing: darkening can persist for months; the plan watches it for three. */
const PIGMENT_WATCH_DAYS = 90;
/** plan-flaking: flaking clears within ~4.5 days of starting, and within twice the redness time. */
const FLAKING_SPAN_DAYS = 4.5;

function signsOf(t: PlanTimes, s: Scenario, skinType: SkinType | undefined): SignLine[] {
  const out: SignLine[] = [];
  const anticoagulant = s.factors.anticoagulant;
  const rednessEnd = day(t.rednessEndHours);
  if (t.reached.has('capillaryLoops')) {
    // capillary-loops: visible bleeding means the needle reached the papillary dermis; needles deep
    // into the dermis make it the even endpoint of scar protocols (plan-bleeding, juhasz2020).
    const variant = !t.microchannel ? 'wound' : anticoagulant ? 'slow' : t.reachesDeepDermis ? 'even' : 'spots';
    out.push({ sign: 'bleeding', fromDay: 0, toDay: day(t.clotHours), sources: ['plan-bleeding', 'capillary-loops', 'stage-hemostasis'],
      message: msg(`signs.bleeding.${variant}`, { minutes: Math.max(1, Math.round(t.clotHours * 60)) }) });
  }
  if (t.rednessEndHours > 0) {
    out.push({ sign: 'redness', fromDay: 0, toDay: rednessEnd, sources: ['plan-erythema', 'chu2021', 'plan-thresholds'],
      message: msg(`signs.redness.${t.erythemaPeak >= PEELING_ERYTHEMA_PEAK ? 'sunburn' : 'pink'}`, { toDay: rednessEnd }) });
  }
  if (t.perfusionPeak >= SWELLING_VISIBLE_PEAK && t.swellingEndHours > 0) {
    out.push({ sign: 'swelling', fromDay: 0, toDay: day(t.swellingEndHours), sources: ['plan-oedema', 'plan-thresholds'],
      message: msg('signs.swelling', { toDay: day(t.swellingEndHours) }) });
  }
  if (t.reached.has('nerveEndings') && t.tenderEndHours > 0) {
    out.push({ sign: 'sensitivity', fromDay: 0, toDay: day(t.tenderEndHours), sources: ['plan-sensitivity', 'hilliges1995', 'plan-thresholds'],
      message: msg('signs.sensitivity', { toDay: day(t.tenderEndHours) }) });
  }
  if (t.microchannel && t.flakingStartHours > 0) {
    const from = day(t.flakingStartHours);
    const to = Math.round(Math.min(from + FLAKING_SPAN_DAYS, 2 * rednessEnd) * 1000) / 1000;
    out.push({ sign: 'flaking', fromDay: from, toDay: Math.max(from, to), sources: ['plan-flaking', 'side-effects', 'plan-thresholds'],
      message: msg(`signs.flaking.${t.erythemaPeak >= PEELING_ERYTHEMA_PEAK ? 'peeling' : 'dryness'}`, { fromDay: from, toDay: Math.max(from, to) }) });
  }
  // plan-bruising: blood thinners, or needles deep into thin skin near the deep plexus.
  if (t.reached.has('capillaryLoops') && (anticoagulant || t.reachesDeepDermis)) {
    out.push({ sign: 'bruising', fromDay: 0, toDay: BRUISE_FADE_DAYS, sources: anticoagulant ? ['plan-bruising', 'contraindications'] : ['plan-bruising'],
      message: msg(`signs.bruising.${anticoagulant ? 'likely' : 'possible'}`, { toDay: BRUISE_FADE_DAYS }) });
  }
  const risk = pigmentRisk(skinType);
  if (risk !== 'low' && t.reached.has('capillaryLoops')) {
    // pih-timing: it shows as the redness fades, and can last months.
    out.push({ sign: 'pigmentation', fromDay: rednessEnd, toDay: Math.max(rednessEnd, PIGMENT_WATCH_DAYS), sources: ['pih-risk', 'pih-timing', 'fitzpatrick-types'],
      message: msg(`signs.pigmentation.${risk}`, { skinType: skinType!, fromDay: rednessEnd, toDay: PIGMENT_WATCH_DAYS }) });
  }
  return out;
}

/** Whole days from a time in hours, at least `min`: "from day 2". */
const fromDayAtLeast = (hours: number, min: number): number => Math.max(min, Math.ceil(hours / HOURS_PER_DAY - 1e-9));
/** harris2015: a next session waits until the skin has settled: 4 × the flaking time, 2 to 5 weeks (plan-thresholds). */
export function minimumIntervalDays(signs: readonly SignLine[]): number {
  const settled = signs.find((l) => l.sign === 'flaking')?.toDay ?? signs.find((l) => l.sign === 'redness')?.toDay ?? 3.5;
  return Math.min(35, Math.max(14, 7 * Math.round((4 * settled) / 7)));
}

function adviceOf(t: PlanTimes, s: Scenario, signs: readonly SignLine[], skinType: SkinType | undefined): AdviceLine[] {
  const out: AdviceLine[] = [];
  const end = (sign: string): number => signs.find((l) => l.sign === sign)?.toDay ?? 0;
  const rednessEnd = end('redness');
  if (s.treatment) {
    // plan-aftercare: make-up after ≥ 24 h (next day to 48 h) — once the channels are shut and the heat has gone.
    const makeup = Math.min(2, fromDayAtLeast(Math.max(t.closureHours, end('sensitivity') * HOURS_PER_DAY), 1));
    out.push({ topic: 'makeup', fromDay: makeup, sources: ['plan-aftercare', 'channel-closure'], message: msg('advice.makeup', { fromDay: makeup }) });
    // plan-aftercare: actives held ~5–7 d or until healed; friedmann2024: not into fresh channels.
    const actives = fromDayAtLeast(Math.max(end('flaking'), rednessEnd) * HOURS_PER_DAY, 5);
    out.push({ topic: 'actives', fromDay: actives, sources: ['plan-aftercare', 'friedmann2024'], message: msg('advice.actives', { fromDay: actives }) });
    // plan-exercise: sweating waits 24–72 h: until the channels are shut and the swelling has gone.
    const exercise = fromDayAtLeast(Math.max(t.closureHours, end('swelling') * HOURS_PER_DAY), 1);
    out.push({ topic: 'exercise', fromDay: exercise, sources: ['plan-exercise', 'channel-closure'], message: msg('advice.exercise', { fromDay: exercise }) });
  }
  // plan-sun: no direct sun 48 h to a week (while red); SPF 30+ for 2–4 weeks, the longer where darkening is a risk.
  const shade = Math.min(7, fromDayAtLeast(rednessEnd * HOURS_PER_DAY, 2));
  const spfWeeks = pigmentRisk(skinType) === 'low' ? 2 : 4;
  out.push({ topic: 'sun', fromDay: 0, sources: skinType && spfWeeks === 4 ? ['plan-sun', 'pih-risk'] : ['plan-sun'],
    message: msg('advice.sun', { untilDay: shade, weeks: spfWeeks }) });
  if (s.treatment) {
    const total = t.sessionsHours.length;
    if (total > 1) {
      t.sessionsHours.slice(1).forEach((h, i) => out.push({ topic: 'nextSession', fromDay: day(h), sources: ['harris2015', 'course-sessions'],
        message: msg('advice.nextSession.course', { session: i + 2, total, fromDay: day(h) }) }));
    } else {
      const wait = minimumIntervalDays(signs);
      out.push({ topic: 'nextSession', fromDay: wait, sources: ['harris2015', 'plan-thresholds'], message: msg('advice.nextSession.single', { fromDay: wait, weeks: wait / 7 }) });
    }
    // plan-results: the early glow is swelling and redness; collagen shows over months (course).
    const early = Math.max(end('swelling'), rednessEnd);
    out.push({ topic: 'results', fromDay: 0, sources: ['plan-results', 'plan-oedema'], message: msg('advice.results.early', { toDay: early }) });
    if (t.collagenStartDay !== null && t.collagenFullDay !== null) {
      out.push({ topic: 'results', fromDay: t.collagenStartDay, sources: ['plan-results', 'aust2008', 'lotfi2013', 'model-kinetics'],
        message: msg('advice.results.collagen', { fromDay: t.collagenStartDay, weeks: Math.round(t.collagenStartDay / 7), months: Math.round(t.collagenFullDay / 30) }) });
    }
  }
  // plan-warning-signs: infection signs at any time; redness past a week (or twice its expected time) is not normal healing.
  out.push({ topic: 'callClinic', fromDay: 0, sources: ['plan-warning-signs'], message: msg('advice.callClinic.infection') });
  const lasting = Math.max(7, Math.ceil(2 * rednessEnd));
  out.push({ topic: 'callClinic', fromDay: lasting, sources: ['plan-warning-signs', 'plan-erythema'], message: msg('advice.callClinic.lasting', { fromDay: lasting }) });
  if (s.factors.anticoagulant) out.push({ topic: 'callClinic', fromDay: 0, sources: ['plan-bruising', 'contraindications'], message: msg('advice.callClinic.bruise') });
  return out;
}

function cautionsOf(t: PlanTimes, s: Scenario, signs: readonly SignLine[]): PlanMessage[] {
  const out: PlanMessage[] = [];
  if (!s.treatment) out.push(msg('cautions.wound'));
  if (t.intervalDays !== null && t.intervalDays < minimumIntervalDays(signs)) {
    out.push(msg('cautions.intervalShort', { intervalDays: t.intervalDays, minimumDays: minimumIntervalDays(signs) }));
  }
  return out;
}

export function patientPlan(s: Scenario, opts: PlanOptions = {}): PatientPlan {
  const t = planTimes(s);
  const signs = signsOf(t, s, opts.skinType);
  return {
    scenario: s.id,
    signs,
    advice: adviceOf(t, s, signs, opts.skinType),
    contraindications: s.treatment ? treatmentWarnings(s.factors).map((w) => w.text) : [],
    cautions: cautionsOf(t, s, signs),
  };
}
