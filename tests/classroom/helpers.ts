// Real classroom servers, Redis and Node clients for the room-rule tests and the bench: all on
// loopback, on free ports, stopped by whoever started them.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, Socket } from 'node:net';
import WebSocket from 'ws';
import { startClassroom, type ClassroomServer, type ClassroomOptions } from '../../src/classroom/server';
import { StudentConnection, TeacherConnection, createRoom, type ClassStatus } from '../../src/classroom/client';

/**
 * ws's WebSocket, closed the way a browser's is. Closing a socket that is still connecting (a test
 * ending during a reconnection) makes ws emit 'error'; the provider has removed its own handler by
 * then, and Node throws an unhandled 'error' event, which a browser's WebSocket never does.
 */
export class NodeWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {});
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const a = s.address(); const port = typeof a === 'object' && a ? a.port : 0; s.close(() => resolve(port)); });
  });
}

export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function classroom(options: Partial<ClassroomOptions> = {}): Promise<ClassroomServer> {
  return startClassroom({ port: 0, host: '127.0.0.1', distDir: null, ...options });
}

/** A Redis of our own on a free loopback port, nothing saved to disk. */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  await waitFor(() => child.exitCode === null, 1000, 'redis to start');
  // Listening once a TCP connection is accepted.
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = new Socket();
      s.once('connect', () => { s.destroy(); resolve(true); }).once('error', () => resolve(false)).connect(port, '127.0.0.1');
    });
    if (ok) break;
    await sleep(50);
  }
  return { url, stop: () => new Promise((resolve) => { if (child.exitCode !== null) { resolve(); return; } child.once('exit', () => resolve()); child.kill('SIGTERM'); }) };
}

export interface Tracked { connection: TeacherConnection | StudentConnection; statuses: ClassStatus[] }

export function teacher(origin: string, code: string, token: string, graceMs?: number): TeacherConnection & { statuses: ClassStatus[] } {
  const statuses: ClassStatus[] = [];
  const t = new TeacherConnection({ origin, code, WebSocketPolyfill: NodeWebSocket, onStatus: (s) => statuses.push(s), graceMs }, token);
  return Object.assign(t, { statuses });
}

export function student(origin: string, code: string, id?: string, graceMs?: number): StudentConnection & { statuses: ClassStatus[] } {
  const statuses: ClassStatus[] = [];
  const s = new StudentConnection({ origin, code, WebSocketPolyfill: NodeWebSocket, onStatus: (st) => statuses.push(st), graceMs }, id);
  return Object.assign(s, { statuses });
}

export async function newRoomOn(server: { origin: string }): Promise<{ code: string; token: string }> {
  const room = await createRoom(server.origin);
  if (!room) throw new Error('the classroom server made no room');
  return room;
}
