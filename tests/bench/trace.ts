// The bench's JavaScript cost per frame, read from a Chrome trace: the main thread's CPU time
// (`tdur`) inside its animation-frame callbacks and the microtasks they queue. CPU time, unlike
// wall time, does not grow while the thread waits for the GPU or is pushed off a core by
// SwiftShader's rasterising threads: on a 2-core machine that runs the GPU in software, it is
// the measure of our own cost. Pure: tests/bench/trace.test.ts feeds it synthetic events.

/** The fields of a Chrome trace event this reads (timestamps and durations in µs). */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
}

/** One frame: when its first callback started and ended (µs), and its callbacks' CPU time (ms). */
export interface TracedFrame { readonly startUs: number; readonly endUs: number; readonly cpuMs: number }

/** Callbacks of one frame run back to back; frames are vsyncs (and GPU waits) apart. */
const SAME_FRAME_GAP_US = 1000;

/**
 * Frames on the thread that ran the most animation-frame callbacks (the page's main thread),
 * in order. Each FireAnimationFrame event is one callback, microtasks included.
 */
export function tracedFrames(events: readonly TraceEvent[]): TracedFrame[] {
  const callbacks = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X' && e.dur !== undefined && e.tdur !== undefined);
  const perThread = new Map<string, TraceEvent[]>();
  for (const e of callbacks) perThread.set(`${e.pid}:${e.tid}`, [...(perThread.get(`${e.pid}:${e.tid}`) ?? []), e]);
  const main = [...perThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const frames: { startUs: number; endUs: number; cpuUs: number }[] = [];
  for (const e of [...main].sort((a, b) => a.ts - b.ts)) {
    const last = frames.at(-1);
    const end = e.ts + e.dur!;
    if (last && e.ts - last.endUs < SAME_FRAME_GAP_US) { last.endUs = Math.max(last.endUs, end); last.cpuUs += e.tdur!; }
    else frames.push({ startUs: e.ts, endUs: end, cpuUs: e.tdur! });
  }
  return frames.map((f) => ({ startUs: f.startUs, endUs: f.endUs, cpuMs: f.cpuUs / 1000 }));
}

/** The frame during which the page called performance.mark(name), if any. */
export function frameOfMark(events: readonly TraceEvent[], frames: readonly TracedFrame[], name: string): TracedFrame | undefined {
  const mark = events.find((e) => e.name === name);
  return mark && frames.find((f) => f.startUs <= mark.ts && mark.ts <= f.endUs);
}
