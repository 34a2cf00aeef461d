// The overlay names a treated condition's parts where the tissue shader draws them: the scar floor
// on the floor (following it up as it fills over a course), scar tissue under it, a rolling scar's
// tethering band on one of its drawn bands, the elastotic material just under the junction, and so
// on; only in the cut-away view, and not for a hidden layer. Every name is in both languages.
import { afterAll, describe, expect, it } from 'vitest';
import { conditionAt, days, INDICATION_IDS, SCENARIOS, sessionDosesOf, type IndicationId } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { conditionPicture, conditionStateAt } from '../../src/state/condition';
import { CONDITION_LABELS, conditionAnchors, conditionLabelsOf } from '../../src/scene/conditionLabels';
import { labelAnchors } from '../../src/scene/LabelProjector';
import { drawnLayerBounds } from '../../src/scene/skinBlockGeometry';
import { OVERLAY_LABELS } from '../../src/ui/SceneOverlay';
import { switchLanguage, tKey } from '../../src/i18n';

const courseOf = (id: IndicationId) => SCENARIOS.find((s) => s.indication === id)!.id;
const setup = (id: IndicationId) => {
  const data = blockDataFor(courseOf(id), null);
  const picture = conditionPicture(data)!;
  const lastSession = data.sessionsHours.at(-1)!;
  return { data, picture, before: conditionStateAt(picture, 0), after: conditionStateAt(picture, lastSession + days(365)) };
};

describe('the parts named for each condition', () => {
  it('acne scars: floor and scar tissue, and tethering bands only for rolling scars; fine lines, stretch marks (a red one its widened vessels) and pores their own', () => {
    const names = Object.fromEntries(INDICATION_IDS.map((id) => [id, conditionLabelsOf(setup(id).picture)]));
    expect(names).toEqual({
      icepick: ['scarFloor', 'scarTissue'], boxcar: ['scarFloor', 'scarTissue'], rolling: ['scarFloor', 'scarTissue', 'tetheringBand'],
      'fine-lines': ['wrinkleFurrow', 'elastoticMaterial'], 'stretch-marks': ['stretchMark', 'striaeCollagen'], pores: ['enlargedPore'],
      'stretch-marks-red': ['stretchMark', 'dilatedVessels'],
    });
  });
  it('every part has a DOM label in the overlay', () => {
    for (const id of CONDITION_LABELS) expect(OVERLAY_LABELS.map((l) => l.id)).toContain(id);
  });
  afterAll(() => switchLanguage('en'));
  it.each(['en', 'es'] as const)('every part has a name and a plain description (%s)', async (lang) => {
    await switchLanguage(lang);
    for (const id of CONDITION_LABELS) {
      for (const key of [`layers.overlay.${id}`, `layers.conditionParts.what.${id}`]) expect(tKey(key)).not.toBe(key);
    }
  });
});

describe('where the parts are', () => {
  it.each(INDICATION_IDS)('%s: every anchor lies on the block’s front face, inside the drawn tissue', (id) => {
    const { data, picture, before, after } = setup(id);
    for (const s of [before, after]) {
      for (const a of conditionAnchors(data, picture, s)) {
        expect(Math.abs(a.xMm)).toBeLessThanOrEqual(data.blockMm / 2);
        expect(a.yMm).toBeLessThanOrEqual(0);
        expect(a.yMm).toBeGreaterThanOrEqual(-data.drawnDepthMm);
      }
    }
  });
  it('the scar floor sits on the dent’s floor and rises with it over a boxcar course; an ice-pick scar’s hardly moves', () => {
    const rise = (id: IndicationId): number => {
      const { data, picture, before, after } = setup(id);
      const floor = (s: typeof before) => conditionAnchors(data, picture, s).find((a) => a.id === 'scarFloor')!;
      expect(floor(before).yMm).toBeCloseTo(-picture.condition.depthMm, 10);
      expect(floor(after).yMm).toBeCloseTo(-after.depthMm, 10);
      return floor(after).yMm - floor(before).yMm;
    };
    expect(rise('boxcar')).toBeGreaterThan(0.15);
    expect(rise('icepick')).toBeGreaterThan(0);
    expect(rise('icepick') / 1.2).toBeLessThan(rise('boxcar') / 0.4 / 2);
  });
  it('scar tissue lies under the floor, within the altered layer below the junction', () => {
    for (const id of ['icepick', 'boxcar', 'rolling'] as const) {
      const { data, picture, before } = setup(id);
      const [floor, tissue] = conditionAnchors(data, picture, before);
      const b = drawnLayerBounds(data);
      expect(tissue.yMm).toBeLessThan(floor.yMm - b[1].bottomMm * 0.5);
      expect(tissue.yMm).toBeGreaterThan(floor.yMm - b[1].bottomMm - picture.condition.alteredDepthMm);
    }
  });
  it('a rolling scar’s tethering band label points at a band the shader draws (every 0.4 of the half-width), in the deep dermis', () => {
    const { data, picture, before } = setup('rolling');
    const band = conditionAnchors(data, picture, before).find((a) => a.id === 'tetheringBand')!;
    const k = ((band.xMm - picture.centre[0]) / (picture.condition.widthMm / 2)) * 2.5;
    expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
    expect(Math.abs(k)).toBeGreaterThan(0);
    const b = drawnLayerBounds(data);
    expect(-band.yMm).toBeGreaterThan(b[2].bottomMm);
    expect(-band.yMm).toBeLessThan(b[3].bottomMm);
  });
  it('elastotic material is named just under the junction, clear of the furrow', () => {
    const { data, picture, before } = setup('fine-lines');
    const el = conditionAnchors(data, picture, before).find((a) => a.id === 'elastoticMaterial')!;
    const b = drawnLayerBounds(data);
    expect(-el.yMm).toBeGreaterThan(b[1].bottomMm * 0.9 - 1e-9);
    expect(-el.yMm).toBeLessThan(b[1].bottomMm + 0.2);
    expect(Math.abs(el.xMm - picture.centre[0])).toBeGreaterThan(picture.condition.widthMm);
  });
  it('follow the model’s state, not a fixed drawing: anchors move only as the condition changes', () => {
    const { data, picture } = setup('boxcar');
    const doses = sessionDosesOf(SCENARIOS.find((s) => s.id === courseOf('boxcar'))!);
    const s = conditionAt('boxcar', doses, days(400));
    expect(conditionAnchors(data, picture, s)).toEqual(conditionAnchors(data, picture, conditionStateAt(picture, days(400))));
  });
});

describe('labelAnchors with a condition', () => {
  it('adds its parts on the right at their own x in the cut-away view; none when pulled apart; none of a hidden layer', () => {
    const { data, picture, before } = setup('rolling');
    const parts = conditionAnchors(data, picture, before);
    const cut = labelAnchors(data, 'cutaway', [], parts);
    expect(cut.filter((a) => a.xMm !== undefined).map((a) => a.id)).toEqual(['scarFloor', 'scarTissue', 'tetheringBand']);
    expect(cut.find((a) => a.id === 'scarFloor')).toMatchObject({ side: 'right', xMm: parts[0].xMm, topMm: parts[0].yMm });
    expect(labelAnchors(data, 'exploded', [], parts).some((a) => a.xMm !== undefined)).toBe(false);
    expect(labelAnchors(data, 'cutaway', ['reticular'], parts).map((a) => a.id)).not.toEqual(expect.arrayContaining(['scarTissue']));
    expect(labelAnchors(data, 'cutaway', ['reticular'], parts).map((a) => a.id)).not.toContain('tetheringBand');
  });
});
