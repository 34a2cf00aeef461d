// Parses `npm run simulate` arguments into a scenario (named or custom) and output options.
// Bad input throws UsageError with a one-line message saying what is allowed.
import {
  BODY_SITES, customScenario, DEFAULT_CUSTOM_TREATMENT, isBodySite, NO_FACTORS, scenarioById, SCENARIO_IDS, TREATMENT_LIMITS, validateCustom,
  WOUND_DEFAULT_SIZE, MAX_AGE_HOURS, HOURS_PER_DAY, SKIN_TYPES, type CustomSpec, type Scenario, type SkinType,
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

const VALUE_FLAGS = ['--scenario', '--days', '--format', '--seed', '--device', '--depth', '--passes', '--site', '--wound', '--width', '--length', '--sessions', '--interval-days', '--skin-type'] as const;
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
  const custom = get('--device') !== undefined || get('--wound') !== undefined;
  if (id !== undefined && custom) throw new UsageError('use either --scenario ID or a custom --device/--wound run, not both');
  if (id !== undefined) {
    const found = scenarioById(id);
    if (!found) throw new UsageError(`unknown scenario "${id}"; allowed: ${SCENARIO_IDS.join(', ')}`);
    return found;
  }
  if (!custom) throw new UsageError('give --scenario ID (see --list), or --device roller|pen, or --wound cut|burn|acne');
  const siteRaw = get('--site') ?? 'face';
  if (!isBodySite(siteRaw)) throw new UsageError(`--site must be one of: ${BODY_SITES.join(', ')} (got "${siteRaw}")`);
  const factors = { ...NO_FACTORS, keloidProne: bools.has('--keloid-prone'), activeAcne: bools.has('--active-acne'), anticoagulant: bools.has('--anticoagulant') };
  const depthRaw = get('--depth');
  if (depthRaw === undefined) throw new UsageError('--depth MM is required for a custom run');
  let spec: CustomSpec;
  if (get('--device') !== undefined) {
    const device = oneOf('--device', get('--device')!, ['roller', 'pen'] as const);
    const [dLo, dHi] = TREATMENT_LIMITS.depthMm;
    spec = {
      kind: 'treatment', device, factors, penHz: DEFAULT_CUSTOM_TREATMENT.penHz,
      depthMm: number('--depth', depthRaw, dLo, dHi),
      passes: get('--passes') === undefined ? (device === 'roller' ? 15 : 1) : number('--passes', get('--passes')!, ...TREATMENT_LIMITS.passes, true),
      sessions: get('--sessions') === undefined ? 1 : number('--sessions', get('--sessions')!, ...TREATMENT_LIMITS.sessions, true),
      intervalDays: get('--interval-days') === undefined ? 28 : number('--interval-days', get('--interval-days')!, ...TREATMENT_LIMITS.intervalDays),
    };
  } else {
    const kind = oneOf('--wound', get('--wound')!, ['cut', 'burn', 'acne'] as const);
    const size = WOUND_DEFAULT_SIZE[kind];
    spec = {
      kind: 'wound', wound: kind, factors,
      depthMm: number('--depth', depthRaw, 0, 100),
      widthMm: get('--width') === undefined ? size.widthMm : number('--width', get('--width')!, 0, 1000),
      lengthMm: get('--length') === undefined ? size.lengthMm : number('--length', get('--length')!, 0, 1000),
    };
  }
  const problem = validateCustom(spec, siteRaw);
  if (problem) throw new UsageError(problem);
  return customScenario(spec, siteRaw);
}
