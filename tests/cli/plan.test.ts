// Pins `npm run -s simulate -- … --plan [--skin-type 1..6]` (issue 15, public contract): the JSON
// shape { scenario, plan: [{ sign, fromDay, toDay, text, sources }], advice: [{ topic, fromDay,
// text, sources }], warnings }, absent signs absent, custom runs, and bad skin types exit 2.
import { describe, expect, it } from 'vitest';
import { cli, json } from './runCli';
import { ADVICE_TOPICS, PLAN_SIGNS, SCENARIO_IDS, SOURCES } from '../../src/model';

interface PlanJson {
  scenario: string;
  plan: { sign: string; fromDay: number; toDay: number; text: string; sources: string[] }[];
  advice: { topic: string; fromDay: number; text: string; sources: string[] }[];
  warnings: string[];
}

const plan = (...argv: string[]): PlanJson => json<PlanJson>(...argv, '--plan');
const IDS = new Set(SOURCES.map((s) => s.id));

describe('--plan: the JSON contract', () => {
  it.each(SCENARIO_IDS)('%s prints exactly the contract keys, with worded, sourced lines', (id) => {
    const p = plan('--scenario', id);
    expect(Object.keys(p).sort()).toEqual(['advice', 'plan', 'scenario', 'warnings']);
    expect(p.scenario).toBe(id);
    for (const l of p.plan) {
      expect(Object.keys(l).sort()).toEqual(['fromDay', 'sign', 'sources', 'text', 'toDay']);
      expect(PLAN_SIGNS).toContain(l.sign);
      expect(typeof l.fromDay === 'number' && typeof l.toDay === 'number' && l.fromDay <= l.toDay).toBe(true);
    }
    for (const l of p.advice) {
      expect(Object.keys(l).sort()).toEqual(['fromDay', 'sources', 'text', 'topic']);
      expect(ADVICE_TOPICS).toContain(l.topic);
    }
    for (const l of [...p.plan, ...p.advice]) {
      expect(l.text).toMatch(/^[A-Z].*[.)]$/);
      expect(l.text).not.toMatch(/\{\{|plan\.|undefined|NaN/);
      expect(l.sources.length).toBeGreaterThan(0);
      for (const s of l.sources) expect(IDS.has(s), s).toBe(true);
    }
    expect(p.warnings.every((w) => typeof w === 'string' && w.length > 0)).toBe(true);
  });

  it('--format json is accepted and gives the same output; csv is refused', () => {
    expect(cli('--scenario', 'microneedling-course-4x', '--plan', '--format', 'json').out).toBe(cli('--scenario', 'microneedling-course-4x', '--plan').out);
    const r = cli('--scenario', 'microneedling-course-4x', '--plan', '--format', 'csv');
    expect(r.code).toBe(2);
  });

  it('a sign the model does not expect is absent (no zero-length swelling after a 0.5 mm pen; no darkening without a dark skin type)', () => {
    const p = plan('--scenario', 'microneedling-face-0.5mm');
    expect(p.plan.map((l) => l.sign)).not.toContain('swelling');
    expect(p.plan.map((l) => l.sign)).not.toContain('pigmentation');
    expect(plan('--scenario', 'microneedling-face-0.5mm', '--skin-type', '5').plan.map((l) => l.sign)).toContain('pigmentation');
  });

  it('custom device flags change the plan: deeper → longer redness; --anticoagulant → bruising and a warning', () => {
    const red = (p: PlanJson) => p.plan.find((l) => l.sign === 'redness')!.toDay;
    expect(red(plan('--device', 'pen', '--depth', '2'))).toBeGreaterThan(red(plan('--device', 'pen', '--depth', '0.5')));
    const thin = plan('--device', 'pen', '--depth', '1', '--anticoagulant');
    expect(thin.plan.map((l) => l.sign)).toContain('bruising');
    expect(thin.warnings.join(' ')).toMatch(/anticoagulant/i);
    const course = plan('--device', 'pen', '--depth', '1', '--sessions', '5', '--interval-days', '30');
    expect(course.advice.filter((a) => a.topic === 'nextSession').map((a) => a.fromDay)).toEqual([30, 60, 90, 120]);
  });

  it.each(['0', '7', '3.5', 'V', ''])('--skin-type %j exits 2 with one line on stderr and nothing on stdout', (v) => {
    const r = cli('--scenario', 'microneedling-face-0.5mm', '--plan', '--skin-type', v);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/--skin-type.*1.*6/);
  });
});
