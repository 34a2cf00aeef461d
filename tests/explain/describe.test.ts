// The canvas's text description follows the model's stage at the wound's age, in the current
// language, for presets, courses and custom runs, alone or compared.
import { afterEach, describe, expect, it } from 'vitest';
import { blockDataFor } from '../../src/state/blockData';
import { describeBlock, describeScene } from '../../src/ui/explain/describe';
import { switchLanguage, t, tKey } from '../../src/i18n';
import { CUSTOM_SCENARIO_ID, DEFAULT_CUSTOM_WOUND, days, STAGES, type HealingStage } from '../../src/model';
import { scenarioTitle } from '../../src/i18n/scenarioText';

const plain = (stage: HealingStage): string => tKey(`explain.describe.stage.${stage}`);

describe('describeBlock', () => {
  // Each test starts in English, whichever ran before it.
  afterEach(() => switchLanguage('en'));
  it('names the scenario, the site and the stage in plain words', () => {
    const cut = blockDataFor('deep-incision', null);
    expect(describeBlock(cut, 1)).toContain('Deep cut');
    expect(describeBlock(cut, 1)).toContain('on the forearm');
    expect(describeBlock(cut, 1)).toContain(plain('hemostasis'));
    expect(describeBlock(cut, days(180))).toContain(plain('scar-normotrophic'));
  });
  it('holds no clock time, so it stays true between the stage changes that rewrite it', () => {
    const cut = blockDataFor('deep-incision', null);
    const span = cut.curves.stages.find((sp) => sp.stage === 'inflammation')!;
    const [early, late] = [span.startHours + 0.01 * (span.endHours - span.startHours), span.startHours + 0.99 * (span.endHours - span.startHours)];
    expect(describeBlock(cut, early)).toBe(describeBlock(cut, late));
    expect(describeBlock(cut, early)).toBe(`${scenarioTitle('deep-incision', null)}, on the forearm: ${plain('inflammation')}.`);
  });
  it('says the place once: not again when the scenario’s name already gives it', async () => {
    const pen = blockDataFor('microneedling-face-0.5mm', null);
    expect(describeBlock(pen, 1)).toBe(`Pen, 0.5 mm, cheek: ${plain('hemostasis')}.`);
    expect(describeBlock(blockDataFor('deep-incision', 'face'), 1)).toBe(`Deep cut, 2 mm, on the cheek: ${plain('hemostasis')}.`);
    await switchLanguage('es');
    expect(describeBlock(pen, 1)).toBe(`Pluma, 0,5 mm, mejilla: ${plain('hemostasis')}.`);
    expect(describeBlock(blockDataFor('deep-incision', null), 1)).toBe(`${scenarioTitle('deep-incision', null)}, en el antebrazo: ${plain('hemostasis')}.`);
    await switchLanguage('en');
  });
  it('a course describes the stage since the latest session', () => {
    const course = blockDataFor('microneedling-course-4x', null);
    const second = course.sessionsHours[1];
    expect(describeBlock(course, second + 12)).toContain(plain('inflammation'));
    expect(describeBlock(course, second - 1)).not.toContain(plain('inflammation'));
  });
  it('a custom run is named from its spec', () => {
    const custom = blockDataFor(CUSTOM_SCENARIO_ID, 'forearm', DEFAULT_CUSTOM_WOUND);
    expect(describeBlock(custom, 1, DEFAULT_CUSTOM_WOUND)).toContain(scenarioTitle(CUSTOM_SCENARIO_ID, DEFAULT_CUSTOM_WOUND));
    expect(describeBlock(custom, 1, DEFAULT_CUSTOM_WOUND)).not.toContain('common.scenarios');
  });
  it('says what is beside it when comparing', () => {
    const a = blockDataFor('deep-incision', null);
    const b = blockDataFor('microneedling-face-0.5mm', null);
    const text = describeScene(a, b, days(2), null);
    expect(text).toContain(describeBlock(a, days(2)));
    expect(text).toContain(t('explain.describe.beside', { block: describeBlock(b, days(2)) }));
  });
  it('has a plain phrase for every stage', () => {
    for (const s of STAGES) expect(plain(s).length).toBeGreaterThan(10);
  });
  it('speaks Spanish when Spanish is chosen', async () => {
    await switchLanguage('es');
    const text = describeBlock(blockDataFor('deep-incision', null), 1);
    expect(text).toContain('en el antebrazo');
    expect(text).toContain(plain('hemostasis'));
    expect(plain('hemostasis')).toMatch(/coágulo/);
  });
});
