// Frames and their CPU time from trace events: callbacks of one frame are summed, frames are told
// apart by the gap between them, other threads are ignored, and a mark finds its frame.
import { describe, expect, it } from 'vitest';
import { frameOfMark, tracedFrames, type TraceEvent } from './trace';

const callback = (ts: number, dur: number, tdur: number, tid = 1): TraceEvent => ({ name: 'FireAnimationFrame', ph: 'X', pid: 7, tid, ts, dur, tdur });

describe('tracedFrames', () => {
  it('sums the CPU time of back-to-back callbacks into one frame, not their wall time', () => {
    const frames = tracedFrames([
      callback(0, 3000, 2000), callback(3100, 500, 400), // frame 1: two callbacks, 2.4 ms CPU
      callback(16_000, 90_000, 1500), // frame 2: waited 88 ms on the GPU, 1.5 ms CPU
    ]);
    expect(frames).toEqual([{ startUs: 0, endUs: 3600, cpuMs: 2.4 }, { startUs: 16_000, endUs: 106_000, cpuMs: 1.5 }]);
  });

  it('reads the thread that ran the most callbacks and ignores other events and threads', () => {
    const frames = tracedFrames([
      callback(0, 1000, 900), callback(20_000, 1000, 800), callback(40_000, 1000, 700),
      callback(5_000, 1000, 999, 2),
      { name: 'FunctionCall', ph: 'X', pid: 7, tid: 1, ts: 60_000, dur: 5000, tdur: 5000 },
      { name: 'FireAnimationFrame', ph: 'B', pid: 7, tid: 1, ts: 80_000 },
    ]);
    expect(frames.map((f) => f.cpuMs)).toEqual([0.9, 0.8, 0.7]);
  });

  it('returns no frames from a trace without callbacks', () => {
    expect(tracedFrames([])).toEqual([]);
  });
});

describe('frameOfMark', () => {
  it('finds the frame a performance.mark fell in, and nothing for a mark between frames or missing', () => {
    const events = [callback(0, 1000, 900), callback(20_000, 2000, 800),
      { name: 'bench-scrub-30', ph: 'R', pid: 7, tid: 1, ts: 20_500 }, { name: 'bench-scrub-90', ph: 'R', pid: 7, tid: 1, ts: 10_000 }];
    const frames = tracedFrames(events);
    expect(frameOfMark(events, frames, 'bench-scrub-30')?.cpuMs).toBe(0.8);
    expect(frameOfMark(events, frames, 'bench-scrub-90')).toBeUndefined();
    expect(frameOfMark(events, frames, 'bench-scrub-1')).toBeUndefined();
  });
});
