// The condition as the scene draws it (src/state/condition.ts, src/scene/conditionGeometry.ts):
// where its dent sits, how its uniforms follow the course, and that the footprint stays in the block.
import { describe, expect, it } from 'vitest';
import { INDICATION_IDS, days } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { conditionPicture, conditionStateAt, dentUniforms, insideFootprint, FOLLICLE_EXIT_X_MM } from '../../src/state/condition';
import { dentFootprint } from '../../src/scene/conditionGeometry';

const SCENARIOS = ['acne-scars-icepick-course', 'acne-scars-boxcar-course', 'acne-scars-rolling-course', 'fine-lines-course', 'stretch-marks-course', 'stretch-marks-red-course', 'enlarged-pores-course'];

describe('conditionPicture', () => {
  it('healthy-skin scenarios have no condition', () => {
    expect(conditionPicture(blockDataFor('microneedling-course-4x', null))).toBeNull();
  });
  it.each(SCENARIOS)('%s: a dent whose uniforms change over the course, the floor rising (a flat red stria: its widened vessels settling)', (id) => {
    const p = conditionPicture(blockDataFor(id, null))!;
    expect(INDICATION_IDS).toContain(p.condition.id);
    const before = dentUniforms(p, conditionStateAt(p, 0));
    const after = dentUniforms(p, conditionStateAt(p, days(365)));
    expect(before.uDentKind).toBeGreaterThan(0);
    expect(before.uDentDepthMm).toBeCloseTo(p.condition.depthMm, 9);
    if (p.condition.depthMm > 0) expect(after.uDentDepthMm).toBeLessThan(before.uDentDepthMm);
    else expect(after.uCondVessels).toBeLessThan(before.uCondVessels);
    expect(after.uDentSoft).toBeGreaterThan(before.uDentSoft);
  });
  it('ice-pick changes least: its floor rises by a smaller share than a boxcar\'s', () => {
    const rise = (id: string) => {
      const p = conditionPicture(blockDataFor(id, null))!;
      return 1 - conditionStateAt(p, days(365)).depthMm / p.condition.depthMm;
    };
    expect(rise('acne-scars-icepick-course')).toBeLessThan(0.5 * rise('acne-scars-boxcar-course'));
  });
  it('a round dent sits on the front face (the section cuts it through its middle); a pore at the follicle', () => {
    const data = blockDataFor('acne-scars-boxcar-course', null);
    expect(conditionPicture(data)!.centre).toEqual([0, data.blockMm / 2]);
    expect(conditionPicture(blockDataFor('enlarged-pores-course', null))!.centre[0]).toBe(FOLLICLE_EXIT_X_MM);
  });
  it('a scar has no follicle in it: the follicle exit lies inside the boxcar footprint', () => {
    const data = blockDataFor('acne-scars-boxcar-course', null);
    const p = conditionPicture(data)!;
    expect(p.condition.adnexa).toBe(false);
    expect(insideFootprint(p, FOLLICLE_EXIT_X_MM, data.blockMm / 2)).toBe(true);
  });
});

describe('dentFootprint', () => {
  it.each(SCENARIOS)('%s: every vertex on the block top, indices in range', (id) => {
    const data = blockDataFor(id, null);
    const f = dentFootprint(conditionPicture(data)!, data.blockMm);
    const half = data.blockMm / 2;
    for (const v of f.foot) expect(Math.abs(v)).toBeLessThanOrEqual(half + 1e-6);
    const n = f.foot.length / 2;
    expect(f.index.length % 3).toBe(0);
    for (const i of f.index) expect(i).toBeLessThan(n);
  });
});
