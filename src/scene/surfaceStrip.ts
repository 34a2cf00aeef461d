// The strip of small pictures of the surface (days 0, 1, 2, 3, 5, 7, 14, 30, 90 and the eve of
// each later session): which moments, and the pictures once drawn. The page asks for them
// (requestStrip) where it shows the strip, and at print time (paintStripNow) for the handout; they
// are drawn once per block and skin type on a renderer of their own (stripPainter.ts, loaded on
// demand with three), so they do not wait for, or depend on, the 3D view's canvas having a size.
// Never drawn for nobody: the always-present print handout does not ask until the page prints, so
// a scenario change costs no strip (about 0.3 s of software WebGL) unless the strip is on screen.
// Without WebGL the strip says so.
import { create } from 'zustand';
import { days, type SkinType } from '../model';
import type { BlockData } from '../state/blockData';
import { canUseWebGL } from './webglSupport';
import { useGraphicsStatus, viewSettled } from './graphicsStatus';

export const STRIP_DAYS = [0, 1, 2, 3, 5, 7, 14, 30, 90] as const;
/** Day 0 is drawn a few minutes after the needles, while the pinpoint bleeding shows. */
const DAY0_HOURS = 0.1;
/** "Before session n" is an hour before it. */
const BEFORE_SESSION_HOURS = 1;

export interface StripMoment {
  readonly hours: number;
  /** Whole day after the first session / the wound (for the label). */
  readonly day: number;
  /** Set for "before session n" (n ≥ 2). */
  readonly beforeSession?: number;
}

export function stripMoments(sessionsHours: readonly number[], spanHours: number): StripMoment[] {
  const out: StripMoment[] = STRIP_DAYS.map((d) => ({ hours: d === 0 ? DAY0_HOURS : days(d), day: d }));
  sessionsHours.slice(1).forEach((h, i) => out.push({ hours: h - BEFORE_SESSION_HOURS, day: Math.round((h - BEFORE_SESSION_HOURS) / 24), beforeSession: i + 2 }));
  return out.filter((m) => m.hours <= spanHours).sort((a, b) => a.hours - b.hours);
}

/** Thumbnail edge, pixels (printed at 17 mm: about 140 dots per inch). */
export const THUMB_PX = 96;

export interface StripFrame extends StripMoment { readonly url: string }

/** Drawing, drawn, or why it cannot be: no WebGL at all, or drawing failed (no context to spare). */
export type StripStatus = 'drawing' | 'ready' | 'no-webgl' | 'failed';

interface StripState {
  /** Block key and skin type the frames show (or are being drawn for). */
  readonly key: string;
  readonly status: StripStatus;
  readonly frames: readonly StripFrame[];
}

export const useSurfaceStrip = create<StripState>()(() => ({ key: '', status: 'drawing', frames: [] }));

/** While the 3D view builds its first picture, the strip waits its turn, at most this long. */
const WAIT_FOR_VIEW_MS = 4000;
/** Coalesces quick changes (a skin type chosen with the arrow keys) into one drawing. */
const DEBOUNCE_MS = 150;

export const stripKey = (data: BlockData, skinType: SkinType | null): string => `${data.key}|${skinType ?? '-'}`;

let timer: number | undefined;
let painter: typeof import('./stripPainter') | null = null;
const loadPainter = (): Promise<typeof import('./stripPainter')> => import('./stripPainter').then((m) => (painter = m));

const isDrawn = (key: string): boolean => {
  const s = useSurfaceStrip.getState();
  return s.key === key && s.status !== 'drawing';
};

/** Asks for the strip of a block and skin type; cheap to call again (the same key is drawn once). */
export function requestStrip(data: BlockData, skinType: SkinType | null): void {
  const key = stripKey(data, skinType);
  if (useSurfaceStrip.getState().key === key) return;
  window.clearTimeout(timer);
  if (!canUseWebGL()) { useSurfaceStrip.setState({ key, status: 'no-webgl', frames: [] }); return; }
  useSurfaceStrip.setState({ key, status: 'drawing', frames: [] });
  timer = window.setTimeout(() => {
    void waitForView().then(loadPainter).then(({ paintStrip }) => {
      if (useSurfaceStrip.getState().key !== key) return;
      useSurfaceStrip.setState({ status: 'ready', frames: paintStrip(data, skinType) });
    }).catch((e: unknown) => failed(key, e));
  }, DEBOUNCE_MS);
}

function failed(key: string, e: unknown): void {
  console.warn('The surface strip could not be drawn:', e);
  if (useSurfaceStrip.getState().key === key) useSurfaceStrip.setState({ status: 'failed', frames: [] });
}

/**
 * Loads the painter without drawing anything (once the 3D view has its first picture), so that
 * paintStripNow can draw in the very task of a `beforeprint`, which cannot wait for a download.
 */
export function preparePainter(): void {
  if (painter || !canUseWebGL()) return;
  void waitForView().then(loadPainter).catch(() => undefined);
}

/**
 * Draws the strip at once, in this task, if it is not drawn yet and the painter is loaded: for
 * `beforeprint` (Ctrl+P or the browser's menu), after which the page is laid out for paper.
 * Whether the strip of this block is there (drawn, or known to be impossible) afterwards.
 */
export function paintStripNow(data: BlockData, skinType: SkinType | null): boolean {
  const key = stripKey(data, skinType);
  if (isDrawn(key)) return true;
  if (!canUseWebGL()) { requestStrip(data, skinType); return true; }
  if (!painter) return false;
  window.clearTimeout(timer);
  try {
    useSurfaceStrip.setState({ key, status: 'ready', frames: painter.paintStrip(data, skinType) });
  } catch (e) {
    useSurfaceStrip.setState({ key, status: 'drawing', frames: [] });
    failed(key, e);
  }
  return true;
}

/** Asks for the strip and resolves once it is drawn (or cannot be), or after `timeoutMs`: the Print button waits on it. */
export function stripReady(data: BlockData, skinType: SkinType | null, timeoutMs: number): Promise<void> {
  const key = stripKey(data, skinType);
  requestStrip(data, skinType);
  return new Promise((resolve) => {
    if (isDrawn(key)) return resolve();
    const stop = useSurfaceStrip.subscribe(() => { if (isDrawn(key)) done(); });
    const timeout = window.setTimeout(done, timeoutMs);
    function done(): void { window.clearTimeout(timeout); stop(); resolve(); }
  });
}

/** Waits for the 3D view's first picture when one is being built on screen; not when the view has no size. */
function waitForView(): Promise<void> {
  if (useGraphicsStatus.getState().settled) return Promise.resolve();
  const view = document.querySelector('canvas');
  const showing = view !== null && view.clientWidth > 0 && view.clientHeight > 0;
  return showing ? viewSettled(WAIT_FOR_VIEW_MS) : Promise.resolve();
}
