// A retired material keeps its variant's program alive (one per variant) until the view goes.
import { describe, expect, it, vi } from 'vitest';
import { ShaderMaterial } from 'three';
import { disposeOrKeep, keptVariants, releaseKept } from '../../src/scene/programKeeper';

const material = (name: string, defines: Record<string, number>) => new ShaderMaterial({ name, defines });

describe('programKeeper', () => {
  it('keeps the first retired material of each variant and disposes later ones of the same variant', () => {
    releaseKept();
    const a = material('tissue', { STAIN: 0, LESION: 1 });
    const b = material('tissue', { STAIN: 0 });
    const c = material('tissue', { STAIN: 0, LESION: 1 });
    const spies = [a, b, c].map((m) => vi.spyOn(m, 'dispose'));
    disposeOrKeep(a);
    disposeOrKeep(b);
    disposeOrKeep(c);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([0, 0, 1]);
    expect(keptVariants()).toBe(2);
    releaseKept();
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1, 1]);
    expect(keptVariants()).toBe(0);
  });

  it('tells variants apart by name and defines', () => {
    releaseKept();
    disposeOrKeep(material('lesion', {}));
    disposeOrKeep(material('punctures', {}));
    disposeOrKeep(material('tissue', { STAIN: 2 }));
    expect(keptVariants()).toBe(3);
    releaseKept();
  });
});
