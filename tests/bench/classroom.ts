// The classroom part of `npm run bench` (alone: `npm run bench -- --classroom-only`). On loopback:
// a teacher and 30, 100, 300 headless students (the app's own connection code, with `ws`), the time
// from a teacher's change to the last student having it, and the server's memory per student; then
// the same through two servers sharing one local Redis (teacher on one, students split over both).
// Bounded: each run makes CHANGES changes and gives each at most CHANGE_TIMEOUT_MS.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createRoom, StudentConnection, TeacherConnection } from '../../src/classroom/client';
import { NodeWebSocket, startRedis } from '../classroom/helpers';
import { ROOT } from '../e2e/harness';

export const STUDENT_COUNTS = [30, 100, 300] as const;
const CHANGES = 30;
const CHANGE_TIMEOUT_MS = 5000;

export interface ClassroomRun {
  readonly students: number;
  readonly servers: 1 | 2;
  readonly p50Ms: number;
  readonly p95Ms: number;
  /** Changes some student never got within CHANGE_TIMEOUT_MS. */
  readonly lost: number;
  /** The server's heap (+ external) per student, kB (for two servers, both together). */
  readonly kBPerStudent: number;
  readonly rssKBPerStudent: number;
}

interface Child { port: number; memory(): Promise<{ heap: number; rss: number }>; stop(): Promise<void> }

async function startServer(redisUrl = ''): Promise<Child> {
  const child: ChildProcess = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(ROOT, 'tests/bench/classroomServer.ts'), redisUrl],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const next = (): Promise<string> => new Promise((resolve) => waiting.push(resolve));
  const port = Number((await next()).split(' ')[1]);
  return {
    port,
    memory: async () => { const reply = next(); child.stdin!.write('memory\n'); return JSON.parse((await reply).slice(7)) as { heap: number; rss: number }; },
    stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.stdin!.write('stop\n'); setTimeout(() => child.kill('SIGKILL'), 5000).unref(); }),
  };
}

const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(probe: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) { if (Date.now() > deadline) return false; await sleep(5); }
  return true;
}

async function run(students: number, servers: Child[]): Promise<ClassroomRun> {
  const origins = servers.map((s) => `http://127.0.0.1:${s.port}`);
  const room = await createRoom(origins[0]);
  if (!room) throw new Error('no room');
  const before = await Promise.all(servers.map((s) => s.memory()));
  const teacher = new TeacherConnection({ origin: origins[0], code: room.code, WebSocketPolyfill: NodeWebSocket }, room.token);
  const pupils: StudentConnection[] = [];
  // Joining in small waves, as a class does, without 300 handshakes in the same millisecond.
  for (let i = 0; i < students; i++) {
    pupils.push(new StudentConnection({ origin: origins[i % origins.length], code: room.code, WebSocketPolyfill: NodeWebSocket, graceMs: 60_000 }));
    if (i % 25 === 24) await sleep(50);
  }
  const connections = [teacher, ...pupils];
  try {
    if (!(await until(() => connections.every((c) => c.status === 'live'), 60_000))) throw new Error(`not every student joined (${pupils.filter((p) => p.status === 'live').length}/${students})`);
    const latencies: number[] = [];
    let lost = 0;
    // The time at which each student saw each change: recorded by an observer, not by polling.
    for (let i = 0; i < CHANGES; i++) {
      const address = `?scenario=deep-incision&t=${i + 1}&view=tissue`;
      const seen = new Map<StudentConnection, number>();
      const stops = pupils.map((p) => {
        const map = p.room;
        const observer = (): void => { if (!seen.has(p) && map.get('address') === address) seen.set(p, performance.now()); };
        map.observe(observer);
        return () => map.unobserve(observer);
      });
      const sent = performance.now();
      teacher.say({ type: 'show', view: { address } });
      const all = await until(() => seen.size === students, CHANGE_TIMEOUT_MS);
      for (const stop of stops) stop();
      if (all) latencies.push(Math.max(...seen.values()) - sent); else lost++;
      await sleep(20);
    }
    const after = await Promise.all(servers.map((s) => s.memory()));
    const sum = (xs: { heap: number; rss: number }[], k: 'heap' | 'rss'): number => xs.reduce((a, m) => a + m[k], 0);
    return {
      students, servers: servers.length as 1 | 2,
      p50Ms: Math.round(percentile(latencies, 50) * 10) / 10, p95Ms: Math.round(percentile(latencies, 95) * 10) / 10, lost,
      kBPerStudent: Math.round((sum(after, 'heap') - sum(before, 'heap')) / students / 1024 * 10) / 10,
      rssKBPerStudent: Math.round((sum(after, 'rss') - sum(before, 'rss')) / students / 1024 * 10) / 10,
    };
  } finally {
    for (const c of connections) c.destroy();
    await sleep(1500);
  }
}

export async function benchClassroom(log: (m: string) => void): Promise<ClassroomRun[]> {
  const results: ClassroomRun[] = [];
  const one = await startServer();
  try {
    for (const n of STUDENT_COUNTS) { log(`classroom: ${n} students, one server`); results.push(await run(n, [one])); }
  } finally { await one.stop(); }
  const redis = await startRedis();
  const pair = [await startServer(redis.url), await startServer(redis.url)];
  try {
    for (const n of STUDENT_COUNTS) { log(`classroom: ${n} students, two servers through Redis`); results.push(await run(n, pair)); }
  } finally { for (const s of pair) await s.stop(); await redis.stop(); }
  return results;
}

export function formatClassroom(runs: readonly ClassroomRun[]): string {
  const rows = runs.map((r) => `| ${r.students} | ${r.servers === 1 ? 'one' : 'two + Redis'} | ${r.p50Ms} | ${r.p95Ms} | ${r.lost} | ${r.kBPerStudent} | ${r.rssKBPerStudent} |`);
  return ['| students | servers | change → last student p50 (ms) | p95 (ms) | lost | server heap per student (kB) | server RSS per student (kB) |',
    '|---|---|---|---|---|---|---|', ...rows].join('\n');
}
