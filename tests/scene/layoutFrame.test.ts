// The camera's home pulled apart: the slabs' gaps make the block taller, so the whole-block views
// look lower and stand back (the fat slab was cut off at the bottom of the view); the zoomed views,
// which look at the top of the front face, stay where they were.
import { describe, expect, it } from 'vitest';
import { layoutFrame, zoomFrame } from '../../src/scene/CameraRig';
import { EXPLODE_GAP_MM } from '../../src/scene/skinBlockGeometry';
import { SLAB_COUNT } from '../../src/scene/slabs';

describe('layoutFrame', () => {
  it('moves the whole-block views down by half the gaps and back, and nothing else', () => {
    const extra = (SLAB_COUNT - 1) * EXPLODE_GAP_MM;
    for (const level of ['tissue', 'surface'] as const) {
      const cut = zoomFrame(level, 4, 3, 0.5);
      expect(layoutFrame(cut, 'cutaway')).toBe(cut);
      const apart = layoutFrame(cut, 'exploded');
      expect(apart.target[1]).toBeCloseTo(cut.target[1] - extra / 2, 10);
      expect(apart.distanceMm).toBeGreaterThan(cut.distanceMm);
      expect(apart.direction).toEqual(cut.direction);
    }
    for (const level of ['channel', 'cells'] as const) {
      const cut = zoomFrame(level, 4, 3, 0.5);
      expect(layoutFrame(cut, 'exploded')).toBe(cut);
    }
  });
});
