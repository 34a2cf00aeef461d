// The expert numbers: collagen I and III are shares that add up to the whole, percentages and
// decimals follow the reader's language, and every number is finite at every age.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockDataFor } from '../../src/state/blockData';
import { modelNumbers, NUMBER_KEYS } from '../../src/ui/explain/modelNumbers';
import { formatPercent } from '../../src/i18n/formatNumber';
import { switchLanguage } from '../../src/i18n';
import { BASELINE, MAX_AGE_HOURS } from '../../src/model';

const value = (rows: { key: string; value: string }[], key: string): string => rows.find((r) => r.key === key)!.value;
const percent = (s: string): number => Number(s.replace(/[^\d]/g, ''));

describe('modelNumbers', () => {
  afterAll(() => switchLanguage('en'));
  it('shows unwounded skin as 85% type I collagen, fully closed and full strength', () => {
    const rows = modelNumbers(BASELINE);
    expect(rows.map((r) => r.key)).toEqual([...NUMBER_KEYS]);
    expect(value(rows, 'collagenI')).toBe('0.85');
    expect(value(rows, 'collagenIII')).toBe('0.15');
    expect(value(rows, 'collagenIShare')).toBe('85%');
    expect(value(rows, 'strength')).toBe('100%');
    expect(value(rows, 'closure')).toBe('100%');
    expect(value(rows, 'elevationMm')).toBe('0.00');
  });
  it('the type I share is between 0 and 100%, blank only while the wound holds no collagen', () => {
    const cut = blockDataFor('deep-incision', null);
    expect(value(modelNumbers(cut.curves.at(0)), 'collagenIShare')).toBe('–');
    fc.assert(fc.property(fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }), (age) => {
      const s = cut.curves.at(age);
      const rows = modelNumbers(s);
      const share = value(rows, 'collagenIShare');
      if (s.collagenI + s.collagenIII >= 0.01) expect(percent(share)).toBeLessThanOrEqual(100);
      else expect(share).toBe('–');
      for (const r of rows.filter((row) => row.key !== 'collagenIShare')) expect(r.value, r.key).not.toBe('–');
    }), { numRuns: 200 });
  });
  it('uses the Spanish number convention in Spanish', async () => {
    await switchLanguage('es');
    expect(formatPercent(0.85)).toMatch(/^85\s?%$/);
    expect(value(modelNumbers({ ...BASELINE, perfusion: 1.5 }), 'perfusion')).toBe('1,5');
  });
});
