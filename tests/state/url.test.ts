// The address contract: /?scenario=ID&t=HOURS&compare=ID&view=…&site=… opens that state;
// anything unknown or malformed falls back to a default with a notice, never an exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_ADDRESS, formatAddress, LANGUAGES, LAYOUTS, MODES, parseAddress, sameChoices, STAINS } from '../../src/state/url';
import { SCENE_PARTS } from '../../src/state/parts';
import { CUSTOM_SCENARIO_ID, DEFAULT_CUSTOM_TREATMENT, MAX_AGE_HOURS, SCENARIO_IDS } from '../../src/model';

describe('parseAddress', () => {
  it('opens exactly the state a well-formed link names', () => {
    const { state, notices } = parseAddress('?scenario=deep-incision&t=4320&compare=microneedling-face-0.5mm&view=channel&site=forearm');
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_ADDRESS, scenario: 'deep-incision', timeHours: 4320, compare: 'microneedling-face-0.5mm', view: 'channel', site: 'forearm' });
  });
  it('an empty link gives the defaults and no notice', () => {
    expect(parseAddress('')).toEqual({ state: DEFAULT_ADDRESS, notices: [] });
  });
  it.each([
    ['?scenario=nope', 'scenario'],
    ['?t=abc', 'time'],
    ['?t=-5', 'time'],
    ['?t=', 'time'],
    ['?t=0x10', 'time'],
    ['?t=%205', 'time'],
    ['?view=microscope', 'view'],
    ['?site=moon', 'site'],
    ['?compare=<script>alert(1)</script>', 'compare'],
    ['?mode=kiosk', 'mode'],
    ['?lang=fr', 'lang'],
    ['?scenario=custom', 'custom'],
    ['?scenario=custom&device=pen&depth=9', 'custom'],
    ['?scenario=custom&wound=burn&depth=1&width=0.1', 'custom'],
    ['?scenario=custom&device=roller&depth=1&passes=2.5', 'custom'],
    ['?layout=sideways', 'layout'],
    ['?stain=gram', 'stain'],
    ['?labels=yes', 'labels'],
    ['?hide=heart', 'hide'],
  ])('%s falls back with a notice about %s', (search, key) => {
    const { state, notices } = parseAddress(search);
    expect(notices).toHaveLength(1);
    expect(notices[0].key).toBe(key);
    expect(SCENARIO_IDS).toContain(state.scenario);
  });
  it('a time past the simulated span is clamped to the end, with a notice', () => {
    const { state, notices } = parseAddress('?t=1e12');
    expect(state.timeHours).toBe(MAX_AGE_HOURS);
    expect(notices).toHaveLength(1);
  });
  it('opens the drawing a link names: pulled apart, stained, unlabelled, with parts hidden', () => {
    const { state, notices } = parseAddress('?scenario=deep-incision&layout=exploded&stain=trichrome&labels=0&hide=vessels%2Cepidermis');
    expect(notices).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_ADDRESS, scenario: 'deep-incision', layout: 'exploded', stain: 'trichrome', labels: false, hidden: ['epidermis', 'vessels'] });
  });
  it('a default drawing adds nothing to the link', () => {
    expect(formatAddress(DEFAULT_ADDRESS)).not.toMatch(/layout|stain|labels|hide/);
  });
  it('hides the known parts of a list that names unknown ones too, and names those in a notice', () => {
    const { state, notices } = parseAddress('?hide=vessels,heart,,vessels,nerves');
    expect(state.hidden).toEqual(['vessels', 'nerves']);
    expect(notices).toEqual([{ key: 'hide', values: { value: 'heart', allowed: SCENE_PARTS.join(', ') } }]);
  });
  it('sameChoices ignores the time and sees every other field', () => {
    const a = { ...DEFAULT_ADDRESS };
    expect(sameChoices(a, { ...a, timeHours: 99 })).toBe(true);
    for (const change of [{ scenario: 'deep-incision' }, { layout: 'exploded' as const }, { stain: 'he' as const }, { labels: false }, { hidden: ['vessels' as const] }, { site: 'palm' as const }]) {
      expect(sameChoices(a, { ...a, ...change }), JSON.stringify(change)).toBe(false);
    }
  });
  it('long bad values are shortened in the notice', () => {
    const { notices } = parseAddress(`?scenario=${'x'.repeat(500)}`);
    expect(notices[0].values.value.length).toBeLessThan(50);
  });
  it('round-trips through formatAddress', () => {
    fc.assert(fc.property(
      fc.constantFrom(...SCENARIO_IDS), fc.option(fc.constantFrom(...SCENARIO_IDS), { nil: null }),
      fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }), fc.constantFrom('tissue', 'channel', 'cells' as const),
      fc.option(fc.constantFrom('face', 'forehead', 'forearm', 'back', 'palm' as const), { nil: null }),
      fc.constantFrom(...LAYOUTS), fc.constantFrom(...STAINS), fc.boolean(), fc.subarray([...SCENE_PARTS]),
      (scenario, compare, t, view, site, layout, stain, labels, hidden) => {
        const state = { ...DEFAULT_ADDRESS, scenario, compare, timeHours: Math.round(t * 100) / 100, view, site, layout, stain, labels, hidden };
        expect(parseAddress(formatAddress(state))).toEqual({ state, notices: [] });
      }));
  });
  it('round-trips modes, languages and custom runs (device settings or a built wound)', () => {
    const factors = fc.record({ keloidProne: fc.boolean(), activeAcne: fc.boolean(), anticoagulant: fc.boolean() });
    const treatment = fc.record({
      kind: fc.constant('treatment' as const), device: fc.constantFrom('roller', 'pen' as const),
      depthMm: fc.integer({ min: 25, max: 250 }).map((x) => x / 100), passes: fc.integer({ min: 1, max: 30 }),
      penHz: fc.integer({ min: 25, max: 120 }), sessions: fc.integer({ min: 1, max: 12 }), intervalDays: fc.integer({ min: 7, max: 120 }), factors,
    }).map((x) => (x.device === 'roller' ? { ...x, penHz: DEFAULT_CUSTOM_TREATMENT.penHz } : x));
    const wound = fc.record({
      kind: fc.constant('wound' as const), wound: fc.constantFrom('cut', 'burn', 'acne' as const),
      depthMm: fc.integer({ min: 20, max: 500 }).map((x) => x / 100), widthMm: fc.integer({ min: 1, max: 10 }), lengthMm: fc.integer({ min: 1, max: 10 }), factors,
    });
    fc.assert(fc.property(fc.oneof(treatment, wound), fc.constantFrom(...MODES), fc.constantFrom(...LANGUAGES), (custom, mode, lang) => {
      const state = { ...DEFAULT_ADDRESS, scenario: CUSTOM_SCENARIO_ID, custom, mode, lang };
      expect(parseAddress(formatAddress(state))).toEqual({ state, notices: [] });
    }));
  });
  it('never throws and always yields a valid state for arbitrary query strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (junk) => {
      const { state } = parseAddress(junk);
      expect([...SCENARIO_IDS, CUSTOM_SCENARIO_ID]).toContain(state.scenario);
      expect(Number.isFinite(state.timeHours)).toBe(true);
      expect(state.timeHours).toBeGreaterThanOrEqual(0);
      expect(['tissue', 'channel', 'cells']).toContain(state.view);
    }), { numRuns: 300 });
  });
});
