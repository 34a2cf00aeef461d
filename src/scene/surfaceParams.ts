// What the surface view draws for a block, read from the model once per block and skin type:
// the plan's windows for flaking, bruising and darkening, the bleeding the needles' reach gives,
// the punctures' density, the wound's shape, and (per time) the collagen gain that smooths the
// texture. Not biology: every number here comes from src/model (plan, dose, course, tissue).
import {
  ageSinceLatestSession, doseFor, patientPlan, pigmentRisk, SKIN_TYPE_TONE, tissueAt, type SkinType,
} from '../model';
import type { BlockData } from '../state/blockData';
import { conditionPicture } from '../state/condition';

export interface SurfaceParams {
  readonly tone: readonly [number, number, number];
  readonly holesPerMm2: number;
  readonly bleed: number;
  /** [level, fromDay, toDay] for each window sign; level 0 = not expected. */
  readonly flake: readonly [number, number, number];
  readonly bruise: readonly [number, number, number];
  readonly pigment: readonly [number, number, number];
  /** [kind (0 treatment, 1 cut, 2 burn, 3 acne), width mm, length mm, 0]. */
  readonly wound: readonly [number, number, number, number];
  /** Spacing of visible pores, mm: finer on the face, coarser on the back; none on palms. */
  readonly poreMm: number;
  /** How deep the fine lines are drawn, 0..1 (older, sun-exposed sites more). */
  readonly lineDepth: number;
  /** How the condition's marks are spread (lib/surface-condition.glsl): [spacing mm, share marked]; [1, 0] none. */
  readonly conditionSpread: readonly [number, number];
}

/** Skin type drawn when none is stated: type III, the middle of the scale. */
export const DEFAULT_DRAWN_SKIN_TYPE: SkinType = 3;
const WOUND_CODE = { microchannel: 0, cut: 1, burn: 2, acne: 3 } as const;
const SITE_TEXTURE = {
  face: { poreMm: 0.8, lineDepth: 0.7 }, forehead: { poreMm: 0.75, lineDepth: 0.9 }, forearm: { poreMm: 1.4, lineDepth: 0.3 },
  back: { poreMm: 1.2, lineDepth: 0.2 }, palm: { poreMm: 40, lineDepth: 0.5 },
} as const;

/**
 * How many of the condition's marks the few centimetres show, and how far apart: a drawing choice
 * (surface-condition-spread [D]) for a moderate case, Goodman & Baron grade 3, "obvious at social
 * distance" (goodman-baron2006). Each mark's width, profile and depth over time are the model's.
 * Scars: one in at most about half of the squares of this side; lines and stretch marks: this far
 * apart, marked along this share of their length; pores: this share of the site's pores enlarged.
 */
const CONDITION_SPREAD = {
  v: [5, 0.5], box: [7, 0.55], rolling: [8.5, 0.55], furrow: [3, 0.6], band: [8, 0.75],
  // Pores sit where the site's pores are (their spacing is the site's): only the share is used.
  funnel: [1, 0.6],
} as const;

const cache = new Map<string, SurfaceParams>();

export function surfaceParams(data: BlockData, skinType: SkinType | null): SurfaceParams {
  const key = `${data.key}|${skinType ?? '-'}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const plan = patientPlan(data.scenario, skinType === null ? {} : { skinType });
  const sign = (s: string) => plan.signs.find((l) => l.sign === s);
  const window = (s: string, level: (key: string) => number): [number, number, number] => {
    const l = sign(s);
    return l ? [level(l.message.key), l.fromDay, l.toDay] : [0, 0, 0];
  };
  const t = data.scenario.treatment;
  const dose = t ? doseFor(t.device, t.passes, data.tissue) : null;
  const bleedKey = sign('bleeding')?.message.key ?? '';
  const texture = SITE_TEXTURE[data.site];
  const condition = conditionPicture(data)?.condition;
  const spread = condition ? CONDITION_SPREAD[condition.profile] : null;
  const params: SurfaceParams = {
    tone: SKIN_TYPE_TONE[skinType ?? DEFAULT_DRAWN_SKIN_TYPE],
    holesPerMm2: dose ? dose.holesPerCm2 / 100 : 0,
    bleed: bleedKey.endsWith('even') || bleedKey.endsWith('slow') ? 1 : bleedKey ? 0.5 : 0,
    flake: window('flaking', (k) => (k.endsWith('peeling') ? 1 : 0.5)),
    bruise: window('bruising', (k) => (k.endsWith('likely') ? 1 : 0.6)),
    pigment: window('pigmentation', () => (pigmentRisk(skinType ?? undefined) === 'higher' ? 1 : 0.6)),
    wound: [WOUND_CODE[data.wound.kind], data.wound.widthMm, data.wound.lengthMm, 0],
    poreMm: texture.poreMm,
    lineDepth: texture.lineDepth,
    conditionSpread: spread ?? [1, 0],
  };
  if (cache.size > 64) cache.clear();
  cache.set(key, params);
  return params;
}

/** Collagen gain so far (0..1 of the most the model allows), which smooths fine lines and scars. */
export function collagenGainAt(data: BlockData, timeHours: number): number {
  const t = data.scenario.treatment;
  if (!t) return 0;
  const dose = doseFor(t.device, t.passes, data.tissue);
  const doses = data.sessionsHours.map((atHours) => ({ atHours, holesPerCm2: dose.holesPerCm2, effectiveDepthMm: dose.effectiveDepthMm }));
  return Math.min(1, Math.max(0, tissueAt(doses, timeHours).dermalCollagen - 1));
}

/** The age the surface shows: since the latest session of a course, or since the wound. */
export const surfaceAgeHours = (data: BlockData, timeHours: number): number => ageSinceLatestSession(data.sessionsHours, timeHours);
