// Turning what someone typed into a device setting or wound size the model accepts: read the
// number, keep it inside the model's limits (TREATMENT_LIMITS, WOUND_LIMITS) and say what was
// wrong. Every result is a spec validateCustom accepts; the problem, if any, is reported beside it.
import {
  DEFAULT_CUSTOM_TREATMENT, DEFAULT_CUSTOM_WOUND, NO_FACTORS, specOf, TREATMENT_LIMITS, WOUND_DEFAULT_SIZE, WOUND_LIMITS,
  type CustomSpec, type CustomTreatment, type CustomWound, type Scenario,
} from '../../model';

export type TreatmentSpec = CustomSpec & CustomTreatment;
export type WoundSpecOfBuilder = CustomSpec & CustomWound;
export type Range = readonly [number, number];

export type FieldProblem = 'empty' | 'notNumber' | 'tooLow' | 'tooHigh' | 'notWhole';

export interface FieldReading {
  /** Always a usable value: inside the range, whole where the field must be. */
  readonly value: number;
  /** What was wrong with the text typed (then `value` is the nearest allowed one), or null. */
  readonly problem: FieldProblem | null;
  /** The number typed, when there was one (for the message). */
  readonly typed: number | null;
}

const clampTo = (v: number, [lo, hi]: Range): number => Math.min(Math.max(v, lo), hi);

/** Reads a typed value (a comma works as the decimal mark too); `fallback` stands in for no number. */
export function readField(raw: string, range: Range, whole: boolean, fallback: number): FieldReading {
  const text = raw.trim().replace(',', '.');
  const safeFallback = Number.isFinite(fallback) ? clampTo(whole ? Math.round(fallback) : fallback, range) : range[0];
  if (text === '') return { value: safeFallback, problem: 'empty', typed: null };
  const n = Number(text);
  if (!Number.isFinite(n)) return { value: safeFallback, problem: 'notNumber', typed: null };
  if (n < range[0]) return { value: range[0], problem: 'tooLow', typed: n };
  if (n > range[1]) return { value: range[1], problem: 'tooHigh', typed: n };
  if (whole && !Number.isInteger(n)) return { value: clampTo(Math.round(n), range), problem: 'notWhole', typed: n };
  return { value: n, problem: null, typed: n };
}

/** The device panel's number fields: needle depth, passes, pen speed. */
export const TREATMENT_FIELDS = ['depthMm', 'passes', 'penHz'] as const;
export type TreatmentField = (typeof TREATMENT_FIELDS)[number];
/** The model takes whole passes and whole hertz (validateCustom). */
export const isWholeTreatmentField = (field: TreatmentField): boolean => field !== 'depthMm';

export const WOUND_FIELDS = ['depthMm', 'widthMm', 'lengthMm'] as const;
export type WoundField = (typeof WOUND_FIELDS)[number];
export type BuiltWoundKind = CustomWound['wound'];
export const BUILT_WOUND_KINDS: readonly BuiltWoundKind[] = ['cut', 'burn', 'acne'];

export const woundRange = (kind: BuiltWoundKind, field: WoundField): Range => WOUND_LIMITS[kind][field];

/** The treatment the device panel starts from: the one shown if any, else the scenario's, else the default. */
export function startTreatment(scenario: Scenario | undefined, custom: CustomSpec | null): TreatmentSpec {
  if (custom?.kind === 'treatment') return custom;
  if (scenario?.treatment) return specOf(scenario) as TreatmentSpec;
  return { ...DEFAULT_CUSTOM_TREATMENT, factors: scenario?.factors ?? NO_FACTORS };
}

/** The wound the builder starts from: the built one shown if any, else the scenario's, else the default. */
export function startWound(scenario: Scenario | undefined, custom: CustomSpec | null): WoundSpecOfBuilder {
  if (custom?.kind === 'wound') return custom;
  if (scenario?.wound) return specOf(scenario) as WoundSpecOfBuilder;
  return { ...DEFAULT_CUSTOM_WOUND, factors: scenario?.factors ?? NO_FACTORS };
}

/** A new kind of wound takes that kind's usual size and keeps its depth where the kind allows it. */
export function withWoundKind(spec: WoundSpecOfBuilder, kind: BuiltWoundKind): WoundSpecOfBuilder {
  return { ...spec, wound: kind, ...WOUND_DEFAULT_SIZE[kind], depthMm: clampTo(spec.depthMm, WOUND_LIMITS[kind].depthMm) };
}

/** One typed value applied to a treatment: the spec to show and what was wrong, if anything. */
export function withTreatmentInput(spec: TreatmentSpec, field: TreatmentField, raw: string): { spec: TreatmentSpec; reading: FieldReading } {
  const reading = readField(raw, TREATMENT_LIMITS[field], isWholeTreatmentField(field), spec[field]);
  return { spec: { ...spec, [field]: reading.value }, reading };
}

/** One typed value applied to a built wound. */
export function withWoundInput(spec: WoundSpecOfBuilder, field: WoundField, raw: string): { spec: WoundSpecOfBuilder; reading: FieldReading } {
  const reading = readField(raw, woundRange(spec.wound, field), false, spec[field]);
  return { spec: { ...spec, [field]: reading.value }, reading };
}
