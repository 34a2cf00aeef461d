// Runs a scenario end to end and returns the public result shape the CLI prints and the UI
// reads: warnings, dose, each wound class with its outcome, stages and sampled series, and the
// tissue-level course. Pure and deterministic: the seed only varies puncture counts.
import { doseFor, type Dose } from './devices';
import { effectiveDepthMm, channelWidthMm } from './devices';
import { healingCurves, type HealingCurves } from './curves';
import { tissueAt, type SessionDose } from './course';
import { indicationResult, type IndicationResult } from './indication';
import { createRandom } from './random';
import type { Scenario } from './scenarios';
import { layer, tissueFor } from './tissue';
import { reachesFatWarning, treatmentWarnings, type WoundSpec } from './wounds';
import { axisToTime, days, HOURS_PER_DAY } from './units';

export const SERIES_SIGNALS = ['platelets', 'neutrophils', 'macrophages', 'fibroblasts', 'myofibroblasts', 'perfusion', 'erythema',
  'vesselDensity', 'closure', 'collagenI', 'collagenIII', 'alignment', 'elastin', 'strength', 'extent', 'elevationMm'] as const;

export interface StageRecord { stage: string; startHours: number; endHours: number | null; reason: string }
export type Series = { hours: number[] } & Record<(typeof SERIES_SIGNALS)[number], number[]>;

export interface WoundResult {
  class: string;
  kind: string;
  depthMm: number;
  widthMm: number;
  count: number;
  outcome: string;
  stages: StageRecord[];
  series: Series;
}

export interface SimulationResult {
  scenario: string;
  site: string;
  warnings: string[];
  sessionsHours: number[];
  wounds: WoundResult[];
  tissue: { series: { hours: number[]; dermalCollagen: number[]; epidermalThickness: number[] } };
  /** For a condition's course: its measure over time, the published range and sources (indication.ts). */
  indication?: IndicationResult;
  dose?: Pick<Dose, 'holesPerCm2' | 'surfaceInjuredPct' | 'effectiveDepthMm' | 'bleeding' | 'painIndex'> & { reachedStructures: string[]; meanSpacingMm: number; channelWidthMm: number; stopsIn: string };
}

export interface SimulateOptions { days?: number; seed?: number; samples?: number }

/** Time samples from 0 to `days`, log-like so the first hours and the last months both show. */
export function sampleHours(totalDays: number, samples: number): number[] {
  const max = days(totalDays);
  return Array.from({ length: samples }, (_, i) => Number(axisToTime(i / (samples - 1), max).toFixed(4)));
}

/** The single wound class a scenario makes (all punctures of one treatment share it). */
export function woundOf(s: Scenario): WoundSpec {
  if (s.treatment) {
    const d = effectiveDepthMm(s.treatment.device);
    const w = channelWidthMm(s.treatment.device);
    return { kind: 'microchannel', site: s.site, depthMm: d, widthMm: w, lengthMm: w, factors: s.factors };
  }
  if (!s.wound) throw new Error(`scenario ${s.id} has neither a treatment nor a wound`);
  return { ...s.wound, site: s.site, factors: s.factors };
}

export function sessionsHoursOf(s: Scenario): number[] {
  if (!s.treatment) return [];
  return Array.from({ length: s.treatment.sessions }, (_, i) => i * s.treatment!.intervalDays * HOURS_PER_DAY);
}

/** The dose of each session of a treatment (none for a wound): what the course and a condition's change read. */
export function sessionDosesOf(s: Scenario): SessionDose[] {
  if (!s.treatment) return [];
  const d = doseFor(s.treatment.device, s.treatment.passes, tissueFor(s.site));
  return sessionsHoursOf(s).map((atHours) => ({ atHours, holesPerCm2: d.holesPerCm2, effectiveDepthMm: d.effectiveDepthMm }));
}

/** Poisson-distributed count (normal approximation above 50), from the seeded generator. */
function poisson(mean: number, seed: number): number {
  const rnd = createRandom(seed);
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rnd.normal()));
  let k = 0;
  for (let p = rnd.next(), limit = Math.exp(-mean); p > limit; p *= rnd.next()) k++;
  return k;
}

const round = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(6)) : x);

export function simulate(s: Scenario, opts: SimulateOptions = {}): SimulationResult {
  const totalDays = opts.days ?? 365;
  const hours = sampleHours(totalDays, opts.samples ?? 121);
  const tissue = tissueFor(s.site);
  const wound = woundOf(s);
  const curves = healingCurves(wound);
  const sessionsHours = sessionsHoursOf(s);
  const warnings: string[] = [];
  let dose: SimulationResult['dose'];
  let count = 1;
  if (s.treatment) {
    warnings.push(...treatmentWarnings(s.factors).map((w) => w.text));
    const fat = reachesFatWarning(effectiveDepthMm(s.treatment.device), layer(tissue, 'hypodermis').topMm);
    if (fat) warnings.push(fat.text);
    const d = doseFor(s.treatment.device, s.treatment.passes, tissue);
    dose = { holesPerCm2: round(d.holesPerCm2), surfaceInjuredPct: round(d.surfaceInjuredPct), effectiveDepthMm: round(d.effectiveDepthMm),
      bleeding: d.bleeding, painIndex: round(d.painIndex), reachedStructures: [...d.reachedStructures], meanSpacingMm: round(d.meanSpacingMm),
      channelWidthMm: round(d.channelWidthMm), stopsIn: d.stopsIn };
    count = poisson(d.holesPerCm2 * s.treatment.areaCm2, opts.seed ?? 1) * s.treatment.sessions;
  } else if (s.factors.keloidProne) {
    warnings.push('Keloid tendency: a deep wound in this skin may grow into a keloid beyond its edges.');
  }
  const doses = sessionDosesOf(s);
  return {
    scenario: s.id,
    site: s.site,
    warnings,
    sessionsHours,
    wounds: [woundResult(curves, count, hours)],
    tissue: { series: {
      hours,
      dermalCollagen: hours.map((h) => round(tissueAt(doses, h).dermalCollagen)),
      epidermalThickness: hours.map((h) => round(tissueAt(doses, h).epidermalThickness)),
    } },
    ...(s.indication ? { indication: indicationResult(s.indication, doses, hours) } : {}),
    ...(dose ? { dose } : {}),
  };
}

function woundResult(c: HealingCurves, count: number, hours: number[]): WoundResult {
  const samples = hours.map(c.at);
  const series = { hours } as Series;
  for (const k of SERIES_SIGNALS) series[k] = samples.map((v) => round(v[k]));
  return {
    class: c.key, kind: c.wound.kind, depthMm: round(c.wound.depthMm), widthMm: round(c.wound.widthMm), count, outcome: c.outcome,
    stages: c.stages.map((st) => ({ stage: st.stage, startHours: round(st.startHours), endHours: Number.isFinite(st.endHours) ? round(st.endHours) : null, reason: st.reason })),
    series,
  };
}
