// Presenter → audience messages: what the presenter sends parses back to the same state, and
// anything malformed (wrong shape, bad values, a doctored address) is rejected.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { helloMessage, parseMirrorMessage, pointerMessage, stateMessage } from '../../src/ui/modes/mirror';
import { useCorium } from '../../src/state/store';
import { SCENARIO_IDS, MAX_AGE_HOURS } from '../../src/model';
import { MODES, ZOOM_LEVELS } from '../../src/state/url';

const base = () => useCorium.getInitialState();

describe('mirror messages', () => {
  it('a state message round-trips scenario, comparison, time, view, mode, language and the scene options', () => {
    fc.assert(fc.property(
      fc.constantFrom(...SCENARIO_IDS), fc.option(fc.constantFrom(...SCENARIO_IDS)), fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }),
      fc.constantFrom(...ZOOM_LEVELS), fc.constantFrom(...MODES), fc.constantFrom('en' as const, 'es' as const),
      fc.constantFrom('cutaway' as const, 'exploded' as const), fc.constantFrom('natural' as const, 'he' as const, 'trichrome' as const), fc.boolean(),
      (scenario, compare, timeHours, view, mode, lang, layout, stain, labels) => {
        const sent = stateMessage({ ...base(), scenario, compare, timeHours, view, mode, lang, layout, stain, labels, hidden: ['vessels', 'corneum'] });
        const got = parseMirrorMessage(JSON.parse(JSON.stringify(sent)));
        expect(got?.kind).toBe('state');
        if (got?.kind !== 'state') return;
        expect(got.state).toMatchObject({ scenario, compare, view, mode, lang, layout, stain, labels });
        expect(got.state.timeHours).toBeCloseTo(timeHours, 1);
        expect([...got.state.hidden].sort()).toEqual(['corneum', 'vessels']);
      },
    ), { numRuns: 60 });
  });

  it('hello and pointer messages parse', () => {
    expect(parseMirrorMessage(helloMessage())).toEqual({ kind: 'hello' });
    expect(parseMirrorMessage(pointerMessage(true, 0.25, 0.75))).toEqual({ kind: 'pointer', on: true, x: 0.25, y: 0.75 });
  });

  it('rejects malformed messages', () => {
    const good = stateMessage(base()) as Record<string, unknown>;
    const bad: unknown[] = [
      null, undefined, 42, 'corium:hello', [], { type: 'corium:nope' }, { kind: 'hello' },
      { type: 'corium:pointer', on: true, x: 1.5, y: 0 }, { type: 'corium:pointer', on: 'yes', x: 0, y: 0 },
      { type: 'corium:pointer', on: true, x: Number.NaN, y: 0 }, { type: 'corium:pointer', on: true, x: -0.1, y: 0 },
      { ...good, address: 42 }, { ...good, address: 'scenario=deep-incision' }, { ...good, address: '?scenario=<script>alert(1)</script>' },
      { ...good, address: '?t=-5' }, { ...good, address: `?scenario=deep-incision&x=${'a'.repeat(2000)}` },
      { ...good, address: '?layout=sideways' }, { ...good, address: '?stain=gram' }, { ...good, address: '?labels=true' },
      { ...good, address: '?hide=vessels,heart' },
    ];
    for (const b of bad) expect(parseMirrorMessage(b), JSON.stringify(b)).toBeNull();
  });

  it('never throws on random input', () => {
    fc.assert(fc.property(fc.anything(), (v) => { parseMirrorMessage(v); }));
    fc.assert(fc.property(fc.record({ type: fc.constant('corium:state'), address: fc.string().map((s) => `?${s}`) }),
      (v) => { parseMirrorMessage(v); }));
  });
});
