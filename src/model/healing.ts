// The healing-stage state machine: stages, a typed transition table with guards on the
// signals, and a walk over a wound's curves that records when and why each stage began.
// Stages only move forward; the UI draws this same table as the stage diagram.
import type { SignalId, Signals } from './signals';
import { days } from './units';

export const STAGES = [
  'hemostasis', 'inflammation', 'prolonged-inflammation', 'proliferation', 'remodeling',
  'resolved', 'scar-normotrophic', 'scar-hypertrophic', 'scar-atrophic', 'scar-keloid',
] as const;
export type HealingStage = (typeof STAGES)[number];
export type TerminalStage = Extract<HealingStage, 'resolved' | `scar-${string}`>;

/** Order along the path; every transition goes to a higher rank, so stages never go back. */
export const STAGE_RANK: Readonly<Record<HealingStage, number>> = {
  hemostasis: 0, inflammation: 1, 'prolonged-inflammation': 2, proliferation: 3, remodeling: 4,
  resolved: 5, 'scar-normotrophic': 5, 'scar-hypertrophic': 5, 'scar-atrophic': 5, 'scar-keloid': 5,
};

export function isTerminal(stage: HealingStage): stage is TerminalStage {
  return STAGE_RANK[stage] === 5;
}

export interface GuardContext {
  readonly ageHours: number;
  readonly now: Signals;
  /** Highest value of each signal so far (so "fell below 20% of peak" means after the peak). */
  readonly peakSoFar: Signals;
  /** Highest value over the wound's whole course. */
  readonly peak: Signals;
}

export interface Transition {
  readonly id: string;
  readonly from: HealingStage;
  readonly to: HealingStage;
  /** Plain-language reason, recorded when the transition fires. */
  readonly reason: string;
  readonly guard: (c: GuardContext) => boolean;
}

const below = (c: GuardContext, s: SignalId, share: number): boolean => c.peakSoFar[s] > 0 && c.now[s] < share * c.peakSoFar[s];
const shareI = (s: Signals): number => s.collagenI / Math.max(1e-9, s.collagenI + s.collagenIII);

/** Order within one `from` stage is priority: the first guard that holds fires. */
export const TRANSITIONS: readonly Transition[] = [
  { id: 'clot-formed', from: 'hemostasis', to: 'inflammation', reason: 'clot formed; neutrophils arriving (above 20% of their peak)',
    guard: (c) => c.now.platelets < c.peakSoFar.platelets && c.now.neutrophils >= 0.2 * c.peak.neutrophils },
  { id: 'inflammation-persists', from: 'inflammation', to: 'prolonged-inflammation', reason: 'still inflamed after 7 days: neutrophils above 20% of peak',
    guard: (c) => c.ageHours >= days(7) && c.now.neutrophils >= 0.2 * c.peakSoFar.neutrophils },
  { id: 'neutrophils-fell', from: 'inflammation', to: 'proliferation', reason: 'neutrophils fell below 20% of peak; fibroblasts and new vessels take over',
    guard: (c) => below(c, 'neutrophils', 0.2) },
  { id: 'inflammation-cleared', from: 'prolonged-inflammation', to: 'proliferation', reason: 'inflammation finally settled: neutrophils below 20% of peak',
    guard: (c) => below(c, 'neutrophils', 0.2) },
  { id: 'matrix-laid', from: 'proliferation', to: 'remodeling', reason: 'wound closed, fibroblasts below half their peak, collagen I outweighs collagen III',
    guard: (c) => c.now.closure >= 0.95 && below(c, 'fibroblasts', 0.5) && c.now.collagenI > c.now.collagenIII },
  { id: 'spreads', from: 'remodeling', to: 'scar-keloid', reason: 'scar grows beyond the edges of the wound',
    guard: (c) => c.now.extent > 1.05 },
  { id: 'raised', from: 'remodeling', to: 'scar-hypertrophic', reason: 'scar rises more than 0.1 mm above the skin, within the wound edges',
    guard: (c) => c.now.elevationMm > 0.1 && c.now.extent <= 1.05 },
  { id: 'pitted', from: 'remodeling', to: 'scar-atrophic', reason: 'collagen lost: the surface sinks more than 0.05 mm',
    guard: (c) => c.now.elevationMm < -0.05 },
  { id: 'flat-scar', from: 'remodeling', to: 'scar-normotrophic', reason: 'after 12 weeks the new collagen lies in parallel bundles (alignment above 0.5): a flat scar',
    guard: (c) => c.ageHours >= days(84) && c.now.alignment > 0.5 && Math.abs(c.now.elevationMm) <= 0.1 && c.now.extent <= 1.05 },
  { id: 'restored', from: 'remodeling', to: 'resolved', reason: 'skin restored: closed, no redness, at least 80% collagen I in basket-weave, elastic fibres back, nothing visible',
    guard: (c) => c.now.closure >= 0.99 && c.now.erythema < 0.05 && shareI(c.now) >= 0.8 && c.now.alignment < 0.3
      && c.now.extent < 0.05 && c.now.elastin >= 0.9 && below(c, 'fibroblasts', 0.1) },
];

export interface StageSpan {
  readonly stage: HealingStage;
  readonly startHours: number;
  /** Infinity for the last stage reached (it lasts beyond the simulated horizon). */
  readonly endHours: number;
  /** Why this stage began ("wound made" for the first). */
  readonly reason: string;
  readonly transitionId: string | null;
}

/**
 * Walks the state machine over a sampled course. `times` ascend from 0; `samples[i]` are the
 * signals at times[i]. Returns the stages entered, in order, each with its start and reason.
 */
export function walkStages(times: ArrayLike<number>, samples: readonly Signals[]): StageSpan[] {
  const peak = maxima(samples, samples.length);
  const running: Record<SignalId, number> = { ...samples[0] };
  let stage: HealingStage = 'hemostasis';
  const spans: { stage: HealingStage; startHours: number; reason: string; transitionId: string | null }[] = [
    { stage, startHours: 0, reason: 'wound made: bleeding stops as platelets plug it', transitionId: null },
  ];
  for (let i = 0; i < samples.length; i++) {
    const now = samples[i];
    for (const k of Object.keys(running) as SignalId[]) running[k] = Math.max(running[k], now[k]);
    const c: GuardContext = { ageHours: times[i], now, peakSoFar: running, peak };
    for (const tr of TRANSITIONS) {
      if (tr.from !== stage || !tr.guard(c)) continue;
      stage = tr.to;
      spans.push({ stage, startHours: times[i], reason: tr.reason, transitionId: tr.id });
      break;
    }
    if (isTerminal(stage)) break;
  }
  return spans.map((s, i) => ({ ...s, endHours: i + 1 < spans.length ? spans[i + 1].startHours : Infinity }));
}

function maxima(samples: readonly Signals[], n: number): Signals {
  const out: Record<string, number> = { ...samples[0] };
  for (let i = 1; i < n; i++) for (const k in out) out[k] = Math.max(out[k], samples[i][k as SignalId]);
  return out as Signals;
}

/** The stage a wound of this age is in. */
export function stageAt(spans: readonly StageSpan[], ageHours: number): StageSpan {
  let current = spans[0];
  for (const s of spans) if (s.startHours <= ageHours) current = s;
  return current;
}
