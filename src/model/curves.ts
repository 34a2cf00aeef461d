// Healing is a function of age: each wound class gets its curves once (signals + stages), and
// the state of any wound of that class at time t is a look-up at t − createdAt. Also packs the
// curves into typed arrays for the GPU (one RGBA float texture row-block per class).
import { kineticsFor, type Kinetics } from './kinetics';
import { respond, type Outcome, type WoundResponse } from './response';
import { walkStages, stageAt, STAGES, type HealingStage, type StageSpan } from './healing';
import { BASELINE, SIGNALS, type SignalId, type Signals } from './signals';
import { woundKey, type WoundSpec } from './wounds';
import { axisToTime, MAX_AGE_HOURS, timeToAxis } from './units';

/** Samples for the stage walk: dense on the log axis, so stage times resolve to < 1%. */
const STAGE_WALK_SAMPLES = 1500;

export interface HealingCurves {
  readonly key: string;
  readonly wound: WoundSpec;
  readonly response: WoundResponse;
  readonly outcome: Outcome;
  readonly stages: readonly StageSpan[];
  /** Exact signals at a wound age (hours since the wound was made). */
  readonly at: (ageHours: number) => Signals;
  readonly kinetics: Kinetics;
}

const cache = new Map<string, HealingCurves>();

/** The curves of one wound class; computed once per class and cached. */
export function healingCurves(wound: WoundSpec): HealingCurves {
  const key = woundKey(wound);
  const hit = cache.get(key);
  if (hit) return hit;
  const response = respond(wound);
  const kinetics = kineticsFor(wound, response);
  const times = Array.from({ length: STAGE_WALK_SAMPLES }, (_, i) => axisToTime(i / (STAGE_WALK_SAMPLES - 1)));
  const stages = walkStages(times, times.map(kinetics.at));
  const curves: HealingCurves = { key, wound, response, outcome: response.outcome, stages, kinetics,
    at: (age) => (age < 0 ? BASELINE : kinetics.at(Math.min(age, MAX_AGE_HOURS))) };
  if (cache.size > 5000) cache.clear();
  cache.set(key, curves);
  return curves;
}

export function stageOf(curves: HealingCurves, ageHours: number): HealingStage {
  return stageAt(curves.stages, ageHours).stage;
}

/** Rows of four signals per class in the atlas, plus one row for [stage index, 0, 0, 0]. */
export const ATLAS_ROWS_PER_CLASS = Math.ceil(SIGNALS.length / 4) + 1;
export const ATLAS_STAGE_ROW = ATLAS_ROWS_PER_CLASS - 1;

export interface CurveAtlas {
  /** Columns: sample j is at age axisToTime(j / (samples − 1)) on the log time axis. */
  readonly samples: number;
  readonly classes: number;
  readonly rowsPerClass: number;
  readonly maxAgeHours: number;
  /** RGBA float32, width = samples, height = classes × rowsPerClass. */
  readonly data: Float32Array;
  /** Signal → [row within the class block, channel 0..3]. */
  readonly channelOf: Readonly<Record<SignalId, readonly [number, number]>>;
}

export const CHANNEL_OF: Readonly<Record<SignalId, readonly [number, number]>> = Object.fromEntries(
  SIGNALS.map((s, i) => [s, [Math.floor(i / 4), i % 4] as const]),
) as Record<SignalId, readonly [number, number]>;

/** Packs classes' curves for upload as a float DataTexture; shaders sample it at (axis(age), row). */
export function curveAtlas(classes: readonly HealingCurves[], samples = 256): CurveAtlas {
  const width = samples;
  const data = new Float32Array(width * classes.length * ATLAS_ROWS_PER_CLASS * 4);
  classes.forEach((c, ci) => {
    for (let j = 0; j < samples; j++) {
      const age = axisToTime(j / (samples - 1));
      const s = c.at(age);
      SIGNALS.forEach((id) => {
        const [row, ch] = CHANNEL_OF[id];
        data[((ci * ATLAS_ROWS_PER_CLASS + row) * width + j) * 4 + ch] = s[id];
      });
      data[((ci * ATLAS_ROWS_PER_CLASS + ATLAS_STAGE_ROW) * width + j) * 4] = STAGES.indexOf(stageOf(c, age));
    }
  });
  return { samples, classes: classes.length, rowsPerClass: ATLAS_ROWS_PER_CLASS, maxAgeHours: MAX_AGE_HOURS, data, channelOf: CHANNEL_OF };
}

/** Reads one signal back from the atlas by linear interpolation on the log axis (what the shader does). */
export function lookUp(atlas: CurveAtlas, classIndex: number, signal: SignalId, ageHours: number): number {
  if (ageHours < 0) return BASELINE[signal];
  const [row, ch] = atlas.channelOf[signal];
  const x = timeToAxis(ageHours, atlas.maxAgeHours) * (atlas.samples - 1);
  const j0 = Math.floor(x);
  const j1 = Math.min(j0 + 1, atlas.samples - 1);
  const base = (classIndex * atlas.rowsPerClass + row) * atlas.samples;
  const a = atlas.data[(base + j0) * 4 + ch];
  const b = atlas.data[(base + j1) * 4 + ch];
  return a + (b - a) * (x - j0);
}

/**
 * Every signal of one class at one age, written into `out` (indexed like SIGNALS): the axis
 * position is found once, so sampling many wounds costs one interpolation per signal.
 */
export function lookUpAll(atlas: CurveAtlas, classIndex: number, ageHours: number, out: Float32Array): Float32Array {
  if (ageHours < 0) {
    SIGNALS.forEach((id, k) => { out[k] = BASELINE[id]; });
    return out;
  }
  const x = timeToAxis(ageHours, atlas.maxAgeHours) * (atlas.samples - 1);
  const j0 = Math.floor(x);
  const j1 = Math.min(j0 + 1, atlas.samples - 1);
  const f = x - j0;
  const blockRow = classIndex * atlas.rowsPerClass;
  for (let k = 0; k < SIGNALS.length; k++) {
    const base = (blockRow + (k >> 2)) * atlas.samples;
    const ch = k & 3;
    const a = atlas.data[(base + j0) * 4 + ch];
    out[k] = a + (atlas.data[(base + j1) * 4 + ch] - a) * f;
  }
  return out;
}
