// What the transport buttons and the keyboard shortcuts do to the store, in one place so a key and
// its button always agree. Reads the store when called (no subscription): cheap for key presses.
import { useCorium, type Speed } from '../../state/store';
import { blocksOf } from '../../state/blockData';
import { episodes, type Episode } from './timeline';
import { backALittle, forwardALittle, nextStage, previousStage, stageTargets } from './steps';
import type { ShortcutAction } from './shortcuts';

/** The slider's span: the longer of the blocks on screen (the 3D view's clock uses the same). */
export function spanOf(b: ReturnType<typeof blocksOf>): number {
  return Math.max(b.primary.spanHours, b.secondary?.spanHours ?? 0);
}

/** The primary block's stages, session by session, over the span (cached per block and span). */
const episodeCache = new Map<string, Episode[]>();
export function episodesOf(b: ReturnType<typeof blocksOf>, which: 'primary' | 'secondary' = 'primary'): Episode[] {
  const block = which === 'secondary' && b.secondary ? b.secondary : b.primary;
  const span = spanOf(b);
  const key = `${block.key}|${span}`;
  let eps = episodeCache.get(key);
  if (!eps) {
    if (episodeCache.size > 32) episodeCache.clear();
    eps = episodes(block.curves.stages, block.sessionsHours, span);
    episodeCache.set(key, eps);
  }
  return eps;
}

function clock(): { timeHours: number; span: number; eps: Episode[] } {
  const s = useCorium.getState();
  const b = blocksOf(s);
  return { timeHours: s.timeHours, span: spanOf(b), eps: episodesOf(b) };
}

/** Play or pause; at the end, Play starts again from 0. */
export function togglePlay(): void {
  const s = useCorium.getState();
  if (s.playing) { s.setPlaying(false); return; }
  if (s.timeHours >= clock().span) s.setTime(0);
  s.setPlaying(true);
}

type TimeStep = 'nextStage' | 'previousStage' | 'forwardALittle' | 'backALittle' | 'toStart' | 'toEnd';

export function step(kind: TimeStep): void {
  const { timeHours, span, eps } = clock();
  const to = {
    nextStage: () => nextStage(timeHours, stageTargets(eps, span), span),
    previousStage: () => previousStage(timeHours, stageTargets(eps, span)),
    forwardALittle: () => forwardALittle(timeHours, span),
    backALittle: () => backALittle(timeHours, span),
    toStart: () => 0,
    toEnd: () => span,
  }[kind]();
  useCorium.getState().setTime(to);
}

const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast'];

/** Runs a shortcut's action; `openHelp` shows the keyboard-shortcuts dialog. */
export function runShortcut(action: ShortcutAction, openHelp: () => void): void {
  if (action === 'playPause') togglePlay();
  else if (action === 'help') openHelp();
  else if ((SPEEDS as readonly string[]).includes(action)) useCorium.getState().setSpeed(action as Speed);
  else step(action as TimeStep);
}
