// Custom runs: a treatment with the user's device settings, or a wound the user built. The UI's
// device panel and wound builder, share links and the CLI all make scenarios here, so a custom
// run means the same thing everywhere. Bounds come from the devices and wounds they describe.
import { dermaroller, microneedlingPen, NEEDLE_LENGTH_MAX_MM, NEEDLE_LENGTH_MIN_MM, PEN_HZ_MAX, PEN_HZ_MIN, type DeviceKind } from './devices';
import { protocolFor, conditionFor, type IndicationId } from './conditions';
import type { Scenario } from './scenarios';
import type { BodySite } from './tissue';
import { NO_FACTORS, validateWound, type PatientFactors } from './wounds';

export const CUSTOM_SCENARIO_ID = 'custom';

export interface CustomTreatment {
  readonly kind: 'treatment';
  readonly device: DeviceKind;
  readonly depthMm: number;
  readonly passes: number;
  /** Pen needle frequency (ignored for a roller). */
  readonly penHz: number;
  readonly sessions: number;
  readonly intervalDays: number;
  /** The condition treated (conditions.ts); absent = healthy skin. */
  readonly indication?: IndicationId;
}

export interface CustomWound {
  readonly kind: 'wound';
  readonly wound: 'cut' | 'burn' | 'acne';
  readonly depthMm: number;
  readonly widthMm: number;
  readonly lengthMm: number;
}

export type CustomSpec = (CustomTreatment | CustomWound) & { readonly factors: PatientFactors };

/**
 * Ranges a custom treatment may take: needle lengths and pen rates sold (needle-length, pen-device);
 * sessions 1–12 and intervals from a week (juhasz2020, course-sessions); passes up to 30, twice the
 * 15 rolls of the roller protocol (roller-dose) and well past 4–10 scar passes (juhasz2020).
 */
export const TREATMENT_LIMITS = {
  depthMm: [NEEDLE_LENGTH_MIN_MM, NEEDLE_LENGTH_MAX_MM],
  passes: [1, 30],
  penHz: [PEN_HZ_MIN, PEN_HZ_MAX],
  sessions: [1, 12],
  intervalDays: [7, 120],
} as const satisfies Record<string, readonly [number, number]>;

/** A treated cheek: ~25 cm² (see scenarios.ts). */
const AREA_CM2 = 25;

export const DEFAULT_CUSTOM_TREATMENT: CustomSpec & CustomTreatment = { kind: 'treatment', device: 'pen', depthMm: 1, passes: 2, penHz: 100, sessions: 1, intervalDays: 28, factors: NO_FACTORS };
export const DEFAULT_CUSTOM_WOUND: CustomSpec & CustomWound = { kind: 'wound', wound: 'cut', depthMm: 1, widthMm: 1, lengthMm: 20, factors: NO_FACTORS };

/** Default width and length of a built wound of each kind (a 1 mm gape cut, a 10 mm burn, a 3 mm cyst). */
export const WOUND_DEFAULT_SIZE: Readonly<Record<CustomWound['wound'], { widthMm: number; lengthMm: number }>> = {
  cut: { widthMm: 1, lengthMm: 20 }, burn: { widthMm: 10, lengthMm: 20 }, acne: { widthMm: 3, lengthMm: 3 },
};

const within = (v: number, [lo, hi]: readonly [number, number]): boolean => Number.isFinite(v) && v >= lo && v <= hi;

/** What is wrong with a spec in plain words (field and allowed range), or null when it is valid. */
export function validateCustom(spec: CustomSpec, site: BodySite): string | null {
  if (spec.kind === 'wound') return validateWound({ ...spec, kind: spec.wound, site });
  for (const [field, range] of Object.entries(TREATMENT_LIMITS) as [keyof typeof TREATMENT_LIMITS, readonly [number, number]][]) {
    const v = spec[field];
    const whole = field !== 'depthMm' && field !== 'intervalDays';
    if (!within(v, range) || (whole && !Number.isInteger(v))) return `${field} must be ${whole ? 'a whole number' : 'a number'} from ${range[0]} to ${range[1]}`;
  }
  return null;
}

/** A condition's protocol as a custom treatment (the CLI's --indication without device flags). */
export function conditionTreatment(id: IndicationId, factors: PatientFactors = NO_FACTORS): CustomSpec & CustomTreatment {
  const p = protocolFor(id);
  return { kind: 'treatment', device: p.device, depthMm: p.depthMm, passes: p.passes, penHz: DEFAULT_CUSTOM_TREATMENT.penHz,
    sessions: p.sessions, intervalDays: p.intervalDays, factors, indication: id };
}

/** The body site a condition is drawn on (a stretch mark on the back, the rest on the face). */
export const conditionSite = (id: IndicationId): BodySite => conditionFor(id).site;

/** A stable text for a spec: equal specs share cached model data. */
export function customKey(spec: CustomSpec): string {
  const f = spec.factors;
  const flags = `${f.keloidProne ? 'K' : '-'}${f.activeAcne ? 'A' : '-'}${f.anticoagulant ? 'C' : '-'}`;
  return spec.kind === 'treatment'
    ? `T|${spec.device}|${spec.depthMm}|${spec.passes}|${spec.penHz}|${spec.sessions}|${spec.intervalDays}|${flags}|${spec.indication ?? ''}`
    : `W|${spec.wound}|${spec.depthMm}|${spec.widthMm}|${spec.lengthMm}|${flags}`;
}

/** The scenario a (valid) spec describes. Titles here are the model's; the UI shows its own words. */
export function customScenario(spec: CustomSpec, site: BodySite): Scenario {
  const common = { id: CUSTOM_SCENARIO_ID, group: 'what-if' as const, site, factors: spec.factors };
  if (spec.kind === 'treatment') {
    const device = spec.device === 'roller' ? dermaroller(spec.depthMm) : microneedlingPen(spec.depthMm, { frequencyHz: spec.penHz });
    return { ...common, title: `Custom ${spec.device}, ${spec.depthMm} mm`, description: 'Custom microneedling run.',
      treatment: { device, passes: spec.passes, sessions: spec.sessions, intervalDays: spec.intervalDays, areaCm2: AREA_CM2 },
      ...(spec.indication ? { indication: spec.indication } : {}) };
  }
  return { ...common, title: `Custom ${spec.wound}`, description: 'Custom wound run.',
    wound: { kind: spec.wound, depthMm: spec.depthMm, widthMm: spec.widthMm, lengthMm: spec.lengthMm } };
}

/** The custom spec that reproduces a preset (so the device panel starts from what is shown). */
export function specOf(s: Scenario): CustomSpec {
  if (s.treatment) {
    const d = s.treatment.device;
    return { kind: 'treatment', device: d.kind, depthMm: d.needleLengthMm, passes: s.treatment.passes, penHz: d.kind === 'pen' ? d.frequencyHz : 100,
      sessions: s.treatment.sessions, intervalDays: s.treatment.intervalDays, factors: s.factors, ...(s.indication ? { indication: s.indication } : {}) };
  }
  const w = s.wound!;
  return { kind: 'wound', wound: w.kind, depthMm: w.depthMm, widthMm: w.widthMm, lengthMm: w.lengthMm, factors: s.factors };
}
