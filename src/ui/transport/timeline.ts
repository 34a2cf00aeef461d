// The timeline under the time slider, as numbers: where each healing stage of every session sits
// on the log-like axis, where the sessions and the 1 h / 1 day / … ticks go, and which labels fit.
// Pure (no DOM), so the layout is tested without a browser; Timeline.tsx only draws it.
import { HOURS_PER_DAY, HOURS_PER_WEEK, HOURS_PER_YEAR, timeToAxis, type HealingStage, type StageSpan } from '../../model';

/** A stage of one session's wound, in hours since time 0, cut off where the next session starts. */
export interface Episode { readonly stage: HealingStage; readonly session: number; readonly startHours: number; readonly endHours: number }

export type TickId = 'hour' | 'day' | 'week' | 'month' | 'year';
const DAYS_PER_MONTH = 30.4375;
export const TICKS: readonly (readonly [TickId, number])[] = [
  ['hour', 1], ['day', HOURS_PER_DAY], ['week', HOURS_PER_WEEK], ['month', DAYS_PER_MONTH * HOURS_PER_DAY], ['year', HOURS_PER_YEAR],
];

/**
 * Every stage the primary wound goes through, session by session: a session's stages run from
 * its start until the next session (a new wound restarts the clock; see StageDiagram's ageNow).
 */
export function episodes(stages: readonly StageSpan[], sessionsHours: readonly number[], spanHours: number): Episode[] {
  const starts = sessionsHours.length > 0 ? sessionsHours : [0];
  const out: Episode[] = [];
  starts.forEach((s0, session) => {
    const until = Math.min(starts[session + 1] ?? Infinity, spanHours);
    for (const st of stages) {
      const startHours = sessionTime(s0, st.startHours);
      const endHours = Math.min(s0 + st.endHours, until);
      if (startHours < until && endHours > startHours) out.push({ stage: st.stage, session, startHours, endHours });
    }
  });
  return out;
}

/**
 * The time `age` hours after a session at `s0`, rounded up so that subtracting `s0` again gives
 * at least `age` (floating point may lose the last bit): a step to a stage's start must show
 * that stage, not the one before.
 */
function sessionTime(s0: number, age: number): number {
  let t = s0 + age;
  while (t - s0 < age) t += Math.max(Math.abs(t), 1) * Number.EPSILON;
  return t;
}

/** A band's name is shown in full where it fits, else in its short form (if the stage has one), else not at all. */
export interface Band extends Episode { readonly x: number; readonly width: number; readonly showLabel: boolean; readonly shortLabel: boolean }
export interface Tick { readonly id: TickId; readonly x: number; readonly showLabel: boolean; readonly anchor: 'start' | 'middle' | 'end' }
export interface SessionMark { readonly index: number; readonly x: number }
export interface TimelineLayout { readonly bands: Band[]; readonly ticks: Tick[]; readonly sessions: SessionMark[] }

export interface LayoutInput {
  readonly episodes: readonly Episode[];
  readonly sessionsHours: readonly number[];
  readonly spanHours: number;
  /** Width of the drawn axis, px. */
  readonly width: number;
  /** Right-to-left languages draw time running leftwards, as the slider does. */
  readonly rtl: boolean;
  /** Width a label needs, px (estimated by the caller from its text); `short`: the stage's short name (Infinity if none). */
  readonly labelWidth: (text: { stage?: HealingStage; tick?: TickId; short?: boolean }) => number;
}

/** Space kept around a label so neighbours never touch, px. */
const LABEL_GAP = 6;

export function timelineLayout(input: LayoutInput): TimelineLayout {
  const { spanHours, width, rtl, labelWidth } = input;
  const at = (hours: number): number => {
    const x = timeToAxis(hours, spanHours) * width;
    return rtl ? width - x : x;
  };
  const bands = input.episodes.map((e): Band => {
    const a = at(e.startHours);
    const b = at(e.endHours);
    const w = Math.abs(b - a);
    const full = w >= labelWidth({ stage: e.stage }) + LABEL_GAP;
    const short = !full && w >= labelWidth({ stage: e.stage, short: true }) + LABEL_GAP;
    return { ...e, x: Math.min(a, b), width: w, showLabel: full || short, shortLabel: short };
  });
  const ticks: Tick[] = [];
  let lastEdge = -Infinity;
  // Laid out in the reading direction so a crowded label is dropped, never the one before it.
  const placed = TICKS.filter(([, h]) => h <= spanHours).map(([id, h]) => ({ id, x: at(h), w: labelWidth({ tick: id }) }));
  for (const p of placed) {
    const pos = rtl ? width - p.x : p.x;
    const anchor = pos + p.w / 2 > width ? 'end' : pos - p.w / 2 < 0 ? 'start' : 'middle';
    const from = anchor === 'start' ? pos : anchor === 'end' ? pos - p.w : pos - p.w / 2;
    const fits = from >= lastEdge + LABEL_GAP;
    if (fits) lastEdge = from + p.w;
    const visualAnchor = rtl && anchor !== 'middle' ? (anchor === 'start' ? 'end' : 'start') : anchor;
    ticks.push({ id: p.id, x: p.x, showLabel: fits, anchor: visualAnchor });
  }
  const sessions = input.sessionsHours.length > 1 ? input.sessionsHours.map((h, index) => ({ index, x: at(h) })) : [];
  return { bands, ticks, sessions };
}
