// The runtime assertions of the fuzz mode (`?fuzz`): what must hold after any input at all.
// Pure over the store's state, so the same checks run in unit tests.
import { BODY_SITES, MAX_AGE_HOURS, SCENARIO_IDS } from '../model';
import { LAYOUTS, STAINS, ZOOM_LEVELS } from '../state/url';
import type { CoriumState } from '../state/store';

const SPEEDS = ['slow', 'normal', 'fast'];

/** Plain-words violations of the store's invariants; empty when the state is sane. */
export function storeViolations(s: CoriumState): string[] {
  const bad: string[] = [];
  if (!SCENARIO_IDS.includes(s.scenario)) bad.push(`scenario "${s.scenario}" is not a known scenario`);
  if (s.compare !== null && !SCENARIO_IDS.includes(s.compare)) bad.push(`comparison "${s.compare}" is not a known scenario`);
  // The store clamps to the simulated range; the slider keeps within the scenario's span inside it.
  if (!Number.isFinite(s.timeHours) || s.timeHours < 0 || s.timeHours > MAX_AGE_HOURS) bad.push(`time ${s.timeHours} h is outside [0, ${MAX_AGE_HOURS}]`);
  if (!(ZOOM_LEVELS as readonly string[]).includes(s.view)) bad.push(`view "${s.view}" is not a zoom level`);
  if (s.site !== null && !(BODY_SITES as readonly string[]).includes(s.site)) bad.push(`site "${s.site}" is not a body site`);
  if (!SPEEDS.includes(s.speed)) bad.push(`speed "${s.speed}" is unknown`);
  if (!(LAYOUTS as readonly string[]).includes(s.layout)) bad.push(`layout "${s.layout}" is unknown`);
  if (!(STAINS as readonly string[]).includes(s.stain)) bad.push(`stain "${s.stain}" is unknown`);
  for (const st of s.strokes) {
    if (![st.xMm, st.zMm, st.atHours].every(Number.isFinite)) { bad.push('a user puncture has a non-finite position or time'); break; }
  }
  return bad;
}

/** Text the page shows that betrays broken maths ("NaN", "undefined", "Infinity"). */
export function textViolations(label: string, text: string | null | undefined): string[] {
  if (text === null || text === undefined || text.trim() === '') return [`${label} is empty`];
  const m = /\b(NaN|undefined|Infinity|null)\b/.exec(text);
  return m ? [`${label} shows "${m[1]}": ${text.slice(0, 120)}`] : [];
}
