// A page's (or a Node program's) connection to a class: the Hocuspocus provider(s) over one
// WebSocket, the room's map to read, and the messages the page may send. No React and no DOM, so
// the bench and the Node tests drive exactly what the app drives (with `ws` as the WebSocket).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { answersDoc, ENDED_MESSAGE, ROOM_MAP, roomDoc, ROOMS_PATH, SOCKET_PATH, type StudentMessage, type TeacherMessage } from './protocol';

/** Where the class stands, as the page shows it. */
export type ClassStatus = 'connecting' | 'live' | 'reconnecting' | 'ended' | 'full' | 'refused';

export interface ClassConnectionOptions {
  /** http(s)://host:port of the classroom server. */
  readonly origin: string;
  readonly code: string;
  /** A Node program passes the `ws` package's WebSocket. */
  readonly WebSocketPolyfill?: unknown;
  readonly onStatus?: (status: ClassStatus) => void;
  /** How long an unreachable server or an unknown code is retried after the class was once live, ms. */
  readonly graceMs?: number;
}

export function socketUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws').replace(/\/$/, '')}${SOCKET_PATH}`;
}

/** A student's id for this visit (random, never stored): answers count once per id. */
export function newStudentId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b % 64]).join('');
}

const REFUSALS: Readonly<Record<string, ClassStatus>> = { 'unknown-room': 'ended', 'room-full': 'full' };

/**
 * One page's class. Its documents are read-only copies of the server's: after a lost connection
 * the socket, its providers and the copies are thrown away and a new session syncs afresh, so a
 * restarted server (whose documents start empty, with new Yjs client ids) never loses to stale
 * entries kept here, and nothing queued for the old socket reaches the new one.
 */
export class ClassConnection {
  private docNow = new Y.Doc();
  private answersNow: Y.Doc | null = null;
  private socket: HocuspocusProviderWebsocket | null = null;
  private providers: HocuspocusProvider[] = [];
  private everLive = false;
  private statusNow: ClassStatus = 'connecting';
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly syncedHandlers = new Set<() => void>();
  /** This session's documents were synced (so they are stale once its connection is lost). */
  private synced = false;
  private destroyed = false;

  constructor(private readonly options: ClassConnectionOptions, private readonly credentials: string, private readonly teacher: boolean) {
    this.openSession();
    // A server that never answers (none running, wrong address) ends the attempt.
    this.graceTimer = setTimeout(() => { if (!this.everLive) this.setStatus('ended'); }, options.graceMs ?? 10_000);
  }

  /** The room as the server has it now (a new map after each reconnection: read it, don't keep it). */
  get room(): Y.Map<unknown> { return this.docNow.getMap(ROOM_MAP); }
  get doc(): Y.Doc { return this.docNow; }
  /** The teacher's only: who is here (`roster`) and their answers (`answers`). */
  get answers(): Y.Doc | null { return this.answersNow; }

  private closeSession(): void {
    for (const p of this.providers) p.destroy();
    this.providers = [];
    this.socket?.destroy();
    this.socket = null;
  }

  private openSession(): void {
    this.closeSession();
    this.synced = false;
    const socket = new HocuspocusProviderWebsocket({
      url: socketUrl(this.options.origin),
      WebSocketPolyfill: this.options.WebSocketPolyfill,
      // Quick retries: a restarted server is back in a second or two.
      delay: 300, minDelay: 300, maxDelay: 3000, factor: 1.5,
      // The server answered: from here its verdict on the code decides, however slow the page is.
      onOpen: () => clearTimeout(this.graceTimer),
      onClose: () => {
        if (socket !== this.socket) return;
        if (this.statusNow === 'live') this.setStatus('reconnecting');
        // A new session, once this callback is over (the socket is still tidying up).
        if (this.synced) setTimeout(() => { if (!this.destroyed && socket === this.socket) this.openSession(); }, 0);
      },
    });
    this.socket = socket;
    const doc = new Y.Doc();
    const answers = this.teacher ? new Y.Doc() : null;
    const open = (name: string, document: Y.Doc): HocuspocusProvider => {
      const provider = new HocuspocusProvider({
        websocketProvider: socket, name, document, token: this.credentials,
        // No awareness: pages never talk to each other, and the server refuses it.
        awareness: null,
        onSynced: () => { if (document === this.docNow) this.live(); },
        onAuthenticationFailed: ({ reason }) => { if (socket === this.socket) this.refused(reason); },
        onStateless: ({ payload }) => { if (payload === ENDED_MESSAGE) this.end(); },
      });
      // A provider given a shared socket is attached by hand.
      provider.attach();
      return provider;
    };
    const [oldDoc, oldAnswers] = [this.docNow, this.answersNow];
    this.docNow = doc;
    this.answersNow = answers;
    oldDoc.destroy();
    oldAnswers?.destroy();
    this.providers = [open(roomDoc(this.options.code), doc)];
    if (answers) this.providers.push(open(answersDoc(this.options.code), answers));
  }

  get status(): ClassStatus { return this.statusNow; }

  /** Calls back each time the room is (re)synced with the server (then `room` may be a new map). */
  onSynced(handler: () => void): () => void { this.syncedHandlers.add(handler); return () => { this.syncedHandlers.delete(handler); }; }

  private setStatus(status: ClassStatus): void {
    if (status === this.statusNow) return;
    this.statusNow = status;
    this.options.onStatus?.(status);
  }

  private live(): void {
    this.everLive = true;
    this.synced = true;
    clearTimeout(this.graceTimer);
    clearTimeout(this.retryTimer);
    this.setStatus('live');
    for (const handler of this.syncedHandlers) handler();
  }

  /**
   * Refused: a wrong code or a full room is said at once. A class that was live may only have lost
   * its server for a moment (a restart forgets rooms until the teacher is back): retry for a while.
   */
  private refused(reason: string): void {
    const status = REFUSALS[reason] ?? 'refused';
    if (!this.everLive || status !== 'ended') { this.setStatus(status); return; }
    this.setStatus('reconnecting');
    const until = Date.now() + (this.options.graceMs ?? 30_000);
    const retry = (): void => {
      if (this.statusNow !== 'reconnecting') return;
      if (Date.now() > until) { this.setStatus('ended'); return; }
      // A new session: the server forgets a refused document only with its socket.
      this.openSession();
      this.retryTimer = setTimeout(retry, 1000);
    };
    this.retryTimer = setTimeout(retry, 1000);
  }

  /** The server ended the class: stop reconnecting. */
  private end(): void {
    this.setStatus('ended');
    clearTimeout(this.retryTimer);
    this.closeSession();
  }

  protected send(message: TeacherMessage | StudentMessage): void {
    this.providers[0]?.sendStateless(JSON.stringify(message));
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.graceTimer);
    clearTimeout(this.retryTimer);
    this.closeSession();
    this.docNow.destroy();
    this.answersNow?.destroy();
  }
}

export class TeacherConnection extends ClassConnection {
  constructor(options: ClassConnectionOptions, token: string) { super(options, `teacher:${token}`, true); }
  say(message: TeacherMessage): void { this.send(message); }
}

export class StudentConnection extends ClassConnection {
  constructor(options: ClassConnectionOptions, readonly studentId: string = newStudentId()) { super(options, `student:${studentId}`, false); }
  say(message: StudentMessage): void { this.send(message); }
}

/** Asks the classroom server for a new room: its code and the teacher's secret token, or null if there is no such server. */
export async function createRoom(origin: string, fetchImpl: typeof fetch = fetch): Promise<{ code: string; token: string } | null> {
  try {
    const res = await fetchImpl(`${origin.replace(/\/$/, '')}${ROOMS_PATH}`, { method: 'POST' });
    if (res.status !== 201) return null;
    const body = (await res.json()) as { code?: unknown; token?: unknown };
    return typeof body.code === 'string' && typeof body.token === 'string' ? { code: body.code, token: body.token } : null;
  } catch {
    return null;
  }
}
