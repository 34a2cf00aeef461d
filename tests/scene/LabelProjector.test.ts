// The scale bar is correct: mm per pixel follows the camera's distance, field of view and the
// canvas height, and the bar picks a nice length spanning 60–160 px.
import { describe, expect, it } from 'vitest';
import { formatLength, labelAnchors, labelsFitBeside, mmPerPixel, niceScaleBar } from '../../src/scene/LabelProjector';
import { clearOfLeftLabels, keepLabelInView, labelRect, rectsOverlap, stackColumn, type ColumnLabel } from '../../src/scene/labelColumns';
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

describe('label columns keep off the controls over the view', () => {
  // The camera buttons at 1280×800, in the view's top-right corner (five 44 px buttons).
  const buttons = { left: 652, top: 8, right: 888, bottom: 52 };
  const right = (ay: number, left = 730, width = 120): ColumnLabel => ({ ay, left, right: left + width });

  it('without controls, stacks as it always did: at the anchors, 21 px apart, pulled up from the bottom', () => {
    expect(stackColumn([right(100), right(105), right(300)], 600, [])).toEqual([100, 121, 300]);
    // Too many for the room: the stack rises from the bottom limit.
    expect(stackColumn([right(95), right(96), right(97)], 120, [])).toEqual([78, 99, 120]);
    // Out of order anchors keep their order from the top.
    expect(stackColumn([right(300), right(100)], 600, [])).toEqual([300, 100]);
  });

  it('moves a label under the buttons below them, and the labels under it along', () => {
    // 'Capillary loops' anchored at y 45 sat under the buttons (y 8–52), the plexus below it.
    const ly = stackColumn([right(45), right(70), right(300)], 600, [buttons]);
    expect(ly).toEqual([66, 87, 300]);
    for (const y of ly) expect(rectsOverlap(labelRect(730, y!, 'right', 120), buttons)).toBe(false);
    // A label whose text is clear of the buttons across (left of them) stays at its anchor.
    expect(stackColumn([right(30, 400, 200)], 600, [buttons])).toEqual([30]);
  });

  it('when the column is full below, moves labels up past the buttons or, with no room left, leaves one out', () => {
    // A 320×108 view: the buttons (y 8–52) fill its top half across; room below for two labels.
    const small = { left: 76, top: 8, right: 312, bottom: 52 };
    const ly = stackColumn([right(30, 180, 100), right(45, 180, 100), right(70, 180, 100)], 96, [small]);
    expect(ly).toEqual([null, 75, 96]);
    // A control in the middle of the column: the label above it goes above it when there is no room below.
    const middle = { left: 700, top: 60, right: 900, bottom: 100 };
    expect(stackColumn([right(50), right(70)], 130, [middle])).toEqual([46, 130]);
  });

  it('leaves out a lesser label rather than one that matters more (a condition\'s part over a vessel\'s name)', () => {
    const small = { left: 76, top: 8, right: 312, bottom: 52 };
    const scarFloor = { ...right(20, 180, 100), priority: 1 };
    // Room for two below the buttons: the scar floor stays, the lowest vessel name gives way.
    expect(stackColumn([scarFloor, right(60, 180, 100), right(80, 180, 100)], 96, [small])).toEqual([66, 87, null]);
    // Of equal standing, the topmost (pushed up past the buttons) is the one left out, as before.
    expect(stackColumn([right(20, 180, 100), right(60, 180, 100), right(80, 180, 100)], 96, [small])).toEqual([null, 75, 96]);
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
