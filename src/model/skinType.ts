// Skin type (Fitzpatrick I–VI) as a patient factor: how readily skin darkens after inflammation.
// It does not change how the wound heals (the curves), only what the patient may see on top:
// the plan's pigmentation line and the surface picture. Not for healing: see response.ts.

export const SKIN_TYPES = [1, 2, 3, 4, 5, 6] as const;
export type SkinType = (typeof SKIN_TYPES)[number];

export function isSkinType(x: unknown): x is SkinType {
  return typeof x === 'number' && (SKIN_TYPES as readonly number[]).includes(x);
}

/** Roman numeral for a type, as clinicians write it (fitzpatrick-types). */
export const SKIN_TYPE_NUMERAL: Readonly<Record<SkinType, string>> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV', 5: 'V', 6: 'VI' };

export type PigmentRisk = 'low' | 'possible' | 'higher';

/**
 * Risk of darkening after inflammation (pih-risk): darker types are the listed risk factor; the
 * reported cases were in types IV–V, and data on VI are sparse (claim-skin-types), so IV is
 * "possible" and V–VI "higher". Types I–III: no line (the series that reported none span I–VI).
 */
export function pigmentRisk(type: SkinType | undefined): PigmentRisk {
  if (type === undefined || type <= 3) return 'low';
  return type === 4 ? 'possible' : 'higher';
}

/**
 * Resting colour of the skin surface for each type, sRGB 0..1 (fitzpatrick-types; the exact tones are a
 * drawing choice, not a measurement), for the surface view.
 */
export const SKIN_TYPE_TONE: Readonly<Record<SkinType, readonly [number, number, number]>> = {
  1: [0.93, 0.76, 0.68], 2: [0.87, 0.67, 0.55], 3: [0.76, 0.55, 0.42],
  4: [0.6, 0.41, 0.29], 5: [0.42, 0.27, 0.18], 6: [0.25, 0.16, 0.11],
};
