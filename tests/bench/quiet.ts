// Waits until the machine is quiet before a timed cold load. Closing a page does not stop what it
// set going: its renderer's teardown, shaders still compiling in the GPU process, the service
// worker storing the offline copy once the view settled. Left running, that work fell into the
// next load: in alternating app/floor loads, every load that followed an app load came out
// 0.6–1 s slower than one that followed a floor load, for the app and the floor alike.
import { readFileSync } from 'node:fs';

/** Total and idle jiffies over all CPUs, from the first line of /proc/stat. */
export interface CpuTimes { readonly total: number; readonly idle: number }

export function cpuTimes(procStat: string): CpuTimes {
  const fields = (procStat.split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  if (fields.length < 4 || fields.some((n) => !Number.isFinite(n))) throw new Error('unreadable /proc/stat');
  // user nice system idle iowait irq softirq steal …: idle and iowait are both a core with nothing to run.
  const idle = fields[3]! + (fields[4] ?? 0);
  return { total: fields.reduce((a, b) => a + b, 0), idle };
}

/** The share of CPU time spent idle between two readings (1 when nothing ran). */
export function idleShare(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total > 0 ? (after.idle - before.idle) / total : 1;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the CPUs were at least `idle` idle over a `windowMs` window, or after `maxMs`.
 * Without /proc/stat (not Linux) it waits `windowMs` once.
 */
export async function untilQuiet({ idle = 0.9, windowMs = 300, maxMs = 15_000 } = {}): Promise<void> {
  const read = (): CpuTimes | null => { try { return cpuTimes(readFileSync('/proc/stat', 'utf8')); } catch { return null; } };
  const deadline = Date.now() + maxMs;
  let before = read();
  if (!before) return sleep(windowMs);
  while (Date.now() < deadline) {
    await sleep(windowMs);
    const after = read()!;
    if (idleShare(before, after) >= idle) return;
    before = after;
  }
}
