// The camera's home pulled apart: the slabs' gaps make the block taller, so the whole-block views
// look lower and stand back (the fat slab was cut off at the bottom of the view); the channel zoom
// stays where it was; the cells zoom follows its tissue down with its slab (it saw only a gap).
import { describe, expect, it } from 'vitest';
import { layoutFrame, zoomFrame } from '../../src/scene/CameraRig';
import { EXPLODE_GAP_MM } from '../../src/scene/skinBlockGeometry';
import { SLAB_COUNT } from '../../src/scene/slabs';

/** Layer tops of a face's block, mm: stratum corneum, epidermis, papillary, reticular dermis, fat. */
const TOPS = [0, 0.014, 0.074, 0.374, 1.574];

describe('layoutFrame', () => {
  it('moves the whole-block views down by half the gaps and back, and nothing else', () => {
    const extra = (SLAB_COUNT - 1) * EXPLODE_GAP_MM;
    for (const level of ['tissue', 'surface'] as const) {
      const cut = zoomFrame(level, 4, 3, 0.5);
      expect(layoutFrame(cut, 'cutaway', level, TOPS)).toBe(cut);
      const apart = layoutFrame(cut, 'exploded', level, TOPS);
      expect(apart.target[1]).toBeCloseTo(cut.target[1] - extra / 2, 10);
      expect(apart.distanceMm).toBeGreaterThan(cut.distanceMm);
      expect(apart.direction).toEqual(cut.direction);
    }
    const channel = zoomFrame('channel', 4, 3, 0.5);
    expect(layoutFrame(channel, 'exploded', 'channel', TOPS)).toBe(channel);
    const cells = zoomFrame('cells', 4, 3, 0.5);
    expect(layoutFrame(cells, 'cutaway', 'cells', TOPS)).toBe(cells);
  });

  it('pulled apart, the cells zoom looks at its tissue where its slab is drawn', () => {
    // Its target 0.15 mm deep lies in the papillary dermis (slab 2): two gaps down, the same x and z.
    const cells = zoomFrame('cells', 4, 3, 0.5);
    expect(cells.target[1]).toBeCloseTo(-0.15, 10);
    const apart = layoutFrame(cells, 'exploded', 'cells', TOPS);
    expect(apart.target[1]).toBeCloseTo(-0.15 - 2 * EXPLODE_GAP_MM, 10);
    expect([apart.target[0], apart.target[2], apart.distanceMm]).toEqual([cells.target[0], cells.target[2], cells.distanceMm]);
    // In the stratum corneum it stays put (the top slab does not move).
    const top = { ...cells, target: [0, -0.005, 2] as const };
    expect(layoutFrame(top, 'exploded', 'cells', TOPS).target).toEqual(top.target);
  });
});
