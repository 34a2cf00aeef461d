// The caption under a downloaded picture (and on the audience window), and the share link:
// caption in the reader's language with the scenario and the time; the link parses back to the
// state it was made from.
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pictureCaption } from '../../src/ui/share/caption';
import { captionLayout, wrapCaption } from '../../src/ui/share/capture';
import { shareLink } from '../../src/ui/share/shareLink';
import { switchLanguage } from '../../src/i18n';
import { DEFAULT_ADDRESS, MODES, parseAddress, ZOOM_LEVELS } from '../../src/state/url';
import { MAX_AGE_HOURS, SCENARIO_IDS } from '../../src/model';

afterAll(() => switchLanguage('en'));

describe('picture caption', () => {
  it('names the scenario and the time, in English and in Spanish', async () => {
    await switchLanguage('en');
    expect(pictureCaption({ scenario: 'deep-incision', custom: null, compare: null, timeHours: 78 })).toBe('Deep cut, 2 mm — Day 3, 6 h');
    expect(pictureCaption({ scenario: 'deep-incision', custom: null, compare: 'burn-deep-partial', timeHours: 24 * 30 }))
      .toBe('Deep cut, 2 mm (left) and Deep partial-thickness burn (right) — Day 30');
    await switchLanguage('es');
    const es = pictureCaption({ scenario: 'deep-incision', custom: null, compare: null, timeHours: 78 });
    expect(es).toMatch(/Día 3, 6 h$/);
    expect(es).not.toMatch(/Deep cut/);
  });

  it('a custom run is named by its settings', async () => {
    await switchLanguage('en');
    const custom = { kind: 'wound', wound: 'burn', depthMm: 1.2, widthMm: 10, lengthMm: 10, factors: { keloidProne: false, activeAcne: false, anticoagulant: false } } as const;
    expect(pictureCaption({ scenario: 'custom', custom, compare: null, timeHours: 0.5 })).toBe('Your wound: burn, 1.2 mm deep — 30 min');
  });

  it('wraps long captions at word boundaries within the width', () => {
    const measure = (s: string): number => s.length * 10;
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { minLength: 1, maxLength: 30 }), fc.integer({ min: 120, max: 2000 }), (words, width) => {
      const lines = wrapCaption(words.join(' '), width, measure);
      expect(lines.join(' ')).toBe(words.join(' '));
      for (const l of lines) expect(measure(l) <= width || !l.includes(' ')).toBe(true);
    }));
    const { fontPx, padPx, lineHeightPx } = captionLayout(800);
    expect(fontPx).toBeGreaterThanOrEqual(14);
    expect(padPx).toBeGreaterThan(0);
    expect(lineHeightPx).toBeGreaterThan(fontPx);
  });
});

describe('share link', () => {
  it('parses back to the state it was made from, with no notices', () => {
    fc.assert(fc.property(
      fc.constantFrom(...SCENARIO_IDS), fc.option(fc.constantFrom(...SCENARIO_IDS)), fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }),
      fc.constantFrom(...ZOOM_LEVELS), fc.constantFrom(...MODES), fc.constantFrom('en' as const, 'es' as const), fc.constantFrom(null, 'palm' as const, 'back' as const),
      (scenario, compare, t, view, mode, lang, site) => {
        const timeHours = Math.round(t * 100) / 100;
        const link = shareLink({ ...DEFAULT_ADDRESS, scenario, compare, timeHours, view, mode, lang, site }, { origin: 'https://x.example', pathname: '/corium/' });
        const url = new URL(link);
        expect(url.origin + url.pathname).toBe('https://x.example/corium/');
        const parsed = parseAddress(url.search);
        expect(parsed.notices).toEqual([]);
        expect(parsed.state).toEqual({ ...DEFAULT_ADDRESS, scenario, compare, timeHours, view, mode, lang, site });
      },
    ), { numRuns: 80 });
  });
});
