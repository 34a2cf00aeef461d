// Calibration of the conditions (issue 14) against REFERENCE.md §10: each baseline at the sizes
// the sources give, and each course's outcome inside the change the studies report for a
// comparable protocol. The ranges are the published ones, not the model's numbers.
import { describe, expect, it } from 'vitest';
import { conditionFor, INDICATION_IDS, scenarioById, simulate, source, tissueFor, layer, protocolFor, type IndicationId } from '../../src/model';

const course = (id: string) => simulate(scenarioById(id)!, { days: 365, samples: 61 }).indication!;
const at = (ind: ReturnType<typeof course>, day: number): number => ind.series.value[ind.series.hours.findIndex((h) => h >= day * 24)];

describe('baselines at true scale (fabbrocini2010, jacob2001, wrinkle-depth, flament2015)', () => {
  it('ice-pick: narrower than 2 mm, V-shaped, reaching the deep dermis', () => {
    const c = conditionFor('icepick');
    const t = tissueFor(c.site);
    const reticular = layer(t, 'reticularDermis');
    expect(c.widthMm).toBeLessThan(2);
    expect(c.profile).toBe('v');
    // the deep dermis: the lower half of the reticular dermis
    expect(c.depthMm).toBeGreaterThan((reticular.topMm + reticular.bottomMm) / 2);
    expect(c.depthMm).toBeLessThan(reticular.bottomMm);
  });
  it('boxcar: 1.5–4 mm wide, shallow (0.1–0.5 mm), flat floor with sharp walls', () => {
    const c = conditionFor('boxcar');
    expect(c.widthMm).toBeGreaterThanOrEqual(1.5);
    expect(c.widthMm).toBeLessThanOrEqual(4);
    expect(c.depthMm).toBeGreaterThanOrEqual(0.1);
    expect(c.depthMm).toBeLessThanOrEqual(0.5);
    expect(c.profile).toBe('box');
    expect(c.floorShare).toBeGreaterThan(0.7);
  });
  it('rolling: wider than 4 mm, sloping, tethered to the fat', () => {
    const c = conditionFor('rolling');
    expect(c.widthMm).toBeGreaterThan(4);
    expect(c.profile).toBe('rolling');
    expect(c.tethers).toBeGreaterThan(0);
  });
  it('scars: dense parallel collagen, flat rete, few elastic fibres, no follicles or glands', () => {
    for (const id of ['icepick', 'boxcar', 'rolling'] as const) {
      const c = conditionFor(id);
      expect(c.alignment).toBeGreaterThan(0.6);
      expect(c.collagen).toBeGreaterThan(1);
      expect(c.rete).toBeLessThan(0.3);
      expect(c.elastin).toBeLessThan(1);
      expect(c.adnexa).toBe(false);
    }
  });
  it('fine lines: a furrow 20–200 µm deep over less collagen and elastotic material', () => {
    const c = conditionFor('fine-lines');
    expect(c.depthMm).toBeGreaterThanOrEqual(0.02);
    expect(c.depthMm).toBeLessThanOrEqual(0.2);
    expect(c.collagen).toBeLessThan(1);
    expect(c.elastosis).toBeGreaterThan(0.5);
    expect(c.rete).toBeLessThan(1);
  });
  it('stretch marks: thin flat epidermis, thin parallel collagen, broken elastin, 1–10 mm wide', () => {
    const c = conditionFor('stretch-marks');
    expect(c.epidermis).toBeLessThan(1);
    expect(c.rete).toBe(0);
    expect(c.alignment).toBeGreaterThan(0.6);
    expect(c.collagen).toBeLessThan(1);
    expect(c.elastin).toBeLessThan(0.5);
    expect(c.widthMm).toBeGreaterThanOrEqual(1);
    expect(c.widthMm).toBeLessThanOrEqual(10);
  });
  it('red (early) stretch marks (striae-rubra): widened vessels, flat, epidermis and rete not yet thinned, elastin reduced; sizes tagged D', () => {
    const c = conditionFor('stretch-marks-red');
    expect(c.kind).toBe('stretch-mark');
    expect(c.vessels).toBeGreaterThan(1);
    expect(c.depthMm).toBe(0);
    expect(c.epidermis).toBe(1);
    expect(c.rete).toBe(1);
    expect(c.elastin).toBeLessThan(1);
    expect(c.alignment).toBeLessThan(conditionFor('stretch-marks').alignment);
    expect(c.sources).toEqual(expect.arrayContaining(['striae-rubra', 'model-striae-red']));
    expect(source('model-striae-red').evidence).toBe('D');
    // Every other condition's vessels are normal.
    for (const id of INDICATION_IDS.filter((x) => x !== 'stretch-marks-red')) expect(conditionFor(id).vessels).toBe(1);
  });
  it('pores: an opening over the 250 µm detection threshold, follicle and gland kept', () => {
    const c = conditionFor('pores');
    expect(c.poreOpeningMm).toBeGreaterThanOrEqual(0.25);
    expect(c.adnexa).toBe(true);
  });
});

describe('protocols (harris2015, juhasz2020, vondalwig2020, pmc6122507, park2012, depth-by-purpose)', () => {
  it('acne scars: 1.5 mm pen, 4–10 passes, 4 sessions 30 days apart', () => {
    for (const id of ['icepick', 'boxcar', 'rolling'] as IndicationId[]) {
      expect(protocolFor(id)).toMatchObject({ device: 'pen', depthMm: 1.5, sessions: 4, intervalDays: 30 });
      expect(protocolFor(id).passes).toBeGreaterThanOrEqual(4);
    }
  });
  it('fine lines 0.5–1.0 mm, 4 sessions; stretch marks 1.5–2.5 mm, 3 sessions; pores ≤ 0.5 mm', () => {
    expect(protocolFor('fine-lines')).toMatchObject({ depthMm: 1, sessions: 4, intervalDays: 30 });
    expect(protocolFor('stretch-marks').depthMm).toBeGreaterThanOrEqual(1.5);
    expect(protocolFor('stretch-marks').sessions).toBe(3);
    expect(protocolFor('pores').depthMm).toBeLessThanOrEqual(0.5);
  });
});

describe('course outcomes land inside the published change', () => {
  it.each([
    ['acne-scars-boxcar-course'], ['acne-scars-rolling-course'], ['acne-scars-icepick-course'], ['fine-lines-course'], ['stretch-marks-course'],
    ['stretch-marks-red-course'],
  ])('%s: the change at the end of the run is inside publishedRange', (id) => {
    const ind = course(id);
    const [lo, hi] = ind.publishedRange!;
    const change = ind.final - ind.baseline;
    expect(change).toBeGreaterThanOrEqual(lo);
    expect(change).toBeLessThanOrEqual(hi);
  });

  it('acne scars: the pen trial assessed 3 months after the 4th session (day 180): still inside its range', () => {
    for (const id of ['acne-scars-boxcar-course', 'acne-scars-rolling-course', 'acne-scars-icepick-course']) {
      const ind = course(id);
      const change = at(ind, 180) - ind.baseline;
      expect(change).toBeGreaterThanOrEqual(ind.publishedRange![0]);
      expect(change).toBeLessThanOrEqual(ind.publishedRange![1]);
    }
  });

  it('fine lines: significant by day 90 (pmc6122507): at least half the final change already there', () => {
    const ind = course('fine-lines-course');
    expect(at(ind, 90) - ind.baseline).toBeLessThan(0.5 * (ind.final - ind.baseline));
  });

  it('ice-pick scars respond least (lotfi2013-scars); rolling most (vondalwig2020)', () => {
    const change = (id: string) => course(id).final - course(id).baseline;
    expect(Math.abs(change('acne-scars-icepick-course'))).toBeLessThan(0.5 * Math.abs(change('acne-scars-boxcar-course')));
    expect(change('acne-scars-rolling-course')).toBeLessThan(change('acne-scars-boxcar-course'));
  });

  it('red stretch marks improve more than white ones on the same course (mohamedali2017); their range is striae in general, tagged D', () => {
    const red = course('stretch-marks-red-course');
    const white = course('stretch-marks-course');
    expect(red.final).toBeGreaterThan(white.final);
    expect(red.evidence).toBe('D');
    expect(red.publishedRange).toEqual(white.publishedRange);
    expect(red.sources).toContain('mohamedali2017');
  });

  it('pores: no published range (pores-no-outcome), tagged D; the model assumes a modest narrowing', () => {
    const ind = course('enlarged-pores-course');
    expect(ind.publishedRange).toBeNull();
    expect(ind.evidence).toBe('D');
    expect(ind.final).toBeLessThan(ind.baseline);
    expect(ind.final).toBeGreaterThan(0.7 * ind.baseline);
  });

  it('the altered tissue moves toward normal dermis: the boxcar floor rises, new collagen less parallel', () => {
    const s = simulate(scenarioById('acne-scars-boxcar-course')!, { days: 365, samples: 11 });
    expect(s.indication!.final).toBeLessThan(s.indication!.baseline);
  });
});
