// What the page knows about its class (teacher or student), for the UI. The connection itself
// (Yjs, the provider) is in session.ts, loaded only when a class starts or a join link is opened.
import { create } from 'zustand';
import type { ClassStatus } from '../../classroom/client';
import type { Question } from '../../classroom/protocol';
import { CLASSROOM_META } from '../../classroom/protocol';

export type ClassRole = 'none' | 'teacher' | 'student';

/** What the page can ask of its class; set by session.ts once it has loaded. */
export interface ClassActions {
  // Teacher
  letExplore(on: boolean): void;
  bringBack(): void;
  ask(tour: string, index: number): void;
  reveal(): void;
  endQuestion(): void;
  // Student
  follow(on: boolean): void;
  answer(choice: string): void;
  /** Sends the nickname as typed, if cleanNickname (protocol.ts) takes it; false if not. */
  setNickname(nickname: string): boolean;
  /** Leaves the class (the teacher ends it for this page; a student explores alone). */
  leave(): void;
}

export interface ClassState {
  readonly role: ClassRole;
  readonly status: ClassStatus | 'idle' | 'noServer' | 'starting';
  readonly code: string | null;
  readonly joinUrl: string | null;
  /** Student: the view follows the teacher's. */
  readonly following: boolean;
  readonly exploreAllowed: boolean;
  /** Student: the teacher just brought everyone back (said once in the banner). */
  readonly broughtBack: boolean;
  /** Teacher: students connected now. */
  readonly students: number;
  readonly question: Question | null;
  /** Teacher: answers to the current question, by choice. */
  readonly counts: Readonly<Record<string, number>>;
  /** Student: their answer to the current question. */
  readonly answered: { readonly seq: number; readonly choice: string } | null;
  /** Student: the nickname they gave ('' for none); sent again after each reconnect. */
  readonly nickname: string;
  /** Teacher: the nicknames students gave, sorted (students without one are only counted). */
  readonly nicknames: readonly string[];
  /** Student: the tour step on the teacher's screen, shown as its caption while following. */
  readonly teacherTour: { readonly id: string; readonly step: number } | null;
  readonly actions: ClassActions | null;
}

export const useClass = create<ClassState>()(() => ({
  role: 'none', status: 'idle', code: null, joinUrl: null, following: true, exploreAllowed: false, broughtBack: false,
  students: 0, question: null, counts: {}, answered: null, nickname: '', nicknames: [], teacherTour: null, actions: null,
}));

/** The page came from `npm run classroom` (its server marks it), so a class can be started here. */
export function classServerHere(): boolean {
  return typeof document !== 'undefined' && document.querySelector(`meta[name="${CLASSROOM_META}"]`) !== null;
}

/** The class code in the address (`?class=CODE`), as typed. */
export function joinCodeInAddress(): string | null {
  return typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('class');
}
