// The bench's quiet check reads /proc/stat: idle share between two readings.
import { describe, expect, it } from 'vitest';
import { cpuTimes, idleShare } from './quiet';

const stat = (user: number, idle: number, iowait = 0) => `cpu  ${user} 0 10 ${idle} ${iowait} 0 0 0 0 0\ncpu0 1 2 3 4\n`;

describe('quiet machine', () => {
  it('reads total and idle (idle + iowait) time from /proc/stat', () => {
    expect(cpuTimes(stat(100, 500, 20))).toEqual({ total: 630, idle: 520 });
    expect(() => cpuTimes('garbage')).toThrow();
  });

  it('is the share of time idle between two readings', () => {
    expect(idleShare(cpuTimes(stat(100, 500)), cpuTimes(stat(110, 590)))).toBeCloseTo(0.9);
    expect(idleShare(cpuTimes(stat(100, 500)), cpuTimes(stat(200, 500)))).toBe(0);
    expect(idleShare(cpuTimes(stat(100, 500)), cpuTimes(stat(100, 500)))).toBe(1);
  });
});
