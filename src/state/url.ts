// The addressable state — a share link restores exactly what was shown:
//   ?scenario=ID&t=HOURS&compare=ID&view=tissue|channel|cells|surface&site=SITE&mode=explore|patient|presenter&lang=en|es
//   &skin=1..6 (the patient's Fitzpatrick skin type, for the plan and the surface picture)
// and how the block is drawn, each only when it differs from the default:
//   layout=exploded&stain=he|trichrome&labels=0&hide=PART,PART (parts from src/state/parts.ts)
// plus, for `scenario=custom`, the custom run's settings:
//   treatment: device=roller|pen&depth=MM&passes=N&hz=HZ&sessions=N&interval=DAYS
//   wound:     wound=cut|burn|acne&depth=MM&width=MM&length=MM
//   either:    keloid=1&acne=1&anticoagulant=1 (patient factors)
// Parsing never throws: unknown or malformed values fall back to defaults and produce a notice
// (a message key and its values, shown as text by the UI, so injected markup is never executed).
import {
  BODY_SITES, CUSTOM_SCENARIO_ID, DEFAULT_CUSTOM_TREATMENT, DEFAULT_CUSTOM_WOUND, DEFAULT_SCENARIO_ID, isBodySite, MAX_AGE_HOURS, scenarioById,
  SCENARIO_IDS, SKIN_TYPES, validateCustom, WOUND_DEFAULT_SIZE, type BodySite, type CustomSpec, type PatientFactors, type SkinType,
} from '../model';
import { SCENE_PARTS, type ScenePart } from './parts';

/** Zoom levels of the cross-section, and `surface`: the skin seen from outside, beside the section. */
export const ZOOM_LEVELS = ['tissue', 'channel', 'cells', 'surface'] as const;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number];
export const MODES = ['explore', 'patient', 'presenter'] as const;
export type Mode = (typeof MODES)[number];
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The block whole with a corner cut away, or its layers pulled apart. */
export const LAYOUTS = ['cutaway', 'exploded'] as const;
export type TissueLayout = (typeof LAYOUTS)[number];
/** Natural colours, or a histology stain: haematoxylin and eosin, or Masson's trichrome. */
export const STAINS = ['natural', 'he', 'trichrome'] as const;
export type Stain = (typeof STAINS)[number];

export interface AddressState {
  /** A preset id, or `custom` (then `custom` holds the run). */
  readonly scenario: string;
  readonly compare: string | null;
  readonly timeHours: number;
  readonly view: ZoomLevel;
  /** null = the scenario's own site. */
  readonly site: BodySite | null;
  readonly mode: Mode;
  /** null = not in the link: the saved preference or the browser's language decides. */
  readonly lang: Language | null;
  readonly custom: CustomSpec | null;
  readonly layout: TissueLayout;
  readonly stain: Stain;
  readonly labels: boolean;
  /** Parts of the block hidden in the layers panel, without repeats. */
  readonly hidden: readonly ScenePart[];
  /** The patient's skin type (Fitzpatrick I–VI); null = not stated. */
  readonly skinType: SkinType | null;
}

export const DEFAULT_ADDRESS: AddressState = {
  scenario: DEFAULT_SCENARIO_ID, compare: null, timeHours: 0, view: 'tissue', site: null, mode: 'explore', lang: null, custom: null,
  layout: 'cutaway', stain: 'natural', labels: true, hidden: [], skinType: null,
};

/** Whether two states show the same choices, the time aside (playback changes it every frame). */
export function sameChoices(a: AddressState, b: AddressState): boolean {
  return (Object.keys(DEFAULT_ADDRESS) as (keyof AddressState)[]).every((k) => k === 'timeHours' || a[k] === b[k]);
}

/** Every parameter the address owns; others (test switches) are carried through untouched. */
export const ADDRESS_KEYS = ['scenario', 't', 'compare', 'view', 'site', 'mode', 'lang', 'device', 'wound', 'depth', 'passes', 'hz', 'sessions',
  'interval', 'width', 'length', 'keloid', 'acne', 'anticoagulant', 'layout', 'stain', 'labels', 'hide', 'skin'] as const;

/** A problem with the link, said by the UI from its catalogue (`notices.<key>`). */
export interface Notice {
  readonly key: 'unreadable' | 'scenario' | 'compare' | 'time' | 'timeTooLate' | 'view' | 'site' | 'mode' | 'lang' | 'custom'
    | 'layout' | 'stain' | 'labels' | 'hide' | 'skin';
  readonly values: Readonly<Record<string, string>>;
}

/** Longest text of a bad value repeated back in a notice. */
const MAX_ECHO = 40;
const DECIMAL = /^\d+(\.\d+)?(e\+?\d+)?$/i;
const echo = (raw: string): string => (raw.length > MAX_ECHO ? `${raw.slice(0, MAX_ECHO)}…` : raw);
/** Plain decimals only: Number() would also take "0x10" or "  5 ". */
const decimal = (raw: string | null): number => (raw !== null && DECIMAL.test(raw) ? Number(raw) : NaN);
const oneOf = <T extends string>(all: readonly T[], raw: string | null): T | null => ((all as readonly string[]).includes(raw ?? '') ? (raw as T) : null);

export interface ParsedAddress { readonly state: AddressState; readonly notices: readonly Notice[] }

function parseFactors(p: URLSearchParams): PatientFactors {
  return { keloidProne: p.get('keloid') === '1', activeAcne: p.get('acne') === '1', anticoagulant: p.get('anticoagulant') === '1' };
}

/** The custom run in the link, or null with a notice saying why it was not used. */
function parseCustom(p: URLSearchParams, site: BodySite): { spec: CustomSpec | null; notice: Notice | null } {
  const factors = parseFactors(p);
  const num = (key: string, fallback: number): number => (p.get(key) === null ? fallback : decimal(p.get(key)));
  const device = oneOf(['roller', 'pen'] as const, p.get('device'));
  const wound = oneOf(['cut', 'burn', 'acne'] as const, p.get('wound'));
  let spec: CustomSpec;
  if (device) {
    const d = DEFAULT_CUSTOM_TREATMENT;
    spec = { kind: 'treatment', device, factors, depthMm: num('depth', d.depthMm), passes: num('passes', device === 'roller' ? 15 : d.passes),
      penHz: num('hz', d.penHz), sessions: num('sessions', d.sessions), intervalDays: num('interval', d.intervalDays) };
  } else if (wound) {
    const size = WOUND_DEFAULT_SIZE[wound];
    spec = { kind: 'wound', wound, factors, depthMm: num('depth', DEFAULT_CUSTOM_WOUND.depthMm), widthMm: num('width', size.widthMm), lengthMm: num('length', size.lengthMm) };
  } else {
    return { spec: null, notice: { key: 'custom', values: { problem: 'device=roller|pen or wound=cut|burn|acne is missing' } } };
  }
  const problem = validateCustom(spec, site);
  return problem ? { spec: null, notice: { key: 'custom', values: { problem: echo(problem) } } } : { spec, notice: null };
}

export function parseAddress(search: string): ParsedAddress {
  let params: URLSearchParams;
  try { params = new URLSearchParams(search); } catch { return { state: DEFAULT_ADDRESS, notices: [{ key: 'unreadable', values: {} }] }; }
  const notices: Notice[] = [];
  const get = (k: string): string | null => params.get(k);

  let site: BodySite | null = null;
  const rawSite = get('site');
  if (rawSite !== null) {
    if (isBodySite(rawSite)) site = rawSite;
    else notices.push({ key: 'site', values: { value: echo(rawSite), allowed: BODY_SITES.join(', ') } });
  }

  let scenario = DEFAULT_ADDRESS.scenario;
  let custom: CustomSpec | null = null;
  const rawScenario = get('scenario');
  if (rawScenario === CUSTOM_SCENARIO_ID) {
    const parsed = parseCustom(params, site ?? 'face');
    if (parsed.spec) { scenario = CUSTOM_SCENARIO_ID; custom = parsed.spec; } else if (parsed.notice) notices.push(parsed.notice);
  } else if (rawScenario !== null) {
    if (scenarioById(rawScenario)) scenario = rawScenario;
    else notices.push({ key: 'scenario', values: { value: echo(rawScenario), fallback: scenario } });
  }

  let compare: string | null = null;
  const rawCompare = get('compare');
  if (rawCompare !== null && rawCompare !== '' && rawCompare !== 'none') {
    if (scenarioById(rawCompare)) compare = rawCompare;
    else notices.push({ key: 'compare', values: { value: echo(rawCompare) } });
  }

  let timeHours = 0;
  const rawT = get('t');
  if (rawT !== null) {
    const t = decimal(rawT);
    if (!Number.isFinite(t) || t < 0) notices.push({ key: 'time', values: { value: echo(rawT) } });
    else if (t > MAX_AGE_HOURS) { timeHours = MAX_AGE_HOURS; notices.push({ key: 'timeTooLate', values: { value: echo(rawT) } }); }
    else timeHours = t;
  }

  const view = oneOf(ZOOM_LEVELS, get('view'));
  if (get('view') !== null && !view) notices.push({ key: 'view', values: { value: echo(get('view')!), allowed: ZOOM_LEVELS.join(', ') } });
  const mode = oneOf(MODES, get('mode'));
  if (get('mode') !== null && !mode) notices.push({ key: 'mode', values: { value: echo(get('mode')!), allowed: MODES.join(', ') } });
  const lang = oneOf(LANGUAGES, get('lang'));
  if (get('lang') !== null && !lang) notices.push({ key: 'lang', values: { value: echo(get('lang')!), allowed: LANGUAGES.join(', ') } });

  let skinType: SkinType | null = null;
  const rawSkin = get('skin');
  if (rawSkin !== null) {
    const n = /^[1-6]$/.test(rawSkin) ? Number(rawSkin) : NaN;
    if ((SKIN_TYPES as readonly number[]).includes(n)) skinType = n as SkinType;
    else notices.push({ key: 'skin', values: { value: echo(rawSkin), allowed: SKIN_TYPES.join(', ') } });
  }

  return { state: { scenario, compare, timeHours, view: view ?? 'tissue', site, mode: mode ?? 'explore', lang, custom, ...parseDrawing(params, notices), skinType }, notices };
}

/** How the block is drawn: layout, stain, labels and hidden parts (defaults where absent or bad). */
function parseDrawing(p: URLSearchParams, notices: Notice[]): Pick<AddressState, 'layout' | 'stain' | 'labels' | 'hidden'> {
  const choice = <T extends string>(key: 'layout' | 'stain', all: readonly T[], fallback: T): T => {
    const raw = p.get(key);
    const value = oneOf(all, raw);
    if (raw !== null && !value) notices.push({ key, values: { value: echo(raw), allowed: all.join(', ') } });
    return value ?? fallback;
  };
  const rawLabels = p.get('labels');
  if (rawLabels !== null && rawLabels !== '0' && rawLabels !== '1') notices.push({ key: 'labels', values: { value: echo(rawLabels) } });
  // Unknown parts are named in a notice; the known ones are still hidden.
  const named = (p.get('hide') ?? '').split(',').filter((part) => part !== '');
  const unknown = named.filter((part) => !(SCENE_PARTS as readonly string[]).includes(part));
  if (unknown.length > 0) notices.push({ key: 'hide', values: { value: echo(unknown.join(',')), allowed: SCENE_PARTS.join(', ') } });
  return {
    layout: choice('layout', LAYOUTS, DEFAULT_ADDRESS.layout),
    stain: choice('stain', STAINS, DEFAULT_ADDRESS.stain),
    labels: rawLabels !== '0',
    hidden: SCENE_PARTS.filter((part) => named.includes(part)),
  };
}

function writeCustom(p: URLSearchParams, spec: CustomSpec): void {
  if (spec.kind === 'treatment') {
    p.set('device', spec.device);
    p.set('depth', String(spec.depthMm));
    p.set('passes', String(spec.passes));
    if (spec.device === 'pen') p.set('hz', String(spec.penHz));
    p.set('sessions', String(spec.sessions));
    p.set('interval', String(spec.intervalDays));
  } else {
    p.set('wound', spec.wound);
    p.set('depth', String(spec.depthMm));
    p.set('width', String(spec.widthMm));
    p.set('length', String(spec.lengthMm));
  }
  if (spec.factors.keloidProne) p.set('keloid', '1');
  if (spec.factors.activeAcne) p.set('acne', '1');
  if (spec.factors.anticoagulant) p.set('anticoagulant', '1');
}

export function formatAddress(s: AddressState): string {
  const p = new URLSearchParams();
  p.set('scenario', s.scenario === CUSTOM_SCENARIO_ID && !s.custom ? DEFAULT_SCENARIO_ID : s.scenario);
  if (s.scenario === CUSTOM_SCENARIO_ID && s.custom) writeCustom(p, s.custom);
  p.set('t', String(Math.round(s.timeHours * 100) / 100));
  if (s.compare) p.set('compare', s.compare);
  p.set('view', s.view);
  if (s.site) p.set('site', s.site);
  if (s.mode !== 'explore') p.set('mode', s.mode);
  if (s.lang) p.set('lang', s.lang);
  if (s.layout !== DEFAULT_ADDRESS.layout) p.set('layout', s.layout);
  if (s.stain !== DEFAULT_ADDRESS.stain) p.set('stain', s.stain);
  if (!s.labels) p.set('labels', '0');
  if (s.hidden.length > 0) p.set('hide', SCENE_PARTS.filter((part) => s.hidden.includes(part)).join(','));
  if (s.skinType !== null) p.set('skin', String(s.skinType));
  return `?${p.toString()}`;
}

export const KNOWN_SCENARIOS = SCENARIO_IDS;