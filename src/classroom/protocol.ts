// The classroom's contract between the teacher's page, the students' pages and the server
// (src/classroom/server.ts). Pure and shared by all three, so the server checks exactly what the
// pages send.
//
// A room is two Yjs documents that every page only ever READS (all connections are read-only):
//   `class:CODE`         what the teacher shows (ROOM_MAP below) — the teacher and the students read it;
//   `class:CODE:answers` who is here and what they answered — only the teacher may open it.
// Pages change them by sending small JSON "stateless" messages; the server validates each one
// (shape, values, size, who sent it) and writes it into the document itself, or drops it.
import { MAX_AGE_HOURS } from '../model';
import { parseAddress } from '../state/url';
import { tourById } from '../ui/tours/tours';

/** The WebSocket path and the HTTP path that creates rooms, on the classroom server's own origin. */
export const SOCKET_PATH = '/classroom/socket';
export const ROOMS_PATH = '/classroom/rooms';
/** The classroom server marks the page it serves with this <meta name>, so the app offers "Start a class". */
export const CLASSROOM_META = 'corium-classroom';

/** A class ends this long after its last change or connection. */
export const IDLE_EXPIRY_MS = 12 * 3600 * 1000;
export const MAX_STUDENTS = 200;
/** A stateless message longer than this is not ours (the longest, a custom run's address, is < 1 kB). */
export const MAX_MESSAGE_CHARS = 4096;
/** Any WebSocket frame longer than this closes the connection (ws `maxPayload`). */
export const MAX_FRAME_BYTES = 64 * 1024;
export const MAX_NICKNAME = 24;
const MAX_ADDRESS = 1000;
/** Farther than anything in the scene, mm (the orbit stops at 40 mm). */
const MAX_MM = 1000;

// Room codes: 10 letters from an alphabet without look-alikes (0/O, 1/I/L), ~50 bits: a code is
// derived from the teacher's secret token (see roomCode.ts), so it can't be guessed or listed.
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 10;
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
const STUDENT_ID_RE = /^[A-Za-z0-9_-]{12,32}$/;
const TEACHER_TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export const isRoomCode = (s: unknown): s is string => typeof s === 'string' && CODE_RE.test(s);
/** How a code is read aloud and typed: "ABCDE-FGHJK"; typing accepts any case, spaces or dashes. */
export const formatCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;
export function normaliseCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/[\s-]/g, '');
  return isRoomCode(code) ? code : null;
}

export const roomDoc = (code: string): string => `class:${code}`;
export const answersDoc = (code: string): string => `class:${code}:answers`;
/** The room code and which document, or null for any other name. */
export function parseDocName(name: string): { code: string; kind: 'room' | 'answers' } | null {
  const m = /^class:([^:]+)(:answers)?$/.exec(name);
  if (!m || !isRoomCode(m[1])) return null;
  return { code: m[1], kind: m[2] ? 'answers' : 'room' };
}

/** Who is connecting: the provider's token is `teacher:SECRET` or `student:ID`. */
export type Credentials = { role: 'teacher'; token: string } | { role: 'student'; id: string };
export function parseCredentials(token: unknown): Credentials | null {
  if (typeof token !== 'string') return null;
  const [role, value, ...rest] = token.split(':');
  if (rest.length > 0 || value === undefined) return null;
  if (role === 'teacher' && TEACHER_TOKEN_RE.test(value)) return { role, token: value };
  if (role === 'student' && STUDENT_ID_RE.test(value)) return { role, id: value };
  return null;
}

/** The key of the room document's one map, and what each entry holds. */
export const ROOM_MAP = 'room';
export const SPEEDS = ['slow', 'normal', 'fast'] as const;
export type RoomSpeed = (typeof SPEEDS)[number];
/** A quiz question of a tour: `tour` id and its question index. */
export interface QuestionRef { readonly tour: string; readonly index: number }
export interface Question extends QuestionRef {
  /** Bumped for every question asked, so answers to an earlier one never count for this one. */
  readonly seq: number;
  /** The teacher has shown the explanation: answering is over. */
  readonly reveal: boolean;
}
/** What the teacher shows; every key optional in a message (only what changed is sent). */
export interface RoomView {
  /** A share-link address (src/state/url.ts), mode and language left out: each page keeps its own. */
  readonly address: string;
  readonly playing: boolean;
  readonly speed: RoomSpeed;
  /** Camera position then target, mm. */
  readonly camera: readonly number[] | null;
  /** The guided tour and step on the teacher's screen, or null. */
  readonly tour: { readonly id: string; readonly step: number } | null;
  /** Students may leave to explore on their own. */
  readonly explore: boolean;
  /** Bumped by "Bring everyone back": every student follows again. */
  readonly recall: number;
  readonly question: Question | null;
}
export const VIEW_KEYS = ['address', 'playing', 'speed', 'camera', 'tour', 'explore'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

/** Server → pages, before it closes a room that expired. */
export const ENDED_MESSAGE = JSON.stringify({ type: 'ended' });

/** Teacher → server. */
export type TeacherMessage =
  | { readonly type: 'show'; readonly view: Partial<Pick<RoomView, ViewKey>> }
  | { readonly type: 'recall' }
  | { readonly type: 'ask'; readonly question: QuestionRef }
  | { readonly type: 'reveal' }
  | { readonly type: 'endQuestion' };
/** Student → server. */
export type StudentMessage =
  | { readonly type: 'answer'; readonly seq: number; readonly choice: string }
  | { readonly type: 'nickname'; readonly nickname: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finiteWithin = (v: unknown, limit: number): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;
const smallInt = (v: unknown, max: number): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

/** An address the teacher's page made: it parses without a single notice, and is no longer than any of ours. */
export function validAddress(v: unknown): v is string {
  if (typeof v !== 'string' || v.length > MAX_ADDRESS || !v.startsWith('?')) return false;
  const parsed = parseAddress(v.slice(1));
  return parsed.notices.length === 0 && parsed.state.mode === 'explore' && parsed.state.lang === null
    && parsed.state.timeHours <= MAX_AGE_HOURS;
}

export function validQuestion(v: unknown): v is QuestionRef {
  if (!isRecord(v) || typeof v.tour !== 'string' || !smallInt(v.index, 20)) return false;
  const tour = tourById(v.tour);
  return tour !== undefined && v.index < tour.quiz.length;
}

/** A step of one of the guided tours: `{ id, step }` and nothing else. */
export function validTourStep(v: unknown): v is { id: string; step: number } {
  return isRecord(v) && Object.keys(v).length === 2 && typeof v.id === 'string'
    && smallInt(v.step, 50) && (tourById(v.id)?.steps.length ?? 0) > (v.step as number);
}

/** Validators of each key the teacher may set; a message with any other key, or a bad value, is dropped whole. */
const VIEW_CHECKS: Readonly<Record<ViewKey, (v: unknown) => boolean>> = {
  address: validAddress,
  playing: (v) => typeof v === 'boolean',
  speed: (v) => (SPEEDS as readonly unknown[]).includes(v),
  camera: (v) => v === null || (Array.isArray(v) && v.length === 6 && v.every((x) => finiteWithin(x, MAX_MM))),
  tour: (v) => v === null || validTourStep(v),
  explore: (v) => typeof v === 'boolean',
};

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string' || raw.length > MAX_MESSAGE_CHARS) return undefined;
  try { return JSON.parse(raw); } catch { return undefined; }
}

export function parseTeacherMessage(raw: unknown): TeacherMessage | null {
  const m = parseJson(raw);
  if (!isRecord(m)) return null;
  switch (m.type) {
    case 'show': {
      const { view } = m;
      if (!isRecord(view)) return null;
      const keys = Object.keys(view);
      if (keys.length === 0 || !keys.every((k) => (VIEW_KEYS as readonly string[]).includes(k) && VIEW_CHECKS[k as ViewKey](view[k]))) return null;
      return { type: 'show', view: view as Partial<Pick<RoomView, ViewKey>> };
    }
    case 'ask':
      return validQuestion(m.question) ? { type: 'ask', question: { tour: m.question.tour, index: m.question.index } } : null;
    case 'recall': case 'reveal': case 'endQuestion':
      return { type: m.type };
    default:
      return null;
  }
}

/**
 * A nickname, or null if it is not one: at most MAX_NICKNAME characters (code points) after
 * trimming, with each run of white space (tabs, line breaks, no-break spaces) made one space; any
 * script's letters, digits, punctuation and symbols. No control or format characters (these include
 * right-to-left overrides and zero-width characters that make a name look like another).
 * It is shown as text, never markup, so "<b>" is just what the student typed. An empty one means none.
 */
const NICKNAME_RE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]*$/u;
export function cleanNickname(v: unknown): string | null {
  if (typeof v !== 'string' || v.length > MAX_NICKNAME * 8) return null;
  const s = v.normalize('NFC').replace(/\s+/g, ' ').trim();
  return [...s].length <= MAX_NICKNAME && NICKNAME_RE.test(s) ? s : null;
}

export function parseStudentMessage(raw: unknown): StudentMessage | null {
  const m = parseJson(raw);
  if (!isRecord(m)) return null;
  if (m.type === 'answer' && smallInt(m.seq, 1e9) && typeof m.choice === 'string' && m.choice.length <= 40) {
    return { type: 'answer', seq: m.seq, choice: m.choice };
  }
  if (m.type === 'nickname') {
    const nickname = cleanNickname(m.nickname);
    return nickname === null ? null : { type: 'nickname', nickname };
  }
  return null;
}

/** The choices of a question (its tour's quiz), or [] if there is no such question. */
export function choicesOf(q: QuestionRef): readonly string[] {
  return tourById(q.tour)?.quiz[q.index]?.options ?? [];
}
