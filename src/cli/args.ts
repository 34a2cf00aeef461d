// Parses `npm run simulate` arguments into a scenario (named or custom) and output options.
// Bad input throws UsageError with a one-line message saying what is allowed.
import {
  BODY_SITES, conditionSite, conditionTreatment, customScenario, INDICATION_IDS, isIndicationId, DEFAULT_CUSTOM_TREATMENT, isBodySite, NO_FACTORS,
  scenarioById, SCENARIO_IDS, TREATMENT_LIMITS, validateCustom, WOUND_DEFAULT_SIZE, MAX_AGE_HOURS, HOURS_PER_DAY, SKIN_TYPES, type CustomSpec,
  type Scenario, type SkinType,
} from '../model';

export class UsageError extends Error {}

export interface CliRequest {
  readonly list: boolean;
  readonly help: boolean;
  readonly scenario?: Scenario;
  readonly days: number;
  readonly format: 'json' | 'csv';
  readonly seed: number;
  /** Print the patient plan ("what to expect") instead of the curves. */
  readonly plan: boolean;
  /** Fitzpatrick skin type for the plan; absent = not stated. */
  readonly skinType?: SkinType;
}

const VALUE_FLAGS = ['--scenario', '--days', '--format', '--seed', '--device', '--depth', '--passes', '--site', '--wound', '--width', '--length', '--sessions', '--interval-days', '--skin-type', '--indication'] as const;
const BOOL_FLAGS = ['--list', '--help', '--plan', '--keloid-prone', '--active-acne', '--anticoagulant'] as const;
const MAX_DAYS = MAX_AGE_HOURS / HOURS_PER_DAY;

function number(flag: string, raw: string, lo: number, hi: number, integer = false): number {
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v))) {
    throw new UsageError(`${flag} must be ${integer ? 'a whole number' : 'a number'} from ${lo} to ${hi} (got "${raw}")`);
  }
  return v;
}

function oneOf<T extends string>(flag: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`${flag} must be one of: ${allowed.join(', ')} (got "${raw}")`);
  return raw as T;
}

export function parseArgs(argv: readonly string[]): CliRequest {
  const values = new Map<string, string>();
  const bools = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if ((BOOL_FLAGS as readonly string[]).includes(flag)) { bools.add(flag); continue; }
    if (!(VALUE_FLAGS as readonly string[]).includes(flag)) {
      throw new UsageError(`unknown argument "${argv[i]}"; allowed: ${[...VALUE_FLAGS, ...BOOL_FLAGS].join(' ')}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    values.set(flag, value);
  }
  const get = (f: string): string | undefined => values.get(f);
  const days = get('--days') === undefined ? 365 : number('--days', get('--days')!, 1, MAX_DAYS);
  const format = get('--format') === undefined ? 'json' : oneOf('--format', get('--format')!, ['json', 'csv'] as const);
  const seed = get('--seed') === undefined ? 1 : number('--seed', get('--seed')!, 0, 2 ** 32 - 1, true);
  const plan = bools.has('--plan');
  if (plan && format !== 'json') throw new UsageError('--plan prints JSON only: use --format json or leave --format out');
  const skinRaw = get('--skin-type');
  const skinType = skinRaw === undefined ? undefined : (number('--skin-type', skinRaw, SKIN_TYPES[0], SKIN_TYPES.at(-1)!, true) as SkinType);
  const base = { list: bools.has('--list'), help: bools.has('--help'), days, format, seed, plan, ...(skinType === undefined ? {} : { skinType }) };
  if (base.list || base.help) return base;
  return { ...base, scenario: scenarioFrom(get, bools) };
}

function scenarioFrom(get: (f: string) => string | undefined, bools: Set<string>): Scenario {
  const id = get('--scenario');
  const indicationRaw = get('--indication');
  const custom = get('--device') !== undefined || get('--wound') !== undefined || indicationRaw !== undefined;
  if (id !== undefined && custom) throw new UsageError('use either --scenario ID or a custom --device/--wound/--indication run, not both');
  if (indicationRaw !== undefined && !isIndicationId(indicationRaw)) throw new UsageError(`--indication must be one of: ${INDICATION_IDS.join(', ')} (got "${indicationRaw}")`);
  if (indicationRaw !== undefined && get('--wound') !== undefined) throw new UsageError('--indication is treated with a --device, not a --wound');
  if (id !== undefined) {
    const found = scenarioById(id);
    if (!found) throw new UsageError(`unknown scenario "${id}"; allowed: ${SCENARIO_IDS.join(', ')}`);
    return found;
  }
  if (!custom) throw new UsageError('give --scenario ID (see --list), or --device roller|pen, or --wound cut|burn|acne, or --indication ID');
  const indication = indicationRaw !== undefined && isIndicationId(indicationRaw) ? indicationRaw : undefined;
  const siteRaw = get('--site') ?? (indication ? conditionSite(indication) : 'face');
  if (!isBodySite(siteRaw)) throw new UsageError(`--site must be one of: ${BODY_SITES.join(', ')} (got "${siteRaw}")`);
  const factors = { ...NO_FACTORS, keloidProne: bools.has('--keloid-prone'), activeAcne: bools.has('--active-acne'), anticoagulant: bools.has('--anticoagulant') };
  const depthRaw = get('--depth');
  if (depthRaw === undefined && !indication) throw new UsageError('--depth MM is required for a custom run');
  let spec: CustomSpec;
  if (get('--device') !== undefined || indication) {
    // A condition starts from its own protocol (conditions.ts); any device flag given overrides it.
    const base = indication ? conditionTreatment(indication, factors) : null;
    const device = get('--device') === undefined ? base!.device : oneOf('--device', get('--device')!, ['roller', 'pen'] as const);
    const [dLo, dHi] = TREATMENT_LIMITS.depthMm;
    const fallback = (flag: string, own: number | undefined, plain: number, range: readonly [number, number], whole: boolean): number =>
      get(flag) === undefined ? (own ?? plain) : number(flag, get(flag)!, range[0], range[1], whole);
    spec = {
      kind: 'treatment', device, factors, penHz: DEFAULT_CUSTOM_TREATMENT.penHz,
      depthMm: fallback('--depth', base?.depthMm, 0, [dLo, dHi], false),
      passes: fallback('--passes', base?.device === device ? base.passes : undefined, device === 'roller' ? 15 : 1, TREATMENT_LIMITS.passes, true),
      sessions: fallback('--sessions', base?.sessions, 1, TREATMENT_LIMITS.sessions, true),
      intervalDays: fallback('--interval-days', base?.intervalDays, 28, TREATMENT_LIMITS.intervalDays, false),
      ...(indication ? { indication } : {}),
    };
  } else {
    const kind = oneOf('--wound', get('--wound')!, ['cut', 'burn', 'acne'] as const);
    const size = WOUND_DEFAULT_SIZE[kind];
    spec = {
      kind: 'wound', wound: kind, factors,
      depthMm: number('--depth', depthRaw!, 0, 100),
      widthMm: get('--width') === undefined ? size.widthMm : number('--width', get('--width')!, 0, 1000),
      lengthMm: get('--length') === undefined ? size.lengthMm : number('--length', get('--length')!, 0, 1000),
    };
  }
  const problem = validateCustom(spec, siteRaw);
  if (problem) throw new UsageError(problem);
  return customScenario(spec, siteRaw);
}
