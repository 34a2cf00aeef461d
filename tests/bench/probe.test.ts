// The bench's page probe paces the clock while frames are timed: once useFrameClock() is called,
// every animation frame sees performance.now() start exactly 1/60 s after the previous frame's,
// however long the frame really took (software WebGL takes up to seconds); time within a frame
// runs for real, never reaching the next frame's start, so the clock never goes backwards.
// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness';

const PROBE = readFileSync(path.join(ROOT, 'tests/bench/probe.js'), 'utf8');
const FRAME_MS = 1000 / 60;

interface Bench { useFrameClock(): void }
let real = 0;
let queued: FrameRequestCallback[] = [];
const saved = { now: performance.now, raf: window.requestAnimationFrame };

beforeEach(() => {
  real = 5_000;
  queued = [];
  // The probe binds the real clock and the real requestAnimationFrame when it runs: fake both first.
  performance.now = () => real;
  window.requestAnimationFrame = (cb) => { queued.push(cb); return queued.length; };
  new Function(PROBE)();
});

afterEach(() => {
  performance.now = saved.now;
  window.requestAnimationFrame = saved.raf;
});

/** Runs one frame at real time `at`, taking `busyMs` of real time; returns what the page saw. */
function frame(at: number, busyMs: number): { start: number; end: number } {
  real = at;
  let start = 0, end = 0;
  window.requestAnimationFrame(() => { start = performance.now(); real += busyMs; end = performance.now(); });
  const ts = at;
  for (const cb of queued.splice(0)) cb(ts);
  return { start, end };
}

describe('bench probe: paced clock', () => {
  it('leaves the real clock alone until asked', () => {
    const a = frame(6_000, 3), b = frame(7_000, 3);
    expect(b.start - a.start).toBe(1_000);
    expect(a.end - a.start).toBe(3);
  });

  it('starts each frame 1/60 s after the last, whatever the real gap, and keeps real time within a frame', () => {
    (window as unknown as { __bench: Bench }).__bench.useFrameClock();
    const seen = [frame(6_000, 2), frame(6_020, 5), frame(8_500, 4), frame(11_000, 1)];
    for (let i = 1; i < seen.length; i++) expect(seen[i].start - seen[i - 1].start).toBeCloseTo(FRAME_MS, 9);
    expect(seen.map((s) => s.end - s.start)).toEqual([2, 5, 4, 1]);
  });

  it('never runs past the next frame’s start, so the clock only moves forward', () => {
    (window as unknown as { __bench: Bench }).__bench.useFrameClock();
    const long = frame(6_000, 900);
    expect(long.end - long.start).toBeLessThan(FRAME_MS);
    const next = frame(7_000, 1);
    expect(next.start).toBeGreaterThan(long.end);
  });
});
