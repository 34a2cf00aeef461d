// The uncontrolled wound's mesh sits where the model puts the wound, with its model depth.
import { describe, expect, it } from 'vitest';
import { blockDataFor } from '../../src/state/blockData';
import { insideLesion, lesionOf } from '../../src/state/lesion';
import { lesionMesh } from '../../src/scene/lesionGeometry';

describe('lesion geometry', () => {
  it('micro-needling blocks have no single lesion', () => {
    expect(lesionOf(blockDataFor('microneedling-face-0.5mm', null)).kind).toBe('channels');
  });
  it.each(['deep-incision', 'burn-deep-partial', 'cystic-acne-lesion'])('%s: mesh footprint within the block, floor at the wound depth', (id) => {
    const data = blockDataFor(id, null);
    const shape = lesionOf(data);
    if (shape.kind === 'channels') throw new Error('expected a lesion');
    const m = lesionMesh(shape, data.blockMm);
    expect(m.depthMm).toBeCloseTo(Math.min(data.wound.depthMm, data.drawnDepthMm - 0.05), 6);
    for (let i = 0; i < m.foot.length; i += 2) {
      expect(Math.abs(m.foot[i])).toBeLessThanOrEqual(data.blockMm / 2);
      expect(Math.abs(m.foot[i + 1])).toBeLessThanOrEqual(data.blockMm / 2 + 1e-6);
    }
    expect(Math.max(...m.floor)).toBeCloseTo(1, 2);
    expect(Math.min(...m.floor)).toBeGreaterThanOrEqual(0);
    expect(m.index.length % 3).toBe(0);
    expect(Math.max(...m.index)).toBeLessThan(m.depthMix.length);
  });
  it('a cut is V-shaped: deepest in the middle, shallow at its edges', () => {
    const shape = lesionOf(blockDataFor('deep-incision', null));
    expect(insideLesion(shape, 0, -1.5, 0)).toBe(true);
    expect(insideLesion(shape, 0.45, -1.5, 0)).toBe(false);
    expect(insideLesion(shape, 0, -2.5, 0)).toBe(false);
  });
});
