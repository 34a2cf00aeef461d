// Pins wound specs: which ones are valid, the contraindication warnings patient factors raise,
// and the class key that lets equal wounds share one set of healing curves.
import { describe, expect, it } from 'vitest';
import {
  NO_FACTORS, WOUND_KINDS, WOUND_LIMITS, reachesFatWarning, treatmentWarnings, validateWound, woundKey,
  type PatientFactors, type WoundKind, type WoundSpec,
} from '../../src/model';

function spec(kind: WoundKind, over: Partial<WoundSpec> = {}): WoundSpec {
  const lim = WOUND_LIMITS[kind];
  const mid = ([lo, hi]: [number, number]): number => (lo + hi) / 2;
  return { kind, site: 'forearm', depthMm: mid(lim.depthMm), widthMm: mid(lim.widthMm), lengthMm: mid(lim.lengthMm), factors: NO_FACTORS, ...over };
}

const FIELDS = ['depthMm', 'widthMm', 'lengthMm'] as const;
const FIELD_NAME = { depthMm: 'depth', widthMm: 'width', lengthMm: 'length' } as const;

describe.each(WOUND_KINDS)('validateWound for a %s', (kind) => {
  const lim = WOUND_LIMITS[kind];

  it('accepts a spec in the middle of every range', () => {
    expect(validateWound(spec(kind))).toBeNull();
  });

  it('accepts the ends of every range', () => {
    for (const f of FIELDS) {
      expect(validateWound(spec(kind, { [f]: lim[f][0] })), `${f} = ${lim[f][0]}`).toBeNull();
      expect(validateWound(spec(kind, { [f]: lim[f][1] })), `${f} = ${lim[f][1]}`).toBeNull();
    }
  });

  it.each(FIELDS)('rejects NaN %s with a message naming the field and its range', (f) => {
    const msg = validateWound(spec(kind, { [f]: Number.NaN }));
    expect(msg).toContain(FIELD_NAME[f]);
    expect(msg).toContain(`from ${lim[f][0]} to ${lim[f][1]} mm`);
  });

  it.each(FIELDS)('rejects a negative %s', (f) => {
    expect(validateWound(spec(kind, { [f]: -1 }))).toMatch(new RegExp(`^${FIELD_NAME[f]} must be a number`));
  });

  it.each(FIELDS)('rejects a huge or infinite %s', (f) => {
    expect(validateWound(spec(kind, { [f]: lim[f][1] * 1000 }))).toMatch(FIELD_NAME[f]);
    expect(validateWound(spec(kind, { [f]: Number.POSITIVE_INFINITY }))).toMatch(FIELD_NAME[f]);
  });

  it.each(FIELDS)('rejects a %s just outside the range', (f) => {
    expect(validateWound(spec(kind, { [f]: lim[f][0] * 0.99 }))).not.toBeNull();
    expect(validateWound(spec(kind, { [f]: lim[f][1] * 1.01 }))).not.toBeNull();
  });

  it('names the wound kind in its message', () => {
    expect(validateWound(spec(kind, { depthMm: -1 }))).toContain(kind);
  });
});

describe('WOUND_LIMITS', () => {
  it('has positive, ordered bounds for every kind and field', () => {
    for (const kind of WOUND_KINDS) {
      for (const f of FIELDS) {
        const [lo, hi] = WOUND_LIMITS[kind][f];
        expect(lo, `${kind}.${f}`).toBeGreaterThan(0);
        expect(hi, `${kind}.${f}`).toBeGreaterThan(lo);
      }
    }
  });
});

describe('treatmentWarnings (contraindications)', () => {
  it('raises no warning without patient factors', () => {
    expect(treatmentWarnings(NO_FACTORS)).toEqual([]);
  });

  it.each([
    ['keloidProne', 'keloid-tendency', /keloid/i],
    ['activeAcne', 'active-acne', /acne|infection/i],
    ['anticoagulant', 'anticoagulant', /anticoagulant|bleeding/i],
  ] as const)('%s raises one contraindication warning (%s)', (factor, id, topic) => {
    const warnings = treatmentWarnings({ ...NO_FACTORS, [factor]: true });
    expect(warnings).toHaveLength(1);
    expect(warnings[0].id).toBe(id);
    expect(warnings[0].contraindication).toBe(true);
    expect(warnings[0].text).toMatch(/^Contraindication:/);
    expect(warnings[0].text).toMatch(topic);
  });

  it('raises one warning per factor when all three apply', () => {
    const all: PatientFactors = { keloidProne: true, activeAcne: true, anticoagulant: true };
    expect(treatmentWarnings(all).map((w) => w.id).sort()).toEqual(['active-acne', 'anticoagulant', 'keloid-tendency']);
  });
});

describe('reachesFatWarning', () => {
  it('warns (as a caution, not a contraindication) only when the channel passes the top of the fat', () => {
    expect(reachesFatWarning(1.0, 1.5)).toBeNull();
    expect(reachesFatWarning(1.5, 1.5)).toBeNull();
    const w = reachesFatWarning(2.0, 1.5);
    expect(w?.id).toBe('reaches-fat');
    expect(w?.contraindication).toBe(false);
    expect(w?.text).toContain('1.50 mm');
  });
});

describe('woundKey', () => {
  const base = spec('cut', { depthMm: 1.2, widthMm: 1, lengthMm: 30 });

  it('is equal for equal specs built separately', () => {
    const copy: WoundSpec = { ...base, factors: { ...base.factors } };
    expect(copy).not.toBe(base);
    expect(woundKey(copy)).toBe(woundKey(base));
  });

  it.each([
    ['kind', { kind: 'burn' }],
    ['site', { site: 'face' }],
    ['depth', { depthMm: 1.25 }],
    ['width', { widthMm: 1.5 }],
    ['length', { lengthMm: 31 }],
    ['keloid tendency', { factors: { ...NO_FACTORS, keloidProne: true } }],
    ['active acne', { factors: { ...NO_FACTORS, activeAcne: true } }],
    ['anticoagulant', { factors: { ...NO_FACTORS, anticoagulant: true } }],
  ] as const)('differs when the %s differs', (_field, change) => {
    expect(woundKey({ ...base, ...change } as WoundSpec)).not.toBe(woundKey(base));
  });

  it('tells apart depths 0.001 mm apart (finer than any device setting)', () => {
    expect(woundKey({ ...base, depthMm: 1.201 })).not.toBe(woundKey(base));
  });
});
