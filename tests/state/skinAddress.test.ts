// The address carries the surface view and the patient's skin type (issue 15): `view=surface`,
// `skin=1..6`; anything else falls back (no skin type) with a notice, and round-trips.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ADDRESS, formatAddress, parseAddress } from '../../src/state/url';

describe('view=surface and skin=1..6', () => {
  it('reads and writes them', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const { state, notices } = parseAddress(`?view=surface&skin=${n}`);
      expect(notices).toEqual([]);
      expect(state.view).toBe('surface');
      expect(state.skinType).toBe(n);
      expect(parseAddress(formatAddress(state)).state).toEqual(state);
    }
    expect(formatAddress(DEFAULT_ADDRESS)).not.toContain('skin=');
  });
  it.each(['0', '7', '2.5', 'V', '', '3a', '<b>x</b>'])('skin=%j falls back to no skin type with a notice', (raw) => {
    const { state, notices } = parseAddress(`?skin=${encodeURIComponent(raw)}`);
    expect(state.skinType).toBeNull();
    expect(notices.map((n) => n.key)).toEqual(['skin']);
  });
});
