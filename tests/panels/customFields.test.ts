// Typed values for the device panel and wound builder: whatever is typed, the spec stays one the
// model accepts (validateCustom), and anything that had to change is reported as a problem.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BODY_SITES, DEFAULT_CUSTOM_TREATMENT, DEFAULT_CUSTOM_WOUND, scenarioById, SCENARIOS, specOf, TREATMENT_LIMITS, validateCustom, WOUND_DEFAULT_SIZE, WOUND_LIMITS,
} from '../../src/model';
import {
  BUILT_WOUND_KINDS, readField, startTreatment, startWound, TREATMENT_FIELDS, WOUND_FIELDS, withTreatmentInput, withWoundInput, withWoundKind,
  type TreatmentSpec, type WoundSpecOfBuilder,
} from '../../src/ui/panels/customFields';

/** What people type: numbers of any size, numbers as text with either decimal mark, and junk. */
const typed = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ min: -5, max: 300, noNaN: true }).map((n) => String(n).replace('.', ',')),
  fc.string(),
  fc.constantFrom('', ' ', 'Infinity', '-0', '1e9', '0x10', '2.5.1', '½'),
);

describe('readField', () => {
  it('takes an in-range number as typed, with a comma as decimal mark too', () => {
    expect(readField('1.5', [0.25, 2.5], false, 1)).toEqual({ value: 1.5, problem: null, typed: 1.5 });
    expect(readField(' 0,75 ', [0.25, 2.5], false, 1)).toEqual({ value: 0.75, problem: null, typed: 0.75 });
  });

  it('clamps absurd values to the nearest limit and says which side', () => {
    expect(readField('99', [0.25, 2.5], false, 1)).toMatchObject({ value: 2.5, problem: 'tooHigh', typed: 99 });
    expect(readField('-3', [1, 30], true, 2)).toMatchObject({ value: 1, problem: 'tooLow', typed: -3 });
  });

  it('keeps the fallback for text that is no number, and rounds fractions of whole fields', () => {
    expect(readField('abc', [1, 30], true, 4)).toMatchObject({ value: 4, problem: 'notNumber' });
    expect(readField('', [1, 30], true, 4)).toMatchObject({ value: 4, problem: 'empty' });
    expect(readField('2.6', [1, 30], true, 4)).toMatchObject({ value: 3, problem: 'notWhole' });
  });

  it('property: any text gives a value inside the range; no problem only when the text was that value', () => {
    fc.assert(fc.property(typed, fc.double({ min: 0.1, max: 50, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), fc.boolean(), (raw, lo, span, whole) => {
      const range = [whole ? Math.ceil(lo) : lo, (whole ? Math.ceil(lo) : lo) + (whole ? Math.round(span) : span)] as const;
      const r = readField(raw, range, whole, Number.NaN);
      expect(r.value).toBeGreaterThanOrEqual(range[0]);
      expect(r.value).toBeLessThanOrEqual(range[1]);
      if (whole) expect(Number.isInteger(r.value)).toBe(true);
      if (r.problem === null) expect(r.value).toBe(Number(raw.trim().replace(',', '.')));
    }));
  });
});

describe('custom specs from typed values', () => {
  const site = fc.constantFrom(...BODY_SITES);

  it('property: any values typed into the device panel give a treatment validateCustom accepts, or a problem to show', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...TREATMENT_FIELDS), typed), { maxLength: 8 }), fc.constantFrom('roller', 'pen' as const), site, (inputs, device, where) => {
      let spec: TreatmentSpec = { ...DEFAULT_CUSTOM_TREATMENT, device };
      for (const [field, raw] of inputs) {
        const next = withTreatmentInput(spec, field, raw);
        expect(validateCustom(next.spec, where)).toBeNull();
        if (next.reading.problem === null) expect(next.spec[field]).toBe(Number(raw.trim().replace(',', '.')));
        else expect(next.spec[field]).toBeGreaterThanOrEqual(TREATMENT_LIMITS[field][0]);
        spec = next.spec;
      }
    }));
  });

  it('property: any kind and values typed into the wound builder give a wound validateCustom accepts', () => {
    const step = fc.oneof(
      fc.constantFrom(...BUILT_WOUND_KINDS).map((kind) => ({ kind })),
      fc.tuple(fc.constantFrom(...WOUND_FIELDS), typed).map(([field, raw]) => ({ field, raw })),
    );
    fc.assert(fc.property(fc.array(step, { maxLength: 10 }), site, (steps, where) => {
      let spec: WoundSpecOfBuilder = DEFAULT_CUSTOM_WOUND;
      for (const s of steps) {
        spec = 'kind' in s ? withWoundKind(spec, s.kind) : withWoundInput(spec, s.field, s.raw).spec;
        expect(validateCustom(spec, where)).toBeNull();
      }
    }));
  });

  it('a new kind of wound takes its usual size and keeps a depth the kind allows', () => {
    const deepCut = { ...DEFAULT_CUSTOM_WOUND, depthMm: 7 };
    const cyst = withWoundKind(deepCut, 'acne');
    expect(cyst).toMatchObject({ wound: 'acne', ...WOUND_DEFAULT_SIZE.acne, depthMm: WOUND_LIMITS.acne.depthMm[1] });
  });
});

describe('where the panels start', () => {
  it('the device panel starts from the scenario’s own treatment, or the default with the scenario’s patient', () => {
    const roller = scenarioById('microneedling-roller-1.0mm')!;
    expect(startTreatment(roller, null)).toEqual(specOf(roller));
    const keloidCut = scenarioById('keloid-prone-incision')!;
    expect(startTreatment(keloidCut, null)).toEqual({ ...DEFAULT_CUSTOM_TREATMENT, factors: keloidCut.factors });
    const mine: TreatmentSpec = { ...DEFAULT_CUSTOM_TREATMENT, depthMm: 2 };
    expect(startTreatment(undefined, mine)).toBe(mine);
  });

  it('the wound builder starts from the scenario’s wound, or the default', () => {
    for (const s of SCENARIOS) {
      const w = startWound(s, null);
      expect(validateCustom(w, s.site)).toBeNull();
      if (s.wound) expect(w).toMatchObject({ wound: s.wound.kind, depthMm: s.wound.depthMm, widthMm: s.wound.widthMm });
      else expect(w).toEqual({ ...DEFAULT_CUSTOM_WOUND, factors: s.factors });
    }
  });
});
