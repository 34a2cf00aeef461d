// The comparison's split: with labels, a strip on the left for them and two equal halves after
// it; without labels or alone, edge to edge.
import { describe, expect, it } from 'vitest';
import { splitView } from '../../src/scene/splitView';

describe('splitView', () => {
  it('alone: the whole width, no strip', () => {
    expect(splitView(800, false, true)).toEqual({ stripPx: 0, halfPx: 800 });
  });
  it('comparing without labels: two halves edge to edge', () => {
    expect(splitView(801, true, false)).toEqual({ stripPx: 0, halfPx: 400 });
  });
  it('comparing with labels: a strip, then two equal halves that never overlap it', () => {
    for (const width of [320, 480, 615, 1000, 1920]) {
      const { stripPx, halfPx } = splitView(width, true, true);
      expect(stripPx).toBeGreaterThan(0);
      expect(stripPx).toBeLessThanOrEqual(176);
      expect(stripPx + 2 * halfPx).toBeLessThanOrEqual(width);
      expect(width - (stripPx + 2 * halfPx)).toBeLessThanOrEqual(1);
    }
  });
});
