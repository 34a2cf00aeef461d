// The room rules on a real classroom server on loopback, with Node clients driving the same
// connection code as the app (src/classroom/client.ts).
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { classroom, newRoomOn, NodeWebSocket, sleep, student, teacher, waitFor } from './helpers';
import { IDLE_EXPIRY_MS, MAX_STUDENTS, roomDoc } from '../../src/classroom/protocol';
import { socketUrl } from '../../src/classroom/client';
import type { ClassroomServer } from '../../src/classroom/server';

const cleanup: (() => unknown)[] = [];
afterEach(async () => { for (const stop of cleanup.splice(0).reverse()) await stop(); });
const track = <T extends { destroy(): void }>(c: T): T => { cleanup.push(() => c.destroy()); return c; };
async function server(options: Parameters<typeof classroom>[0] = {}): Promise<ClassroomServer> {
  const s = await classroom(options);
  cleanup.push(() => s.close());
  return s;
}

const ADDRESS = '?scenario=deep-incision&t=72&view=channel';

describe('classroom rooms', { timeout: 30_000 }, () => {
  it('the teacher shows, students follow; nobody but the server writes', async () => {
    const s = await server();
    const { code, token } = await newRoomOn(s);
    const t = track(teacher(s.origin, code, token));
    const a = track(student(s.origin, code));
    await waitFor(() => t.status === 'live' && a.status === 'live', 10_000, 'both live');
    t.say({ type: 'show', view: { address: ADDRESS, playing: true, speed: 'fast', camera: [1, 2, 3, 0, 0, 0] } });
    await waitFor(() => a.room.get('address') === ADDRESS, 10_000, 'the student to follow');
    expect(a.room.get('playing')).toBe(true);
    expect(a.room.get('camera')).toEqual([1, 2, 3, 0, 0, 0]);

    // A student writing into its own copy: the server drops it, the teacher never sees it.
    a.room.set('address', '?scenario=burn-deep-partial');
    // A student asking the server to show something: not the teacher, dropped.
    a.say({ type: 'show', view: { address: '?scenario=burn-deep-partial' } } as never);
    await sleep(300);
    expect(t.room.get('address')).toBe(ADDRESS);
    const b = track(student(s.origin, code));
    await waitFor(() => b.status === 'live', 10_000, 'a late student');
    expect(b.room.get('address')).toBe(ADDRESS);
    expect(s.rooms.dropped.messages).toBeGreaterThanOrEqual(1);
  });

  it('drops malformed messages and closes oversized frames and messages a page may not send', async () => {
    const s = await server();
    const { code, token } = await newRoomOn(s);
    const t = track(teacher(s.origin, code, token));
    await waitFor(() => t.status === 'live');
    t.say({ type: 'show', view: { address: ADDRESS } });
    await waitFor(() => t.room.get('address') === ADDRESS);
    const before = s.rooms.dropped.messages;
    const bad: unknown[] = [
      { type: 'show', view: { address: '?scenario=nope' } },
      { type: 'show', view: { address: '?scenario=deep-incision&mode=presenter' } },
      { type: 'show', view: { address: ADDRESS, secret: 1 } },
      { type: 'show', view: { camera: [1, 2, 3] } },
      { type: 'show', view: { camera: [1e9, 0, 0, 0, 0, 0] } },
      { type: 'show', view: { speed: 'warp' } },
      { type: 'show', view: { tour: { id: 'layers', step: 99 } } },
      { type: 'ask', question: { tour: 'layers', index: 99 } },
      { type: 'show', view: { address: `?scenario=deep-incision&x=${'a'.repeat(5000)}` } },
    ];
    for (const m of bad) t.say(m as never);
    // A raw string that is not JSON at all.
    (t as unknown as { providers: { sendStateless(s: string): void }[] }).providers[0].sendStateless('{not json');
    await waitFor(() => s.rooms.dropped.messages - before === bad.length + 1, 10_000, 'every bad message dropped');
    expect(t.room.get('address')).toBe(ADDRESS);
    expect(t.room.get('camera')).toBeUndefined();

    // A frame over 64 kB closes that socket (ws maxPayload) before anything reads it.
    const ws = new WebSocket(socketUrl(s.origin));
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (c) => r(c)));
    ws.send(new Uint8Array(70 * 1024));
    expect(await closed).toBe(1009);

    // Awareness would let a page reach the others directly: a student sending it is cut off.
    const a = track(student(s.origin, code));
    await waitFor(() => a.status === 'live');
    const raw = new WebSocket(socketUrl(s.origin));
    await new Promise((r) => raw.once('open', r));
    const { encodeAuth, encodeAwareness } = await import('./wire');
    raw.send(encodeAuth(roomDoc(code), `student:${'x'.repeat(16)}`));
    await sleep(200);
    const rawClosed = new Promise<void>((r) => raw.once('close', () => r()));
    raw.send(encodeAwareness(roomDoc(code)));
    await rawClosed;
    expect(s.rooms.dropped.closed).toBeGreaterThanOrEqual(1);
  });

  it('checks tokens: a wrong teacher token, a student at the answers, an unknown code', async () => {
    const s = await server();
    const { code, token } = await newRoomOn(s);
    const other = await newRoomOn(s);
    const impostor = track(teacher(s.origin, code, other.token));
    await waitFor(() => impostor.statuses.includes('refused'), 10_000, 'the wrong token refused');
    const unknown = track(student(s.origin, 'ABCDEFGHJK'));
    await waitFor(() => unknown.status === 'ended', 10_000, 'an unknown code said');
    // A student connecting to the teacher's answers document.
    const { StudentConnection } = await import('../../src/classroom/client');
    const sneaky = new Y.Doc();
    const { HocuspocusProvider, HocuspocusProviderWebsocket } = await import('@hocuspocus/provider');
    const socket = new HocuspocusProviderWebsocket({ url: socketUrl(s.origin), WebSocketPolyfill: NodeWebSocket });
    let reason = '';
    const p = new HocuspocusProvider({ websocketProvider: socket, name: `class:${code}:answers`, document: sneaky, token: 'student:abcdefghijklmnop', awareness: null, onAuthenticationFailed: (e) => { reason = e.reason; } });
    p.attach();
    cleanup.push(() => { p.destroy(); socket.destroy(); });
    await waitFor(() => reason, 10_000, 'the answers refused');
    expect(reason).toBe('teacher-only');
    expect(StudentConnection).toBeTypeOf('function');
    // The room's own teacher is let in.
    const t = track(teacher(s.origin, code, token));
    await waitFor(() => t.status === 'live');
  });

  it('counts one answer per student for the open question, with nicknames in the room', async () => {
    const s = await server();
    const { code, token } = await newRoomOn(s);
    const t = track(teacher(s.origin, code, token));
    const a = track(student(s.origin, code));
    const b = track(student(s.origin, code));
    await waitFor(() => [t, a, b].every((c) => c.status === 'live'));
    await waitFor(() => t.answers!.getMap('roster').size === 2, 10_000, 'two students on the roster');
    a.say({ type: 'nickname', nickname: '  Ana ' });
    t.say({ type: 'ask', question: { tour: 'scar', index: 0 } });
    const q = await waitFor(() => a.room.get('question') as { seq: number } | undefined, 10_000, 'the question');
    const { choicesOf } = await import('../../src/classroom/protocol');
    const [first, second] = choicesOf({ tour: 'scar', index: 0 });
    a.say({ type: 'answer', seq: q.seq, choice: first });
    a.say({ type: 'answer', seq: q.seq, choice: second });
    b.say({ type: 'answer', seq: q.seq, choice: second });
    b.say({ type: 'answer', seq: q.seq, choice: 'not-a-choice' });
    const answers = t.answers!.getMap<string>('answers');
    await waitFor(() => answers.size === 2, 10_000, 'two answers');
    await sleep(200);
    expect([...answers.values()].sort()).toEqual([`${q.seq}:${first}`, `${q.seq}:${second}`].sort());
    expect(answers.get(a.studentId)).toBe(`${q.seq}:${first}`);
    expect(t.answers!.getMap('roster').get(a.studentId)).toBe('Ana');
    // After the explanation, no more answers.
    t.say({ type: 'reveal' });
    await waitFor(() => (b.room.get('question') as { reveal: boolean }).reveal);
    b.destroy();
    await waitFor(() => t.answers!.getMap('roster').size === 1, 10_000, 'the student who left off the roster');
  });

  it('keeps a nickname as the student typed it (spaces tidied), drops invisible, control, over-long and non-text ones', async () => {
    const s = await server();
    const { code, token } = await newRoomOn(s);
    const t = track(teacher(s.origin, code, token));
    const a = track(student(s.origin, code));
    await waitFor(() => t.status === 'live' && a.status === 'live');
    const roster = t.answers!.getMap<string>('roster');
    await waitFor(() => roster.has(a.studentId), 10_000, 'the student on the roster');
    const nickname = (): string | undefined => roster.get(a.studentId);
    const say = async (value: unknown, expected: string): Promise<void> => {
      a.say({ type: 'nickname', nickname: value as string });
      await waitFor(() => nickname() === expected, 10_000, `nickname ${JSON.stringify(expected)}`);
    };
    // Markup is only text: kept as typed, for the teacher's page to show as text.
    await say('<b>Ana</b>', '<b>Ana</b>');
    await say('  José\t\u00a0Ñ  ', 'José Ñ');
    await say('李小龍 🙂', '李小龍 🙂');
    const before = s.rooms.dropped.messages;
    const hostile: unknown[] = [
      'Ana\u202Egnp.exe', // a right-to-left override: reads as another name
      'A\u200Bna', // zero-width space
      'Ana\u0007', // a control character
      'x'.repeat(25), // one over MAX_NICKNAME
      'x\u0301'.repeat(13), // 26 code points (x has no precomposed accent): combining marks count
      42, null, { name: 'Ana' },
    ];
    for (const h of hostile) a.say({ type: 'nickname', nickname: h as string });
    await waitFor(() => s.rooms.dropped.messages - before === hostile.length, 10_000, 'every hostile nickname dropped');
    expect(nickname()).toBe('李小龍 🙂');
    // A name of exactly 24 characters, and an empty one (no nickname), are both fine.
    await say('y'.repeat(24), 'y'.repeat(24));
    await say('', '');
  });

  it('rooms expire after 12 idle hours (injected clock) and their teacher cannot bring them back', async () => {
    let now = Date.now();
    const s = await server({ now: () => now, sweepEveryMs: 50 });
    const { code, token } = await newRoomOn(s);
    const t = track(teacher(s.origin, code, token, 1500));
    const a = track(student(s.origin, code, undefined, 1500));
    await waitFor(() => t.status === 'live' && a.status === 'live');
    now += IDLE_EXPIRY_MS - 60_000;
    await sleep(200);
    expect(a.status).toBe('live');
    now += 120_000;
    await waitFor(() => a.status === 'ended' && t.status === 'ended', 8000, 'the class to end for both');
    const late = track(student(s.origin, code));
    await waitFor(() => late.status === 'ended', 10_000, 'a late student told');
  });

  it('holds at most 200 students', async () => {
    const s = await server();
    const { code } = await newRoomOn(s);
    for (let i = 0; i < MAX_STUDENTS - 1; i++) expect(await s.registry.join(code, `student-number-${i}`)).toBe('ok');
    const last = track(student(s.origin, code));
    await waitFor(() => last.status === 'live', 10_000, 'the 200th student');
    const over = track(student(s.origin, code));
    await waitFor(() => over.status === 'full', 10_000, 'the 201st refused');
    last.destroy();
    await sleep(300);
    const next = track(student(s.origin, code));
    await waitFor(() => next.status === 'live', 10_000, 'a seat freed');
  });

  it('teacher and students reconnect and resync after the server restarts', async () => {
    const first = await classroom();
    const port = first.port;
    const { code, token } = await newRoomOn(first);
    const t = track(teacher(first.origin, code, token));
    // The app republishes what it shows each time it is synced (a restarted server starts empty).
    let shown = ADDRESS;
    t.onSynced(() => t.say({ type: 'show', view: { address: shown } }));
    const a = track(student(first.origin, code));
    await waitFor(() => a.room.get('address') === ADDRESS, 10_000);
    await first.close();
    await waitFor(() => a.status === 'reconnecting', 10_000, 'the student to notice');
    const second = await server({ port });
    expect(second.port).toBe(port);
    shown = '?scenario=burn-deep-partial&t=24&view=tissue';
    await waitFor(() => t.status === 'live', 8000, 'the teacher back');
    await waitFor(() => a.status === 'live' && a.room.get('address') === shown, 8000, 'the student back, with what is shown now');
  });

  it('a connection closed while it is still connecting (a student who leaves at once) raises nothing', async () => {
    const s = await server();
    const { code } = await newRoomOn(s);
    // With ws's own WebSocket this raised "WebSocket was closed before the connection was
    // established" as an uncaught exception (seen when a reconnection was under way at a test's end).
    for (let i = 0; i < 5; i++) student(s.origin, code).destroy();
    await sleep(300);
  });
});
