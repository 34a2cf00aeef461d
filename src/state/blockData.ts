// Everything one skin block needs from the model for a scenario: tissue, the wound class and
// its curves (packed for the GPU), the punctures a treatment lays in the block, and how long
// the time-lapse runs. Computed once per (scenario, site) and cached; the scene only reads it.
import {
  curveAtlas, customKey, customScenario, healingCurves, layPunctures, scenarioById, sessionsHoursOf, tissueFor, woundOf, days, CUSTOM_SCENARIO_ID,
  DEFAULT_SCENARIO_ID, MAX_AGE_HOURS, type BodySite, type CurveAtlas, type CustomSpec, type HealingCurves, type PunctureLayout, type Scenario,
  type Tissue, type WoundSpec,
} from '../model';

/** Edge of the square block of skin drawn, mm. */
export const BLOCK_MM = 4;
/** Fat drawn below the dermis, mm (the hypodermis goes on for millimetres more; drawn cropped). */
export const FAT_SHOWN_MM = 1;
/** Seed for puncture layouts: fixed, so a share link shows the same picture. */
const LAYOUT_SEED = 7;

export interface BlockData {
  readonly key: string;
  readonly scenario: Scenario;
  readonly site: BodySite;
  readonly tissue: Tissue;
  readonly wound: WoundSpec;
  readonly curves: HealingCurves;
  /** One class per block: punctures and lesions of this block sample row-block 0. */
  readonly atlas: CurveAtlas;
  readonly punctures: PunctureLayout | null;
  readonly sessionsHours: readonly number[];
  /** The time-lapse runs from 0 to this: a year after the last session (or the wound). */
  readonly spanHours: number;
  readonly blockMm: number;
  /** Depth drawn: epidermis + dermis + the fat shown. */
  readonly drawnDepthMm: number;
}

const cache = new Map<string, BlockData>();
/** Custom runs change with every slider step: keep only the latest few (presets stay). */
const CUSTOM_CACHE_SIZE = 8;
const customKeys: string[] = [];

export function blockDataFor(scenarioId: string, siteOverride: BodySite | null, custom: CustomSpec | null = null): BlockData {
  const isCustom = scenarioId === CUSTOM_SCENARIO_ID && custom !== null;
  const base = isCustom ? customScenario(custom, siteOverride ?? 'face') : scenarioById(scenarioId) ?? scenarioById(DEFAULT_SCENARIO_ID)!;
  const site = siteOverride ?? base.site;
  const key = isCustom ? `${CUSTOM_SCENARIO_ID}:${customKey(custom)}@${site}` : `${base.id}@${site}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (isCustom) {
    customKeys.push(key);
    if (customKeys.length > CUSTOM_CACHE_SIZE) cache.delete(customKeys.shift()!);
  }
  const scenario: Scenario = { ...base, site };
  const tissue = tissueFor(site);
  const wound = woundOf(scenario);
  const curves = healingCurves(wound);
  const sessionsHours = sessionsHoursOf(scenario);
  const t = scenario.treatment;
  const data: BlockData = {
    key, scenario, site, tissue, wound, curves,
    atlas: curveAtlas([curves]),
    punctures: t ? layPunctures(t.device, t.passes, sessionsHours, BLOCK_MM, LAYOUT_SEED) : null,
    sessionsHours,
    spanHours: Math.min(MAX_AGE_HOURS, (sessionsHours.at(-1) ?? 0) + days(365)),
    blockMm: BLOCK_MM,
    drawnDepthMm: tissue.skinThicknessMm + FAT_SHOWN_MM,
  };
  cache.set(key, data);
  return data;
}

/** The blocks the store shows: the chosen scenario (or custom run) and the comparison, if any. */
export function blocksOf(s: { scenario: string; compare: string | null; site: BodySite | null; custom: CustomSpec | null }): { primary: BlockData; secondary: BlockData | null } {
  return { primary: blockDataFor(s.scenario, s.site, s.custom), secondary: s.compare ? blockDataFor(s.compare, s.site) : null };
}
