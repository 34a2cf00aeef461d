// The model's numbers behind the expert explanation: a few signals at the wound's age, in the
// reader's number convention (cells and flow as multiples, shares as percentages, height in mm).
import type { Signals } from '../../model';
import { formatNumber, formatPercent } from '../../i18n/formatNumber';

export const NUMBER_KEYS = [
  'neutrophils', 'macrophages', 'fibroblasts', 'perfusion', 'erythema', 'closure',
  'collagenI', 'collagenIII', 'collagenIShare', 'alignment', 'strength', 'elevationMm',
] as const;
export type NumberKey = (typeof NUMBER_KEYS)[number];


/** Below this much collagen (× normal) the wound space is still empty: no share to speak of. */
const NO_COLLAGEN = 0.01;

/** Each number shown, formatted; collagen I and III as amounts, and type I's share of the two. */
export function modelNumbers(s: Signals): { key: NumberKey; value: string }[] {
  const collagen = s.collagenI + s.collagenIII;
  const values: Record<NumberKey, string> = {
    neutrophils: formatNumber(s.neutrophils),
    macrophages: formatNumber(s.macrophages),
    fibroblasts: formatNumber(s.fibroblasts),
    perfusion: formatNumber(s.perfusion),
    erythema: formatNumber(s.erythema),
    closure: formatPercent(s.closure),
    collagenI: formatNumber(s.collagenI),
    collagenIII: formatNumber(s.collagenIII),
    collagenIShare: collagen < NO_COLLAGEN ? '–' : formatPercent(s.collagenI / collagen),
    alignment: formatNumber(s.alignment),
    strength: formatPercent(s.strength),
    elevationMm: formatNumber(s.elevationMm, 2, 2),
  };
  return NUMBER_KEYS.map((key) => ({ key, value: values[key] }));
}
