// `?test&bench=N` (for `npm run bench`): the primary block draws N synthetic punctures instead of
// its treatment's layout, so the frame cost can be measured against the number of punctures.
import { createRandom, type PunctureLayout } from '../model';
import { intParam, TEST_MODE } from '../state/flags';

/** Synthetic punctures requested by the address; 0 (off) without `?test`. */
export const BENCH_PUNCTURES = TEST_MODE ? Math.min(intParam('bench', 0), 1_000_000) : 0;

/**
 * N punctures spread evenly over the block's surface, made at times spread over the whole
 * time-lapse (more of them early, as in a course), so every healing stage is on screen at once.
 */
export function syntheticPunctures(count: number, blockMm: number, spanHours: number, seed = 1): PunctureLayout {
  const rnd = createRandom(seed);
  const half = blockMm / 2;
  const xMm = new Float32Array(count), zMm = new Float32Array(count), createdAtHours = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    xMm[i] = rnd.range(-half, half);
    zMm[i] = rnd.range(-half, half);
    createdAtHours[i] = rnd.next() ** 3 * spanHours;
  }
  return { count, xMm, zMm, createdAtHours };
}
