// The address contract: /?scenario=ID&t=HOURS&compare=ID&view=…&site=… opens that state;
// anything unknown or malformed falls back to a default with a notice, never an exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_ADDRESS, formatAddress, parseAddress } from '../../src/state/url';
import { MAX_AGE_HOURS, SCENARIO_IDS } from '../../src/model';

describe('parseAddress', () => {
  it('opens exactly the state a well-formed link names', () => {
    const { state, notices } = parseAddress('?scenario=deep-incision&t=4320&compare=microneedling-face-0.5mm&view=channel&site=forearm');
    expect(notices).toEqual([]);
    expect(state).toEqual({ scenario: 'deep-incision', timeHours: 4320, compare: 'microneedling-face-0.5mm', view: 'channel', site: 'forearm' });
  });
  it('an empty link gives the defaults and no notice', () => {
    expect(parseAddress('')).toEqual({ state: DEFAULT_ADDRESS, notices: [] });
  });
  it.each([
    ['?scenario=nope', 'scenario'],
    ['?t=abc', 'Time'],
    ['?t=-5', 'Time'],
    ['?t=', 'Time'],
    ['?t=0x10', 'Time'],
    ['?t=%205', 'Time'],
    ['?view=microscope', 'view'],
    ['?site=moon', 'site'],
    ['?compare=<script>alert(1)</script>', 'comparison'],
  ])('%s falls back with a notice mentioning %s', (search, word) => {
    const { state, notices } = parseAddress(search);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(word);
    expect(SCENARIO_IDS).toContain(state.scenario);
  });
  it('a time past the simulated span is clamped to the end, with a notice', () => {
    const { state, notices } = parseAddress('?t=1e12');
    expect(state.timeHours).toBe(MAX_AGE_HOURS);
    expect(notices).toHaveLength(1);
  });
  it('long bad values are shortened in the notice', () => {
    const { notices } = parseAddress(`?scenario=${'x'.repeat(500)}`);
    expect(notices[0].length).toBeLessThan(200);
  });
  it('round-trips through formatAddress', () => {
    fc.assert(fc.property(
      fc.constantFrom(...SCENARIO_IDS), fc.option(fc.constantFrom(...SCENARIO_IDS), { nil: null }),
      fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }), fc.constantFrom('tissue', 'channel', 'cells' as const),
      fc.option(fc.constantFrom('face', 'forehead', 'forearm', 'back', 'palm' as const), { nil: null }),
      (scenario, compare, t, view, site) => {
        const state = { scenario, compare, timeHours: Math.round(t * 100) / 100, view, site };
        expect(parseAddress(formatAddress(state))).toEqual({ state, notices: [] });
      }));
  });
  it('never throws and always yields a valid state for arbitrary query strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (junk) => {
      const { state } = parseAddress(junk);
      expect(SCENARIO_IDS).toContain(state.scenario);
      expect(Number.isFinite(state.timeHours)).toBe(true);
      expect(state.timeHours).toBeGreaterThanOrEqual(0);
      expect(['tissue', 'channel', 'cells']).toContain(state.view);
    }), { numRuns: 300 });
  });
});
