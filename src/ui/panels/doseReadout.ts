// The device panel's readout in words: the model's dose (holes, surface, depth, bleeding, pain,
// structures reached) and the warnings it raises, as label/value lines in the current language.
import {
  customScenario, doseFor, reachesFatWarning, treatmentWarnings, type BodySite, type Dose, type Tissue, type Warning,
} from '../../model';
import { i18n, t, tKey } from '../../i18n';
import { formatNumber } from '../../i18n/formatNumber';
import type { FieldProblem, FieldReading, TreatmentSpec } from './customFields';

export interface ReadoutLine { readonly key: string; readonly label: string; readonly value: string }

/** The dose of a treatment spec at a site, straight from the model. */
export function doseOfSpec(spec: TreatmentSpec, site: BodySite, tissue: Tissue): Dose {
  const treatment = customScenario(spec, site).treatment!;
  return doseFor(treatment.device, treatment.passes, tissue);
}

const list = (items: readonly string[]): string => new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);

export function doseLines(dose: Dose): ReadoutLine[] {
  const reached = dose.reachedStructures.map((id) => tKey(`device.structures.${id}`));
  return [
    { key: 'holes', label: t('device.dose.holes'), value: formatNumber(dose.holesPerCm2, 0) },
    { key: 'surface', label: t('device.dose.surface'), value: t('device.dose.percent', { value: formatNumber(dose.surfaceInjuredPct, dose.surfaceInjuredPct < 10 ? 1 : 0) }) },
    { key: 'depth', label: t('device.dose.depth'), value: t('device.dose.mm', { value: formatNumber(dose.effectiveDepthMm, 2) }) },
    { key: 'bleeding', label: t('device.dose.bleeding'), value: dose.bleeding ? t('device.dose.yes') : t('device.dose.no') },
    { key: 'pain', label: t('device.dose.pain'), value: t('device.dose.painValue', { value: formatNumber(dose.painIndex, 2) }) },
    { key: 'reached', label: t('device.dose.reached'), value: reached.length > 0 ? list(reached) : t('device.dose.reachedNone') },
  ];
}

/** The model's contraindications for the patient, and a caution when the needles reach the fat. */
export function doseWarnings(spec: TreatmentSpec, dose: Dose, tissue: Tissue): { id: Warning['id']; text: string }[] {
  const fatTopMm = tissue.layers.find((l) => l.id === 'hypodermis')?.topMm ?? Infinity;
  const warnings = [...treatmentWarnings(spec.factors), reachesFatWarning(dose.effectiveDepthMm, fatTopMm)].filter((w): w is Warning => w !== null);
  return warnings.map((w) => ({ id: w.id, text: tKey(`device.warnings.${w.id}`, { depth: formatNumber(fatTopMm, 2) }) }));
}

const PROBLEM_KEY: Readonly<Record<FieldProblem, string>> = {
  empty: 'device.input.empty', notNumber: 'device.input.notNumber', tooLow: 'device.input.tooLow', tooHigh: 'device.input.tooHigh', notWhole: 'device.input.notWhole',
};

/** What was wrong with a typed value, in words; `settled` adds the value it was set to. */
export function fieldMessage(label: string, raw: string, reading: FieldReading, range: readonly [number, number], settled: boolean): string | null {
  if (!reading.problem) return null;
  const message = tKey(PROBLEM_KEY[reading.problem], {
    label, value: reading.typed === null ? raw.trim() : formatNumber(reading.typed, 3), min: formatNumber(range[0]), max: formatNumber(range[1]),
  });
  return settled ? t('device.input.settled', { message, settled: formatNumber(reading.value, 3) }) : message;
}
