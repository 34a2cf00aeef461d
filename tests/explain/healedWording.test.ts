// A condition's course: once the needle channels have healed, the app must not say "healed, no
// scar" — an acne scar or a stretch mark treated by needling is improved, not gone. The wording
// comes from the model (healedWording: the kind of condition and how much it responds), and every
// place that names the stage (timeline, transport, diagram, explanation, canvas description) uses it.
import { afterAll, describe, expect, it } from 'vitest';
import {
  conditionAt, conditionFor, days, HEALED_WORDINGS, healedWording, INDICATION_IDS, isScarKind, SCENARIOS, sessionDosesOf,
  type IndicationId,
} from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { describeBlock } from '../../src/ui/explain/describe';
import { outcomeText, spanNow, stageName, stageNow, stageReason } from '../../src/ui/explain/stageText';
import { switchLanguage, tKey } from '../../src/i18n';

const courseOf = (id: IndicationId) => SCENARIOS.find((s) => s.indication === id)!;
/** Share of the condition's lost tissue refilled a year after the last session of its protocol course. */
const fillAfterCourse = (id: IndicationId): number => {
  const sc = courseOf(id);
  const doses = sessionDosesOf(sc);
  const last = Math.max(...blockDataFor(sc.id, null).sessionsHours);
  return conditionAt(id, doses, last + days(365)).fill;
};
/** A time when the channels of the last session have healed. */
const healedTime = (id: IndicationId): number => {
  const data = blockDataFor(courseOf(id).id, null);
  const resolved = data.curves.stages.find((s) => s.stage === 'resolved')!;
  return data.sessionsHours.at(-1)! + resolved.startHours + days(30);
};
const NO_SCAR = /no scar|back to normal|sin cicatriz|vuelve a estar normal/i;

describe('healedWording (model)', () => {
  it('names each condition by its kind: acne scars and stretch marks are scars', () => {
    expect(INDICATION_IDS.filter((id) => isScarKind(conditionFor(id).kind))).toEqual(['icepick', 'boxcar', 'rolling', 'stretch-marks', 'stretch-marks-red']);
    for (const id of INDICATION_IDS) expect(HEALED_WORDINGS).toContain(healedWording(id));
    expect(healedWording('boxcar')).toBe('scar-improved');
    expect(healedWording('rolling')).toBe('scar-improved');
    expect(healedWording('stretch-marks')).toBe('stretch-mark-improved');
    expect(healedWording('fine-lines')).toBe('fine-lines-improved');
  });
  it('says "little changed" exactly for the conditions the model changes least over their course', () => {
    const little = INDICATION_IDS.filter((id) => healedWording(id).endsWith('little-changed'));
    const improved = INDICATION_IDS.filter((id) => !little.includes(id));
    expect(little).toEqual(['icepick', 'pores']);
    expect(Math.max(...little.map(fillAfterCourse))).toBeLessThan(Math.min(...improved.map(fillAfterCourse)));
  });
});

describe('the healed stage of a condition’s course, in words', () => {
  afterAll(() => switchLanguage('en'));
  it.each(['en', 'es'] as const)('never says "no scar" for a condition, and each text is its own (%s)', async (lang) => {
    await switchLanguage(lang);
    for (const id of INDICATION_IDS) {
      const texts = [stageName('resolved', id), stageNow('resolved', 'plain', id), stageNow('resolved', 'expert', id),
        outcomeText('resolved', 'plain', id), outcomeText('resolved', 'expert', id)];
      for (const text of texts) {
        expect(text, `${id}: ${text}`).not.toMatch(NO_SCAR);
        expect(text).not.toMatch(/^explain\./);
      }
      expect(stageName('resolved', id)).not.toBe(tKey('explain.stages.resolved'));
      const data = blockDataFor(courseOf(id).id, null);
      const span = spanNow(data, healedTime(id));
      expect(span.stage).toBe('resolved');
      expect(stageReason(span, 'plain', id)).not.toMatch(NO_SCAR);
      const said = describeBlock(data, healedTime(id));
      expect(said).toContain(tKey(`explain.healed.describe.${healedWording(id)}`));
      expect(said).not.toMatch(NO_SCAR);
    }
  });
  it('names the scar kinds as scars and the ice-pick scar as barely changed (en)', async () => {
    await switchLanguage('en');
    expect(stageName('resolved', 'boxcar')).toBe('Scar improved');
    expect(stageName('resolved', 'icepick')).toBe('Scar little changed');
    expect(stageName('resolved', 'stretch-marks')).toBe('Mark improved');
  });
  it('leaves healthy skin’s words alone: without a condition the healed stage is "no scar"', async () => {
    await switchLanguage('en');
    expect(stageName('resolved')).toBe(tKey('explain.stages.resolved'));
    expect(stageName('inflammation', 'boxcar')).toBe(tKey('explain.stages.inflammation'));
    const pen = blockDataFor('microneedling-face-0.5mm', null);
    expect(describeBlock(pen, days(300))).toContain(tKey('explain.describe.stage.resolved'));
  });
});
