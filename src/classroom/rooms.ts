// Server only: the room rules, as a Hocuspocus extension.
// - Every connection is read-only: Hocuspocus itself drops any document update a page sends.
// - The teacher proves the room is theirs with its secret token (roomCode.ts); a student needs a
//   room that exists and has room for them (≤ MAX_STUDENTS), and may open only the room document.
// - Pages change the room only through stateless messages, each parsed by protocol.ts; the server
//   writes what passes into the document (so it reaches everyone, and other servers through
//   Redis) and drops the rest. Awareness and broadcast messages would let a page reach the others
//   directly: a connection that sends one is closed.
// - Rooms idle for IDLE_EXPIRY_MS end: their connections are closed and their code stops working.
import * as decoding from 'lib0/decoding';
import type { Document, Extension, Hocuspocus, onAuthenticatePayload, onStatelessPayload, beforeHandleMessagePayload, connectedPayload, onDisconnectPayload } from '@hocuspocus/server';
import { MessageType } from '@hocuspocus/server';
import { isTeacherOf } from './roomCode';
import type { RoomRegistry } from './registry';
import {
  answersDoc, choicesOf, MAX_MESSAGE_CHARS, parseCredentials, parseDocName, parseStudentMessage, parseTeacherMessage, roomDoc,
  ENDED_MESSAGE, ROOM_MAP, type Question, type TeacherMessage,
} from './protocol';

/** The reason a connection was refused, as the page's provider receives it. */
export type Refusal = 'unknown-room' | 'bad-token' | 'teacher-only' | 'room-full';
const refuse = (reason: Refusal): Error => Object.assign(new Error(reason), { reason });

interface Who { role?: 'teacher' | 'student'; code?: string; id?: string }

/** Messages a page may send: sync (its state vector; its updates are dropped, read-only), auth, stateless, close. */
const ALLOWED = new Set<number>([MessageType.Sync, MessageType.SyncReply, MessageType.Auth, MessageType.Stateless, MessageType.CLOSE]);
/** The teacher's use renews the room at most this often (a Redis write each time). */
const TOUCH_EVERY_MS = 60_000;

export class ClassroomRooms implements Extension {
  extensionName = 'corium-classroom';
  private instance: Hocuspocus | null = null;
  private readonly lastTouch = new Map<string, number>();
  /** The server is shutting down: the students leaving now are not news to anyone. */
  stopping = false;
  /** Counts of what was dropped, for the tests and the log. */
  readonly dropped = { messages: 0, closed: 0 };

  constructor(private readonly registry: RoomRegistry, private readonly now: () => number = Date.now) {}

  async onConfigure({ instance }: { instance: Hocuspocus }): Promise<void> { this.instance = instance; }

  async onAuthenticate({ documentName, token, connectionConfig, context }: onAuthenticatePayload): Promise<void> {
    connectionConfig.readOnly = true;
    const doc = parseDocName(documentName);
    if (!doc) throw refuse('unknown-room');
    const who = parseCredentials(token);
    if (!who) throw refuse('bad-token');
    const ctx = context as Who;
    if (who.role === 'teacher') {
      if (!isTeacherOf(doc.code, who.token)) throw refuse('bad-token');
      // The teacher may bring back a room this server forgot (a restart): only they hold its token.
      if (!(await this.registry.reopen(doc.code))) throw refuse('unknown-room');
      Object.assign(ctx, { role: 'teacher', code: doc.code });
      return;
    }
    if (doc.kind !== 'room') throw refuse('teacher-only');
    const joined = await this.registry.join(doc.code, who.id);
    if (joined === 'unknown') throw refuse('unknown-room');
    if (joined === 'full') throw refuse('room-full');
    Object.assign(ctx, { role: 'student', code: doc.code, id: who.id });
  }

  async connected({ context }: connectedPayload): Promise<void> {
    const { role, code, id } = context as Who;
    if (role === 'student' && code && id) await this.writeAnswers(code, (doc) => { const roster = doc.getMap<string>('roster'); if (!roster.has(id)) roster.set(id, ''); });
  }

  async onDisconnect({ context }: onDisconnectPayload): Promise<void> {
    const { role, code, id } = context as Who;
    if (role !== 'student' || !code || !id) return;
    // A server shutting down disconnects everyone after its Redis is gone: nothing left to tell.
    await this.registry.leave(code, id).catch(() => undefined);
    await this.writeAnswers(code, (doc) => doc.getMap('roster').delete(id)).catch(() => undefined);
  }

  async beforeHandleMessage({ update, connection }: beforeHandleMessagePayload): Promise<void> {
    const decoder = decoding.createDecoder(update);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (ALLOWED.has(type) && update.length <= MAX_MESSAGE_CHARS * 4) return;
    this.dropped.closed++;
    // The whole socket, not only this document: a page that sends this is not ours.
    connection.webSocket.close(4403, 'not-allowed');
    throw Object.assign(new Error('message not allowed'), { code: 4403, reason: 'not-allowed' });
  }

  async onStateless({ payload, document, connection }: onStatelessPayload): Promise<void> {
    const { role, code, id } = connection.context as Who;
    if (!code) return;
    const ok = role === 'teacher' && document.name === roomDoc(code) ? this.teacherSays(document, parseTeacherMessage(payload), code)
      : role === 'student' && id ? await this.studentSays(document, payload, code, id)
        : false;
    if (!ok) this.dropped.messages++;
  }

  private teacherSays(document: Document, message: TeacherMessage | null, code: string): boolean {
    if (!message) return false;
    const room = document.getMap<unknown>(ROOM_MAP);
    const question = room.get('question') as Question | null | undefined;
    document.transact(() => {
      switch (message.type) {
        case 'show':
          for (const [key, value] of Object.entries(message.view)) {
            if (JSON.stringify(room.get(key)) !== JSON.stringify(value)) room.set(key, value);
          }
          break;
        case 'recall':
          room.set('explore', false);
          room.set('recall', ((room.get('recall') as number | undefined) ?? 0) + 1);
          break;
        case 'ask':
          room.set('question', { ...message.question, seq: (question?.seq ?? 0) + 1, reveal: false } satisfies Question);
          break;
        case 'reveal':
          if (question) room.set('question', { ...question, reveal: true });
          break;
        case 'endQuestion':
          room.set('question', null);
          break;
      }
    });
    const last = this.lastTouch.get(code) ?? 0;
    if (this.now() - last > TOUCH_EVERY_MS) { this.lastTouch.set(code, this.now()); void this.registry.touch(code).catch(() => undefined); }
    return true;
  }

  /** A student's answer (one per question, while it is open, among its choices) or nickname. */
  private async studentSays(document: Document, payload: string, code: string, id: string): Promise<boolean> {
    const message = parseStudentMessage(payload);
    if (!message) return false;
    if (message.type === 'nickname') {
      await this.writeAnswers(code, (doc) => doc.getMap('roster').set(id, message.nickname));
      return true;
    }
    const question = document.getMap<unknown>(ROOM_MAP).get('question') as Question | null | undefined;
    if (!question || question.reveal || question.seq !== message.seq || !choicesOf(question).includes(message.choice)) return false;
    let counted = false;
    await this.writeAnswers(code, (doc) => {
      const answers = doc.getMap<string>('answers');
      if (answers.get(id)?.startsWith(`${question.seq}:`)) return;
      answers.set(id, `${question.seq}:${message.choice}`);
      counted = true;
    });
    return counted;
  }

  /** Writes into the room's answers document (loaded for the write if no teacher has it open here). */
  private async writeAnswers(code: string, change: (doc: Document) => void): Promise<void> {
    if (!this.instance || this.stopping) return;
    const connection = await this.instance.openDirectConnection(answersDoc(code), { role: 'server' });
    try { await connection.transact((doc) => doc.transact(() => change(doc))); } finally { await connection.disconnect(); }
  }

  /** Ends the rooms idle too long among those open on this server; returns their codes. */
  async sweep(): Promise<string[]> {
    if (!this.instance) return [];
    const codes = [...new Set([...this.instance.documents.keys()].map((name) => parseDocName(name)?.code).filter((c): c is string => !!c))];
    const gone = await this.registry.expired(codes);
    for (const code of gone) {
      this.lastTouch.delete(code);
      // Each page is told, then its socket closed (a teacher's holds both documents, a student's one).
      for (const name of [roomDoc(code), answersDoc(code)]) {
        for (const connection of this.instance.documents.get(name)?.getConnections() ?? []) {
          connection.sendStateless(ENDED_MESSAGE);
          connection.webSocket.close(1000, 'room-ended');
        }
      }
    }
    return gone;
  }
}
