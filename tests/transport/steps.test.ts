// Step targets: "Step forward" lands on the start of the next healing stage of the primary wound
// (in every session of a course), the small step on the next notch; both move forward only and
// end exactly at the span. Property-tested over random times.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageSinceLatestSession, stageAt, timeToAxis } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { episodes } from '../../src/ui/transport/timeline';
import { backALittle, forwardALittle, nextStage, NOTCHES, previousStage, stageTargets } from '../../src/ui/transport/steps';

const SCENARIOS = ['microneedling-course-4x', 'deep-incision', 'microneedling-face-0.5mm', 'burn-deep-partial'];

function setup(id: string) {
  const b = blockDataFor(id, null);
  const eps = episodes(b.curves.stages, b.sessionsHours, b.spanHours);
  return { b, eps, span: b.spanHours, targets: stageTargets(eps, b.spanHours) };
}

/** The stage the primary block shows at a time (as the stage diagram computes it). */
function stageNow(b: ReturnType<typeof blockDataFor>, t: number) {
  return stageAt(b.curves.stages, ageSinceLatestSession(b.sessionsHours, t)).stage;
}

describe('step forward', () => {
  it('from 0 on a single wound goes to the second stage, then the third', () => {
    const { b, targets, span } = setup('deep-incision');
    const first = nextStage(0, targets, span);
    expect(first).toBe(b.curves.stages[1].startHours);
    expect(nextStage(first, targets, span)).toBe(b.curves.stages[2].startHours);
  });

  it('visits every session of a course, each starting with clotting again', () => {
    const { b, targets, span } = setup('microneedling-course-4x');
    for (const s of b.sessionsHours.slice(1)) expect(targets).toContain(s);
    let t = 0;
    const seen: string[] = [];
    while (t < span) { t = nextStage(t, targets, span); seen.push(stageNow(b, t)); }
    expect(seen.filter((s) => s === 'hemostasis')).toHaveLength(b.sessionsHours.length - 1);
  });

  it('each step lands where a new stage has begun', () => {
    for (const id of SCENARIOS) {
      const { b, targets, span } = setup(id);
      for (const h of targets.filter((x) => x < span)) expect(stageNow(b, h), `${id} at ${h}`).not.toBe(stageNow(b, h - 1e-3));
    }
  });

  it('property: strictly forward until the span, never past it, and the span is a fixed point', () => {
    fc.assert(fc.property(fc.constantFrom(...SCENARIOS), fc.double({ min: 0, max: 1, noNaN: true }), (id, u) => {
      const { targets, span } = setup(id);
      const t = u * span;
      const next = nextStage(t, targets, span);
      const little = forwardALittle(t, span);
      if (t < span) { expect(next).toBeGreaterThan(t); expect(little).toBeGreaterThan(t); }
      expect(next).toBeLessThanOrEqual(span);
      expect(little).toBeLessThanOrEqual(span);
      expect(nextStage(span, targets, span)).toBe(span);
      expect(forwardALittle(span, span)).toBe(span);
    }));
  });

  it('property: repeated steps from any time reach exactly the span in finitely many steps', () => {
    fc.assert(fc.property(fc.constantFrom(...SCENARIOS), fc.double({ min: 0, max: 1, noNaN: true }), (id, u) => {
      const { targets, span } = setup(id);
      let a = u * span;
      let b = a;
      for (let i = 0; i < targets.length + 1; i++) a = nextStage(a, targets, span);
      for (let i = 0; i < NOTCHES + 1; i++) b = forwardALittle(b, span);
      expect(a).toBe(span);
      expect(b).toBe(span);
    }));
  });
});

describe('small steps and stepping back', () => {
  it('a small step is one notch of the axis (1/NOTCHES), snapped to the grid', () => {
    const { span } = setup('deep-incision');
    const a = forwardALittle(0, span);
    expect(timeToAxis(a, span)).toBeCloseTo(1 / NOTCHES, 9);
    expect(timeToAxis(forwardALittle(a, span), span)).toBeCloseTo(2 / NOTCHES, 9);
    expect(timeToAxis(forwardALittle(a * 1.001, span), span)).toBeCloseTo(2 / NOTCHES, 9);
  });

  it('property: back undoes forward, and both stay within 0 and the span', () => {
    fc.assert(fc.property(fc.constantFrom(...SCENARIOS), fc.integer({ min: 0, max: NOTCHES - 1 }), (id, k) => {
      const { targets, span } = setup(id);
      let onGrid = 0;
      for (let i = 0; i < k; i++) onGrid = forwardALittle(onGrid, span);
      expect(timeToAxis(onGrid, span)).toBeCloseTo(k / NOTCHES, 9);
      expect(backALittle(forwardALittle(onGrid, span), span)).toBeCloseTo(onGrid, 6);
      expect(backALittle(0, span)).toBe(0);
      const prev = previousStage(onGrid, targets);
      expect(prev).toBeGreaterThanOrEqual(0);
      if (onGrid > 0) expect(prev).toBeLessThan(onGrid);
    }));
  });

  it('previous stage from a stage start goes to the start of the stage before', () => {
    const { targets, span } = setup('deep-incision');
    const second = nextStage(0, targets, span);
    const third = nextStage(second, targets, span);
    expect(previousStage(third, targets)).toBe(second);
    expect(previousStage(second, targets)).toBe(0);
  });
});
