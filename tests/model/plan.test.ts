// Pins the patient plan (issue 15 §2, REFERENCE §9): it follows the model — deeper needles give
// longer redness, blood thinners give bruising, skin types V–VI a darkening risk, a course one
// next-session line per later session — and every line has a source. Property tests: days are
// finite and ordered, and the plan is deterministic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADVICE_TOPICS, BODY_SITES, customScenario, NO_FACTORS, patientPlan, PLAN_SIGNS, SCENARIOS, scenarioById, SKIN_TYPES, SOURCES,
  type CustomTreatment, type PatientFactors, type PatientPlan, type SkinType,
} from '../../src/model';
import type { BodySite } from '../../src/model';

const IDS = new Set(SOURCES.map((s) => s.id));

function treatment(over: Partial<CustomTreatment> & { factors?: PatientFactors; site?: BodySite } = {}) {
  const { factors = NO_FACTORS, site = 'face', ...rest } = over;
  return customScenario({ kind: 'treatment', device: 'pen', depthMm: 1, passes: 2, penHz: 100, sessions: 1, intervalDays: 28, factors, ...rest }, site);
}
const sign = (p: PatientPlan, s: string) => p.signs.find((l) => l.sign === s);

describe('the plan follows the model', () => {
  it('deeper needles give longer redness (0.25 → 2.5 mm, pen, face), and redness at 1.5 mm lasts 1–7 days (plan-erythema)', () => {
    const ends = [0.25, 0.5, 1, 1.5, 2, 2.5].map((d) => sign(patientPlan(treatment({ depthMm: d })), 'redness')!.toDay);
    for (let i = 1; i < ends.length; i++) expect(ends[i]).toBeGreaterThan(ends[i - 1]);
    expect(ends[0]).toBeLessThan(1.5);
    expect(ends[3]).toBeGreaterThanOrEqual(1);
    expect(ends[3]).toBeLessThanOrEqual(7);
    expect(ends[5]).toBeLessThanOrEqual(7);
  });

  it('swelling is absent after shallow needling and present after deep needling (plan-oedema: negligible ≤ 0.5 mm)', () => {
    expect(sign(patientPlan(treatment({ depthMm: 0.5 })), 'swelling')).toBeUndefined();
    const deep = sign(patientPlan(treatment({ depthMm: 1.5 })), 'swelling');
    expect(deep?.toDay).toBeGreaterThanOrEqual(1);
    expect(deep?.toDay).toBeLessThanOrEqual(3.5);
  });

  it('a roller reaches ~20% of its needle, so its plan is lighter than a pen at the same setting', () => {
    const roller = customScenario({ kind: 'treatment', device: 'roller', depthMm: 1.5, passes: 15, penHz: 100, sessions: 1, intervalDays: 28, factors: NO_FACTORS }, 'face');
    expect(sign(patientPlan(roller), 'redness')!.toDay).toBeLessThan(sign(patientPlan(treatment({ depthMm: 1.5 })), 'redness')!.toDay);
  });

  it('anticoagulants make bruising likely and bleeding slower; without them 1.0 mm on the face has no bruising line', () => {
    const plain = patientPlan(treatment({ depthMm: 1 }));
    const thin = patientPlan(treatment({ depthMm: 1, factors: { ...NO_FACTORS, anticoagulant: true } }));
    expect(sign(plain, 'bruising')).toBeUndefined();
    expect(sign(thin, 'bruising')?.message.key).toBe('signs.bruising.likely');
    expect(sign(thin, 'bleeding')!.toDay).toBeGreaterThan(sign(plain, 'bleeding')!.toDay);
    expect(thin.advice.some((a) => a.message.key === 'advice.callClinic.bruise')).toBe(true);
  });

  it('needles deep into thin facial skin (1.5 mm) may bruise even without blood thinners (plan-bruising)', () => {
    expect(sign(patientPlan(treatment({ depthMm: 1.5 })), 'bruising')?.message.key).toBe('signs.bruising.possible');
    expect(sign(patientPlan(treatment({ depthMm: 1.5, site: 'back' })), 'bruising')).toBeUndefined();
  });

  it('skin types V–VI carry a higher darkening risk, IV a possible one, I–III and unstated none (pih-risk)', () => {
    const s = treatment({ depthMm: 1.5 });
    for (const type of SKIN_TYPES) {
      const line = sign(patientPlan(s, { skinType: type }), 'pigmentation');
      if (type <= 3) expect(line, `type ${type}`).toBeUndefined();
      else expect(line?.message.key, `type ${type}`).toBe(type === 4 ? 'signs.pigmentation.possible' : 'signs.pigmentation.higher');
    }
    expect(sign(patientPlan(s), 'pigmentation')).toBeUndefined();
    // It shows as the redness fades (pih-timing), and the sun advice lengthens.
    const dark = patientPlan(s, { skinType: 6 });
    expect(sign(dark, 'pigmentation')!.fromDay).toBe(sign(dark, 'redness')!.toDay);
    expect(dark.advice.find((a) => a.topic === 'sun')!.message.params.weeks).toBeGreaterThan(patientPlan(s, { skinType: 2 }).advice.find((a) => a.topic === 'sun')!.message.params.weeks);
  });

  it('a course gives one next-session line per later session, on its day', () => {
    for (const [sessions, interval] of [[4, 28], [3, 42], [6, 14]] as const) {
      const lines = patientPlan(treatment({ sessions, intervalDays: interval })).advice.filter((a) => a.topic === 'nextSession');
      expect(lines.map((l) => l.fromDay)).toEqual(Array.from({ length: sessions - 1 }, (_, i) => (i + 1) * interval));
      expect(lines.map((l) => l.message.params.session)).toEqual(Array.from({ length: sessions - 1 }, (_, i) => i + 2));
    }
    const course = patientPlan(scenarioById('microneedling-course-4x')!);
    expect(course.advice.filter((a) => a.topic === 'nextSession')).toHaveLength(3);
  });

  it('a single session says when a next one may follow: sooner after shallow needling, 2–5 weeks (harris2015)', () => {
    const wait = (d: number) => patientPlan(treatment({ depthMm: d })).advice.find((a) => a.topic === 'nextSession')!.fromDay;
    expect(wait(0.5)).toBeLessThanOrEqual(wait(1.5));
    for (const d of [0.25, 1, 2.5]) { expect(wait(d)).toBeGreaterThanOrEqual(14); expect(wait(d)).toBeLessThanOrEqual(35); }
  });

  it('sessions closer than the skin needs raise a caution', () => {
    expect(patientPlan(treatment({ depthMm: 2.5, sessions: 3, intervalDays: 7 })).cautions.map((c) => c.key)).toContain('cautions.intervalShort');
    expect(patientPlan(treatment({ depthMm: 1, sessions: 3, intervalDays: 28 })).cautions).toEqual([]);
  });

  it('advice follows the signs: actives wait for the flaking to end, make-up for the channels to close', () => {
    for (const d of [0.25, 1, 2.5]) {
      const p = patientPlan(treatment({ depthMm: d }));
      const actives = p.advice.find((a) => a.topic === 'actives')!.fromDay;
      expect(actives).toBeGreaterThanOrEqual(sign(p, 'flaking')!.toDay);
      expect(actives).toBeGreaterThanOrEqual(5);
      const makeup = p.advice.find((a) => a.topic === 'makeup')!.fromDay;
      expect(makeup).toBeGreaterThanOrEqual(1);
      expect(makeup).toBeLessThanOrEqual(2);
    }
  });

  it('a wound (not a treatment) has signs and call-the-clinic lines but no make-up or session advice, and says so', () => {
    const p = patientPlan(scenarioById('deep-incision')!);
    expect(sign(p, 'redness')!.toDay).toBeGreaterThan(7);
    expect(p.advice.map((a) => a.topic)).not.toContain('nextSession');
    expect(p.advice.map((a) => a.topic)).toContain('callClinic');
    expect(p.cautions.map((c) => c.key)).toContain('cautions.wound');
  });
});

describe('every line is sourced and well formed', () => {
  const plans = SCENARIOS.flatMap((s) => SKIN_TYPES.map((t) => patientPlan(s, { skinType: t })));
  it('every sign and advice line names at least one source, and every source exists', () => {
    for (const p of plans) for (const l of [...p.signs, ...p.advice]) {
      expect(l.sources.length, l.message.key).toBeGreaterThan(0);
      for (const id of l.sources) expect(IDS.has(id), id).toBe(true);
    }
  });
  it('signs and topics come from the public lists, each sign at most once', () => {
    for (const p of plans) {
      for (const l of p.signs) expect(PLAN_SIGNS).toContain(l.sign);
      for (const l of p.advice) expect(ADVICE_TOPICS).toContain(l.topic);
      expect(new Set(p.signs.map((l) => l.sign)).size).toBe(p.signs.length);
    }
  });
});

describe('properties', () => {
  const arb = fc.record({
    device: fc.constantFrom('pen' as const, 'roller' as const),
    depthMm: fc.double({ min: 0.25, max: 2.5, noNaN: true }),
    passes: fc.integer({ min: 1, max: 30 }),
    sessions: fc.integer({ min: 1, max: 12 }),
    intervalDays: fc.integer({ min: 7, max: 120 }),
    site: fc.constantFrom(...BODY_SITES),
    anticoagulant: fc.boolean(),
    activeAcne: fc.boolean(),
    skinType: fc.option(fc.constantFrom(...SKIN_TYPES), { nil: undefined }),
  });
  type Arb = typeof arb extends fc.Arbitrary<infer T> ? T : never;
  const build = (r: Arb) => customScenario({ kind: 'treatment', device: r.device, depthMm: r.depthMm, passes: r.passes, penHz: 100,
    sessions: r.sessions, intervalDays: r.intervalDays, factors: { ...NO_FACTORS, anticoagulant: r.anticoagulant, activeAcne: r.activeAcne } }, r.site);
  const opts = (t: SkinType | undefined) => (t === undefined ? {} : { skinType: t });

  it('fromDay ≤ toDay, all days finite and ≥ 0, every number in a message finite', () => {
    fc.assert(fc.property(arb, (r) => {
      const p = patientPlan(build(r), opts(r.skinType));
      for (const l of p.signs) {
        expect(Number.isFinite(l.fromDay) && Number.isFinite(l.toDay)).toBe(true);
        expect(l.fromDay).toBeGreaterThanOrEqual(0);
        expect(l.fromDay).toBeLessThanOrEqual(l.toDay);
      }
      for (const l of p.advice) expect(Number.isFinite(l.fromDay) && l.fromDay >= 0).toBe(true);
      for (const l of [...p.signs, ...p.advice]) for (const v of Object.values(l.message.params)) expect(Number.isFinite(v)).toBe(true);
    }), { numRuns: 60 });
  });

  it('is deterministic: the same input gives the same plan', () => {
    fc.assert(fc.property(arb, (r) => { expect(patientPlan(build(r), opts(r.skinType))).toEqual(patientPlan(build(r), opts(r.skinType))); }), { numRuns: 20 });
  });

  it('a deeper pen never shortens the redness', () => {
    fc.assert(fc.property(fc.double({ min: 0.25, max: 2.4, noNaN: true }), fc.constantFrom(...BODY_SITES), (d, site) => {
      const a = sign(patientPlan(treatment({ depthMm: d, site })), 'redness')?.toDay ?? 0;
      const b = sign(patientPlan(treatment({ depthMm: d + 0.1, site })), 'redness')?.toDay ?? 0;
      expect(b).toBeGreaterThanOrEqual(a);
    }), { numRuns: 30 });
  });
});
