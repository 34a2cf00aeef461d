// The device panel's readout says what the model's dose says, with numbers in the reader's
// convention, and raises the model's warnings for the patient's factors.
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOM_TREATMENT, doseFor, microneedlingPen, NO_FACTORS, tissueFor, treatmentWarnings } from '../../src/model';
import { switchLanguage } from '../../src/i18n';
import { doseLines, doseOfSpec, doseWarnings, fieldMessage } from '../../src/ui/panels/doseReadout';
import { readField, type TreatmentSpec } from '../../src/ui/panels/customFields';

const face = tissueFor('face');
const pen = (depthMm: number, passes = 2, penHz = 100): TreatmentSpec => ({ ...DEFAULT_CUSTOM_TREATMENT, device: 'pen', depthMm, passes, penHz });
const value = (lines: ReturnType<typeof doseLines>, key: string) => lines.find((l) => l.key === key)!.value;

afterAll(() => switchLanguage('en'));

describe('dose readout', () => {
  it('matches the model’s dose for the spec', () => {
    const dose = doseOfSpec(pen(1.5, 3, 120), 'face', face);
    expect(dose).toEqual(doseFor(microneedlingPen(1.5, { frequencyHz: 120 }), 3, face));
  });

  it('a deeper needle reads out deeper, bleeds, hurts more and reaches more', () => {
    // A 0.25 mm roller: the skin dents, so only ~0.05 mm goes in, above the capillary loops.
    const shallowSpec: TreatmentSpec = { ...pen(0.25), device: 'roller' };
    const shallow = doseLines(doseOfSpec(shallowSpec, 'face', face));
    const deep = doseLines(doseOfSpec(pen(2), 'face', face));
    expect(value(shallow, 'depth')).toBe(`${(0.25 * 152 / 770).toFixed(2)} mm`);
    expect(value(deep, 'depth')).toBe('2 mm');
    expect(value(shallow, 'bleeding')).toBe('no');
    expect(value(deep, 'bleeding')).toBe('yes');
    expect(value(deep, 'reached')).toMatch(/tiny blood vessels/);
    expect(Number(value(deep, 'pain').split(' ')[0])).toBeGreaterThan(Number(value(shallow, 'pain').split(' ')[0]));
  });

  it('more passes read out more holes, grouped in the reader’s convention', async () => {
    const one = doseOfSpec(pen(1, 1), 'face', face);
    const thirty = doseOfSpec(pen(1, 30), 'face', face);
    expect(thirty.holesPerCm2).toBeCloseTo(one.holesPerCm2 * 30);
    expect(value(doseLines(thirty), 'holes')).toBe(Math.round(thirty.holesPerCm2).toLocaleString('en'));
    await switchLanguage('es');
    expect(value(doseLines(doseOfSpec(pen(0.75), 'face', face)), 'depth')).toBe('0,75 mm');
    expect(value(doseLines(thirty), 'bleeding')).toBe('sí');
    await switchLanguage('en');
  });

  it('warns for each contraindication the model names, and when the needles reach the fat', () => {
    const spec = { ...pen(1), factors: { keloidProne: true, activeAcne: true, anticoagulant: true } };
    const warnings = doseWarnings(spec, doseOfSpec(spec, 'face', face), face);
    expect(warnings.map((w) => w.id)).toEqual(treatmentWarnings(spec.factors).map((w) => w.id));
    expect(warnings.every((w) => w.text.startsWith('Do not needle'))).toBe(true);
    const none = pen(1);
    expect(doseWarnings(none, doseOfSpec(none, 'face', face), face)).toEqual([]);
    const deepForehead = { ...pen(2.5), factors: NO_FACTORS };
    const forehead = tissueFor('forehead');
    const fatTop = forehead.layers.find((l) => l.id === 'hypodermis')!.topMm;
    const fat = doseWarnings(deepForehead, doseOfSpec(deepForehead, 'forehead', forehead), forehead);
    expect(fat.map((w) => w.id)).toEqual(2.5 > fatTop ? ['reaches-fat'] : []);
  });

  it('says what was wrong with a typed value and what it was set to', () => {
    const range = [0.25, 2.5] as const;
    expect(fieldMessage('Needle depth (mm)', '99', readField('99', range, false, 1), range, true))
      .toBe('Needle depth (mm): 99 is above 2.5, the most allowed. Set to 2.5.');
    expect(fieldMessage('Needle depth (mm)', '1', readField('1', range, false, 1), range, true)).toBeNull();
  });
});
