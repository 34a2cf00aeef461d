// Presenter → audience messages: what the presenter sends parses back to the same state, and
// anything malformed (wrong shape, bad values, a doctored address) is rejected.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cameraMessage, helloMessage, MAX_MIRRORED_STROKES, parseMirrorMessage, pointerMessage, stateMessage, strokesMessage } from '../../src/ui/modes/mirror';
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

  it('the punctures made by hand round-trip, in order', () => {
    fc.assert(fc.property(fc.array(fc.record({
      xMm: fc.double({ min: -20, max: 20, noNaN: true }), zMm: fc.double({ min: -20, max: 20, noNaN: true }), atHours: fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }),
    }), { maxLength: 300 }), (strokes) => {
      // (+ 0: JSON writes -0 as 0.)
      expect(parseMirrorMessage(JSON.parse(JSON.stringify(strokesMessage(strokes))))).toEqual({ kind: 'strokes', strokes: strokes.map((s) => ({ xMm: s.xMm + 0, zMm: s.zMm + 0, atHours: s.atHours + 0 })) });
    }), { numRuns: 60 });
  });

  it('a camera pose round-trips', () => {
    const pose = { position: [3.5, 4.25, -6] as const, target: [0, -1.2, 0] as const };
    expect(parseMirrorMessage(cameraMessage(pose))).toEqual({ kind: 'camera', pose: { position: [3.5, 4.25, -6], target: [0, -1.2, 0] } });
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
      { type: 'corium:strokes', strokes: [1, 2] }, { type: 'corium:strokes', strokes: [1, 2, Number.NaN] }, { type: 'corium:strokes', strokes: [1, 2, -1] },
      { type: 'corium:strokes', strokes: [1, 2, MAX_AGE_HOURS + 1] }, { type: 'corium:strokes', strokes: [1e9, 2, 3] }, { type: 'corium:strokes', strokes: ['1', 2, 3] },
      { type: 'corium:strokes', strokes: 'x' }, { type: 'corium:strokes', strokes: new Array(3 * (MAX_MIRRORED_STROKES + 1)).fill(0) },
      { type: 'corium:camera', position: [1, 2], target: [0, 0, 0] }, { type: 'corium:camera', position: [1, 2, 3], target: [0, 0, Number.POSITIVE_INFINITY] },
      { type: 'corium:camera', position: [1, 2, 3], target: [0, 0, 1e6] }, { type: 'corium:camera', position: [1, 2, 3] },
    ];
    for (const b of bad) expect(parseMirrorMessage(b), JSON.stringify(b)).toBeNull();
  });

  it('never throws on random input', () => {
    fc.assert(fc.property(fc.anything(), (v) => { parseMirrorMessage(v); }));
    fc.assert(fc.property(fc.record({ type: fc.constant('corium:state'), address: fc.string().map((s) => `?${s}`) }),
      (v) => { parseMirrorMessage(v); }));
  });
});
