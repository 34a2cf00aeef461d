// Playback advances along the log-like axis at the chosen speed, never leaps on a long frame,
// and stops exactly at the end of the span.
import { describe, expect, it } from 'vitest';
import { timeToAxis } from '../../src/model';
import { advancePlayback, PLAYBACK_SECONDS } from '../../src/state/playback';

const SPAN = 8760;

describe('advancePlayback', () => {
  it('slow < normal < fast, and the whole span takes PLAYBACK_SECONDS at each speed', () => {
    expect(PLAYBACK_SECONDS.slow).toBeGreaterThan(PLAYBACK_SECONDS.normal);
    expect(PLAYBACK_SECONDS.normal).toBeGreaterThan(PLAYBACK_SECONDS.fast);
    for (const speed of ['slow', 'normal', 'fast'] as const) {
      let t = 0;
      let frames = 0;
      for (let ended = false; !ended; frames++) ({ timeHours: t, ended } = advancePlayback(t, SPAN, 1 / 20, speed));
      expect(t).toBe(SPAN);
      expect(frames / 20).toBeCloseTo(PLAYBACK_SECONDS[speed], 0);
    }
  });

  it('one frame moves a fixed share of the axis; a stalled frame counts as 0.1 s', () => {
    const a = advancePlayback(24, SPAN, 0.05, 'normal');
    expect(timeToAxis(a.timeHours, SPAN) - timeToAxis(24, SPAN)).toBeCloseTo(0.05 / PLAYBACK_SECONDS.normal, 9);
    const stalled = advancePlayback(24, SPAN, 30, 'normal');
    expect(timeToAxis(stalled.timeHours, SPAN) - timeToAxis(24, SPAN)).toBeCloseTo(0.1 / PLAYBACK_SECONDS.normal, 9);
    expect(advancePlayback(24, SPAN, -1, 'fast').timeHours).toBeCloseTo(24, 9);
  });
});
