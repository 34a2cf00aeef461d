// The condition a block shows (an acne scar, a fine line, a stretch mark, enlarged pores) as the
// scene draws it: where its dent sits in the block and, at any time, the uniform values of
// shaders/lib/dent.glsl and the tissue shader, from the model's conditionAt. Pure: no GPU objects.
import { conditionAt, conditionFor, sessionDosesOf, type Condition, type ConditionState, type DentProfile, type SessionDose } from '../model';
import type { BlockData } from './blockData';

/** Codes of shaders/lib/dent.glsl (uDentKind): 0 is no dent. */
export const DENT_CODE: Readonly<Record<DentProfile, number>> = { v: 1, box: 2, rolling: 3, furrow: 4, band: 5, funnel: 6 };
/** Where the follicle leaves the skin on the front face (drawn by structureGeometry.ts): an enlarged pore is its mouth. */
export const FOLLICLE_EXIT_X_MM = -1.0;

export interface ConditionPicture {
  readonly condition: Condition;
  /** Centre of the dent: on the front face (a round dent is cut through its middle by the section), or the centre line x. */
  readonly centre: readonly [number, number];
  /** A groove or band running front to back, rather than a round dent. */
  readonly linear: boolean;
  readonly sessions: readonly SessionDose[];
}

export function conditionPicture(data: BlockData): ConditionPicture | null {
  const id = data.scenario.indication;
  if (!id) return null;
  const condition = conditionFor(id);
  const linear = condition.profile === 'furrow' || condition.profile === 'band';
  const front = data.blockMm / 2;
  const centre: [number, number] = condition.profile === 'funnel' ? [FOLLICLE_EXIT_X_MM, front] : linear ? [0, 0] : [0, front];
  return { condition, centre, linear, sessions: sessionDosesOf(data.scenario) };
}

/** Is the point (x, z) inside the condition's footprint at the surface? */
export function insideFootprint(p: ConditionPicture, x: number, z: number): boolean {
  const d = p.linear ? Math.abs(x - p.centre[0]) : Math.hypot(x - p.centre[0], z - p.centre[1]);
  return d <= p.condition.widthMm / 2;
}

export interface DentUniformValues {
  uDentKind: number;
  uDentHalfMm: number;
  uDentDepthMm: number;
  uDentFloor: number;
  uDentSoft: number;
  uDentCentre: [number, number];
  uDentLinear: number;
  /** Tissue under the dent (1 in the footprint) or the whole block (fine lines: photo-aged skin everywhere). */
  uCondEverywhere: number;
  uCondAlteredMm: number;
  uCondAlign: number;
  uCondCollagen: number;
  uCondBundle: number;
  uCondEpidermis: number;
  uCondRete: number;
  uCondElastosis: number;
  uCondTethers: number;
  uCondScar: number;
  uPoreScale: number;
  /** A red (early) stria's superficial vessels: their calibre now relative to normal (1: none widened). */
  uCondVessels: number;
  /** 1 for a red (early) stria, whose dermis keeps its papillary layer (no thin parallel bundles yet). */
  uCondRed: number;
}

export const NO_DENT: DentUniformValues = {
  uDentKind: 0, uDentHalfMm: 1, uDentDepthMm: 0, uDentFloor: 0, uDentSoft: 0, uDentCentre: [0, 0], uDentLinear: 0, uCondEverywhere: 0,
  uCondAlteredMm: 0, uCondAlign: 0.15, uCondCollagen: 1, uCondBundle: 1, uCondEpidermis: 1, uCondRete: 1, uCondElastosis: 0, uCondTethers: 0,
  uCondScar: 0, uPoreScale: 1, uCondVessels: 1, uCondRed: 0,
};

/** Drawn pore diameter of healthy skin in the surface texture (tissue.frag skinSurface: radius ~0.05 mm), mm. */
const DRAWN_PORE_MM = 0.1;

/**
 * The uniforms at one state of the course. Drawing choices that follow the model's `fill`: a boxcar's
 * walls soften and its flat floor narrows as it fills (the floor rises with the model's depth);
 * bundles thicken toward normal (compact scar bundles and thin striae bundles at 0.6 and 0.45 of
 * normal spacing at baseline).
 */
export function dentUniforms(p: ConditionPicture, s: ConditionState): DentUniformValues {
  const c = p.condition;
  const scar = c.profile === 'v' || c.profile === 'box' || c.profile === 'rolling';
  // A red (early) stria has not yet the white one's thin bundles.
  const bundle0 = scar ? 0.6 : c.profile === 'band' && c.vessels <= 1 ? 0.45 : 1;
  return {
    uDentKind: DENT_CODE[c.profile],
    uDentHalfMm: c.widthMm / 2,
    uDentDepthMm: s.depthMm,
    uDentFloor: c.profile === 'box' ? c.floorShare * (1 - 0.4 * s.fill) : c.floorShare,
    uDentSoft: s.fill,
    uDentCentre: [p.centre[0], p.centre[1]],
    uDentLinear: p.linear ? 1 : 0,
    uCondEverywhere: c.id === 'fine-lines' ? 1 : 0,
    uCondAlteredMm: c.alteredDepthMm,
    uCondAlign: s.alignment,
    uCondCollagen: s.collagen,
    uCondBundle: bundle0 + (1 - bundle0) * s.fill,
    uCondEpidermis: s.epidermis,
    uCondRete: s.rete,
    uCondElastosis: s.elastosis,
    uCondTethers: s.tethers,
    uCondScar: scar ? 1 : 0,
    uPoreScale: c.poreOpeningMm > 0 ? s.poreOpeningMm / DRAWN_PORE_MM : 1,
    uCondVessels: s.vessels,
    uCondRed: c.vessels > 1 ? 1 : 0,
  };
}

/** The condition's state at a time of the block's course. */
export function conditionStateAt(p: ConditionPicture, hours: number): ConditionState {
  return conditionAt(p.condition.id, p.sessions, hours);
}
