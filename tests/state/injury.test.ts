// The injury the tissue shader draws (its uInjury): its age by the same rule the shader used to
// apply per fragment, and its signals as the shaders' curveRow reads them from the atlas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASELINE, days, lookUp, SIGNALS } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { INJURY_FLOATS, injuryAgeHours, injurySignals, injuryUniforms, updateInjury } from '../../src/state/injury';

const course = blockDataFor('microneedling-course-4x', null);
const incision = blockDataFor('deep-incision', null);

describe('the injury the tissue shows', () => {
  it("fills the shader's uInjury[4]: four rows of four signals, as in the atlas", () => {
    expect(INJURY_FLOATS).toBe(16);
    expect(course.atlas.rowsPerClass - 1).toBe(INJURY_FLOATS / 4);
  });

  it('dates a course from its latest session begun, each session starting the clock again', () => {
    const [first, second] = course.sessionsHours;
    expect(second).toBe(days(28));
    expect(injuryAgeHours(course, first)).toBe(0);
    expect(injuryAgeHours(course, days(27))).toBe(days(27));
    expect(injuryAgeHours(course, second)).toBe(0);
    expect(injuryAgeHours(course, second + 5)).toBe(5);
    expect(injuryAgeHours(course, days(400))).toBe(days(400) - course.sessionsHours.at(-1)!);
  });

  it('restarts the clock at every session of a long course, the twelfth as the first', () => {
    const twelve = { ...course, sessionsHours: Array.from({ length: 12 }, (_, i) => i * days(28)) };
    expect(injuryAgeHours(twelve, days(28 * 9) + 30)).toBe(30);
    expect(injuryAgeHours(twelve, days(28 * 11) + 7)).toBe(7);
  });

  it('dates an uncontrolled wound from the wound, and skin never needled is unwounded', () => {
    expect(injuryAgeHours(incision, 48)).toBe(48);
    const untreated = { ...course, sessionsHours: [] };
    expect(injuryAgeHours(untreated, 48)).toBe(-1);
    const out = injurySignals(untreated, 48, new Float32Array(INJURY_FLOATS));
    SIGNALS.forEach((id, k) => expect(out[k], id).toBe(Math.fround(BASELINE[id])));
  });

  it("gives each signal as the atlas holds it at the injury's age, at any time of the course or the wound", () => {
    const out = new Float32Array(INJURY_FLOATS);
    fc.assert(fc.property(fc.constantFrom(course, incision), fc.double({ min: 0, max: days(500), noNaN: true }), (data, hours) => {
      injurySignals(data, hours, out);
      const age = injuryAgeHours(data, hours);
      SIGNALS.forEach((id, k) => expect(out[k]).toBe(Math.fround(lookUp(data.atlas, 0, id, age))));
    }));
  });

  it('brings the uniforms up to a time in place: the same age and signals, into the same array', () => {
    const u = injuryUniforms(course);
    const array = u.uInjury.value;
    expect(u.uInjuryAgeHours.value).toBe(0);
    updateInjury(course, days(28) + 30, u);
    expect(u.uInjury.value).toBe(array);
    expect(u.uInjuryAgeHours.value).toBe(30);
    expect([...array]).toEqual([...injurySignals(course, days(28) + 30, new Float32Array(INJURY_FLOATS))]);
  });

  it('shows redness the day after needling and none a year on', () => {
    const erythema = SIGNALS.indexOf('erythema');
    const at = (h: number) => injurySignals(course, h, new Float32Array(INJURY_FLOATS))[erythema];
    expect(at(24)).toBeGreaterThan(0.1);
    expect(at(days(480))).toBeLessThan(0.02);
  });
});
