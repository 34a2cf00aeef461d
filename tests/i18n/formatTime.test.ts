// Time in plain units, in both languages, never blank or negative, coarser as time goes on.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatTime } from '../../src/i18n/formatTime';
import { switchLanguage } from '../../src/i18n';
import { MAX_AGE_HOURS } from '../../src/model';

afterAll(() => switchLanguage('en'));

describe('formatTime', () => {
  it.each([
    [0, '0 min'], [0.5, '30 min'], [6, '6 h'], [78, 'Day 3, 6 h'], [72, 'Day 3'], [24 * 45, 'Day 45'],
    [24 * 122, '4 months'], [24 * 365, '1 year'], [24 * 365 + 24 * 62, '1 year, 2 months'],
  ])('%f h in English is "%s"', (h, text) => {
    expect(formatTime(h)).toBe(text);
  });
  it('speaks Spanish', async () => {
    await switchLanguage('es');
    expect(formatTime(78)).toBe('Día 3, 6 h');
    expect(formatTime(24 * 122)).toBe('4 meses');
    expect(formatTime(24 * 427)).toBe('1 año y 2 meses');
    await switchLanguage('en');
  });
  it('is never empty and never shows NaN or a minus sign, for any time (even absurd ones)', () => {
    fc.assert(fc.property(fc.oneof(fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }), fc.double()), (h) => {
      const s = formatTime(h);
      expect(s.length).toBeGreaterThan(0);
      expect(s).not.toMatch(/NaN|-|Infinity|undefined/);
    }));
  });
});
