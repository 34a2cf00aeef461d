// The scale bar is correct: mm per pixel follows the camera's distance, field of view and the
// canvas height, and the bar picks a nice length spanning 60–160 px.
import { describe, expect, it } from 'vitest';
import { clearOfLeftLabels, formatLength, keepLabelInView, labelAnchors, labelsFitBeside, mmPerPixel, niceScaleBar } from '../../src/scene/LabelProjector';
import { blockDataFor } from '../../src/state/blockData';
import { EXPLODE_GAP_MM } from '../../src/scene/skinBlockGeometry';
import { LAYERS, layerAt } from '../../src/model/tissue';

describe('scale bar', () => {
  it('measures mm per pixel from distance, field of view and canvas height', () => {
    // A 90° field of view at 1 mm sees 2 mm across the canvas height.
    expect(mmPerPixel(1, 90, 400)).toBeCloseTo(2 / 400, 10);
    expect(mmPerPixel(2, 90, 400)).toBeCloseTo(4 / 400, 10);
  });

  it('picks a nice length that spans 60–160 px at every zoom from cells to the whole block', () => {
    for (let mmPerPx = 0.0001; mmPerPx < 0.012; mmPerPx *= 1.07) {
      const bar = niceScaleBar(mmPerPx);
      expect([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2]).toContain(bar.mm);
      expect(bar.px).toBeGreaterThanOrEqual(60);
      expect(bar.px).toBeLessThanOrEqual(160);
      expect(bar.px * mmPerPx).toBeCloseTo(bar.mm, 10);
    }
  });

  it('writes lengths in µm below a millimetre', () => {
    expect(formatLength(0.01)).toBe('10 µm');
    expect(formatLength(0.2)).toBe('200 µm');
    expect(formatLength(1)).toBe('1 mm');
  });
});

describe('label anchors', () => {
  it('span each layer, moved down with their layer when exploded; structures sit at their model depth', () => {
    const data = blockDataFor('microneedling-face-0.5mm', null);
    const cut = labelAnchors(data, 'cutaway');
    const exploded = labelAnchors(data, 'exploded');
    const dermis = data.tissue.layers[3];
    expect(cut.find((a) => a.id === 'reticularDermis')).toMatchObject({ topMm: -dermis.topMm, bottomMm: -dermis.bottomMm, side: 'left' });
    expect(exploded.find((a) => a.id === 'reticularDermis')?.topMm).toBeCloseTo(-dermis.topMm - 3 * EXPLODE_GAP_MM, 10);
    const loops = data.tissue.structures.find((s) => s.id === 'capillaryLoops')!;
    expect(cut.find((a) => a.id === 'capillaryLoops')).toMatchObject({ side: 'right', topMm: -loops.depthMm, bottomMm: -loops.depthMm });
    // Pulled apart, the structures are drawn too (moved with their slab), and so are their labels.
    const slab = LAYERS.indexOf(layerAt(data.tissue, loops.depthMm));
    expect(slab).toBeGreaterThan(0);
    expect(exploded.find((a) => a.id === 'capillaryLoops')?.topMm).toBeCloseTo(-loops.depthMm - slab * EXPLODE_GAP_MM, 10);
    expect(exploded.filter((a) => a.side === 'right').map((a) => a.id)).toEqual(cut.filter((a) => a.side === 'right').map((a) => a.id));
  });

  it('leave out the labels of hidden parts (a hidden layer, the vessels), and only those', () => {
    const data = blockDataFor('microneedling-face-0.5mm', null);
    const all = labelAnchors(data, 'cutaway').map((a) => a.id);
    const some = labelAnchors(data, 'cutaway', ['epidermis', 'vessels']).map((a) => a.id);
    expect(all).toEqual(expect.arrayContaining(['viableEpidermis', 'capillaryLoops', 'deepPlexus', 'nerveEndings']));
    expect(some).toEqual(all.filter((id) => !['viableEpidermis', 'capillaryLoops', 'subpapillaryPlexus', 'deepPlexus'].includes(id)));
  });
});

describe('right-hand labels keep clear of the left-hand names', () => {
  it('moves a right label past the text of a left label at its height, and only there', () => {
    const lefts = [{ right: 146, ly: 100 }, { right: 120, ly: 121 }];
    // Same row as the first left label: starts 6 px after its text.
    expect(clearOfLeftLabels(80, 105, lefts)).toBe(152);
    // Between the two rows, both count.
    expect(clearOfLeftLabels(80, 110, lefts)).toBe(152);
    // A row clear of every left label: unmoved.
    expect(clearOfLeftLabels(80, 160, lefts)).toBe(80);
    // Already right of them: unmoved.
    expect(clearOfLeftLabels(200, 100, lefts)).toBe(200);
  });
});

describe('labels stay inside the view', () => {
  it('moves a label only as far as its text needs, on either side', () => {
    // Room enough: unmoved.
    expect(keepLabelInView(150, 'left', 120, 360)).toBe(150);
    expect(keepLabelInView(194, 'right', 150, 360)).toBe(194);
    // A left label's text ends at x and runs leftwards: a 170 px name needs x ≥ 174.
    expect(keepLabelInView(146, 'left', 170, 360)).toBe(174);
    // A right label's text starts at x: a 190 px name in a 360 px view starts by 166.
    expect(keepLabelInView(194, 'right', 190, 360)).toBe(166);
    for (let x = -50; x < 450; x += 7) {
      for (const width of [40, 120, 200]) {
        const left = keepLabelInView(x, 'left', width, 360);
        expect(left - width).toBeGreaterThanOrEqual(4);
        const right = keepLabelInView(x, 'right', width, 360);
        expect(right + width).toBeLessThanOrEqual(356);
      }
    }
  });
});

describe('labelsFitBeside', () => {
  it('needs the two label columns (172 + 192 px) and the block side by side', () => {
    // Beside the surface at 900×600 the section is ~258 px wide and its block ~150 px: no room.
    expect(labelsFitBeside(258, 150)).toBe(false);
    expect(labelsFitBeside(448, 245)).toBe(false);
    expect(labelsFitBeside(172 + 192 + 200, 200)).toBe(true);
    expect(labelsFitBeside(900, 300)).toBe(true);
  });
});
