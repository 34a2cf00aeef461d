// `?test&bench=N`'s synthetic punctures: exactly N, on the block, seeded, made across the whole time-lapse.
import { describe, expect, it } from 'vitest';
import { BENCH_PUNCTURES, syntheticPunctures } from '../../src/scene/benchPunctures';

describe('synthetic punctures for the bench', () => {
  it('are off outside the browser (no ?test&bench in the address)', () => {
    expect(BENCH_PUNCTURES).toBe(0);
  });

  it('lays exactly N punctures inside the block, made between hour 0 and the end of the time-lapse', () => {
    const l = syntheticPunctures(10_000, 4, 9000);
    expect(l.count).toBe(10_000);
    for (const a of [l.xMm, l.zMm, l.createdAtHours]) expect(a).toHaveLength(10_000);
    expect(Math.max(...l.xMm.map(Math.abs), ...l.zMm.map(Math.abs))).toBeLessThanOrEqual(2);
    expect(Math.min(...l.createdAtHours)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...l.createdAtHours)).toBeLessThanOrEqual(9000);
  });

  it('spreads creation times, so every stage of healing is on screen at once', () => {
    const t = syntheticPunctures(10_000, 4, 9000).createdAtHours;
    const share = (lo: number, hi: number) => t.filter((h) => h >= lo && h < hi).length / t.length;
    expect(share(0, 24)).toBeGreaterThan(0.1);
    expect(share(24, 24 * 30)).toBeGreaterThan(0.1);
    expect(share(24 * 30, 9000)).toBeGreaterThan(0.1);
  });

  it('is the same for the same seed, so runs compare', () => {
    expect(syntheticPunctures(100, 4, 9000, 3)).toEqual(syntheticPunctures(100, 4, 9000, 3));
    expect(syntheticPunctures(100, 4, 9000, 3).xMm).not.toEqual(syntheticPunctures(100, 4, 9000, 4).xMm);
  });
});
