// The fuzz mode's runtime assertions catch what they claim to: bad store states, NaN uniforms
// and broken text — and pass the states the app really starts in.
import { describe, expect, it } from 'vitest';
import { Mesh, ShaderMaterial, Vector3, BoxGeometry, Group } from 'three';
import { useCorium, type CoriumState } from '../../src/state/store';
import { storeViolations, textViolations } from '../../src/ui/fuzzInvariants';
import { nonFiniteUniforms } from '../../src/scene/uniformCheck';

const start = (): CoriumState => useCorium.getInitialState();

describe('storeViolations', () => {
  it('accepts the initial state', () => expect(storeViolations(start())).toEqual([]));
  it('flags an unknown scenario, a NaN or out-of-range time, a bad view and a NaN puncture', () => {
    expect(storeViolations({ ...start(), scenario: 'nope' })).toHaveLength(1);
    expect(storeViolations({ ...start(), timeHours: NaN })).toHaveLength(1);
    expect(storeViolations({ ...start(), timeHours: -1 })).toHaveLength(1);
    expect(storeViolations({ ...start(), view: 'zoom' as CoriumState['view'] })).toHaveLength(1);
    expect(storeViolations({ ...start(), strokes: [{ xMm: NaN, zMm: 0, atHours: 0 }] })).toHaveLength(1);
  });
});

describe('nonFiniteUniforms', () => {
  it('names the uniform holding NaN, in a number or a vector, and passes finite ones', () => {
    const group = new Group();
    const ok = new Mesh(new BoxGeometry(), new ShaderMaterial({ uniforms: { uTimeHours: { value: 3 }, uDir: { value: new Vector3(1, 2, 3) } } }));
    const bad = new Mesh(new BoxGeometry(), new ShaderMaterial({ uniforms: { uTimeHours: { value: NaN }, uDir: { value: new Vector3(1, Infinity, 3) } } }));
    bad.name = 'bad';
    group.add(ok);
    expect(nonFiniteUniforms(group)).toEqual([]);
    group.add(bad);
    expect(nonFiniteUniforms(group)).toEqual(['bad / uTimeHours', 'bad / uDir']);
  });
});

describe('textViolations', () => {
  it('flags NaN, undefined and empty text', () => {
    expect(textViolations('x', 'Day 3: inflammation')).toEqual([]);
    expect(textViolations('x', 'NaN h')).toHaveLength(1);
    expect(textViolations('x', 'stage undefined')).toHaveLength(1);
    expect(textViolations('x', '  ')).toHaveLength(1);
  });
});
