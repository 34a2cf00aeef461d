// `npm run classroom`'s arguments, and the page and files its server hands out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../src/classroom/main';
import { markClassroomPage, startClassroom, type ClassroomServer } from '../../src/classroom/server';
import { CLASSROOM_META, isRoomCode } from '../../src/classroom/protocol';

describe('npm run classroom arguments', () => {
  it('defaults to port 5174 on loopback; takes --port, --lan, --redis', () => {
    expect(parseArgs([])).toEqual({ port: 5174, lan: false, redisUrl: null });
    expect(parseArgs(['--port', '6000', '--lan', '--redis', 'redis://127.0.0.1:6379'])).toEqual({ port: 6000, lan: true, redisUrl: 'redis://127.0.0.1:6379' });
  });
  it('says what is wrong with bad arguments', () => {
    expect(parseArgs(['--port', 'abc'])).toMatch(/--port needs a number/);
    expect(parseArgs(['--port', '70000'])).toMatch(/--port/);
    expect(parseArgs(['--redis', 'http://x'])).toMatch(/--redis needs a URL/);
    expect(parseArgs(['--open'])).toMatch(/unknown option/);
  });
});

describe('the classroom server serves the app', () => {
  let dir: string;
  let server: ClassroomServer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'corium-dist-'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8" /><title>x</title></head><body></body></html>');
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'a.js'), 'export {}');
    writeFileSync(path.join(os.tmpdir(), 'corium-secret.txt'), 'secret');
    server = await startClassroom({ port: 0, host: '127.0.0.1', distDir: dir });
  });
  afterAll(async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); });

  it('marks its page as a classroom page, after the charset', async () => {
    const html = await (await fetch(`${server.origin}/`)).text();
    expect(html).toContain(`<meta name="${CLASSROOM_META}" content="1" />`);
    expect(html.indexOf('charset')).toBeLessThan(html.indexOf(CLASSROOM_META));
    expect(markClassroomPage('<html><head></head></html>')).toContain(CLASSROOM_META);
  });
  it('serves files from dist/ only', async () => {
    const js = await fetch(`${server.origin}/assets/a.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${server.origin}/%2e%2e/corium-secret.txt`)).status).toBe(404);
    expect((await fetch(`${server.origin}/nope.js`)).status).toBe(404);
  });
  it('makes rooms by POST only, each with an unguessable code and token', async () => {
    expect((await fetch(`${server.origin}/classroom/rooms`)).status).toBe(405);
    const rooms = await Promise.all([1, 2, 3].map(async () => (await fetch(`${server.origin}/classroom/rooms`, { method: 'POST' })).json() as Promise<{ code: string; token: string }>));
    for (const r of rooms) { expect(isRoomCode(r.code)).toBe(true); expect(r.token).toHaveLength(43); }
    expect(new Set(rooms.map((r) => r.code)).size).toBe(3);
  });
});
