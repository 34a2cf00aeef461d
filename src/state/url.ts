// The addressable state: `/?scenario=ID&t=HOURS&compare=ID&view=tissue|channel|cells&site=SITE`.
// Parsing never throws: unknown or malformed values fall back to defaults and produce a notice
// that the UI shows as text (so injected markup is displayed, never executed).
import { BODY_SITES, DEFAULT_SCENARIO_ID, isBodySite, MAX_AGE_HOURS, scenarioById, SCENARIO_IDS, type BodySite } from '../model';

export const ZOOM_LEVELS = ['tissue', 'channel', 'cells'] as const;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number];

export interface AddressState {
  readonly scenario: string;
  readonly compare: string | null;
  readonly timeHours: number;
  readonly view: ZoomLevel;
  /** null = the scenario's own site. */
  readonly site: BodySite | null;
}

export const DEFAULT_ADDRESS: AddressState = { scenario: DEFAULT_SCENARIO_ID, compare: null, timeHours: 0, view: 'tissue', site: null };

/** Longest text of a bad value repeated back in a notice. */
const MAX_ECHO = 40;
const DECIMAL = /^\d+(\.\d+)?(e\+?\d+)?$/i;
const echo = (raw: string): string => (raw.length > MAX_ECHO ? `${raw.slice(0, MAX_ECHO)}…` : raw);

export interface ParsedAddress { readonly state: AddressState; readonly notices: readonly string[] }

export function parseAddress(search: string): ParsedAddress {
  let params: URLSearchParams;
  try { params = new URLSearchParams(search); } catch { return { state: DEFAULT_ADDRESS, notices: ['The link could not be read; showing the default view.'] }; }
  const notices: string[] = [];
  const get = (k: string): string | null => params.get(k);

  let scenario = DEFAULT_ADDRESS.scenario;
  const rawScenario = get('scenario');
  if (rawScenario !== null) {
    if (scenarioById(rawScenario)) scenario = rawScenario;
    else notices.push(`Unknown scenario "${echo(rawScenario)}"; showing "${scenario}" instead.`);
  }

  let compare: string | null = null;
  const rawCompare = get('compare');
  if (rawCompare !== null && rawCompare !== '' && rawCompare !== 'none') {
    if (scenarioById(rawCompare)) compare = rawCompare;
    else notices.push(`Unknown comparison scenario "${echo(rawCompare)}"; showing no comparison.`);
  }

  let timeHours = 0;
  const rawT = get('t');
  if (rawT !== null) {
    // Plain decimal hours only: Number() would also take "0x10" or "  5 ".
    const t = DECIMAL.test(rawT) ? Number(rawT) : NaN;
    if (!Number.isFinite(t) || t < 0) notices.push(`Time "${echo(rawT)}" is not a number of hours from 0; starting at 0.`);
    else if (t > MAX_AGE_HOURS) { timeHours = MAX_AGE_HOURS; notices.push(`Time ${echo(rawT)} h is past the two years simulated; showing the end.`); }
    else timeHours = t;
  }

  let view: ZoomLevel = 'tissue';
  const rawView = get('view');
  if (rawView !== null) {
    if ((ZOOM_LEVELS as readonly string[]).includes(rawView)) view = rawView as ZoomLevel;
    else notices.push(`Unknown view "${echo(rawView)}"; use ${ZOOM_LEVELS.join(', ')}. Showing tissue.`);
  }

  let site: BodySite | null = null;
  const rawSite = get('site');
  if (rawSite !== null) {
    if (isBodySite(rawSite)) site = rawSite;
    else notices.push(`Unknown body site "${echo(rawSite)}"; use ${BODY_SITES.join(', ')}.`);
  }
  return { state: { scenario, compare, timeHours, view, site }, notices };
}

export function formatAddress(s: AddressState): string {
  const p = new URLSearchParams();
  p.set('scenario', s.scenario);
  p.set('t', String(Math.round(s.timeHours * 100) / 100));
  if (s.compare) p.set('compare', s.compare);
  p.set('view', s.view);
  if (s.site) p.set('site', s.site);
  return `?${p.toString()}`;
}

export const KNOWN_SCENARIOS = SCENARIO_IDS;
