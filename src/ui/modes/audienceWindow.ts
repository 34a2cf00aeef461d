// Opens (or brings back) the audience window and keeps the mirror link to it while the
// presenter works: every change of what is shown, and every pointer move, goes out at once
// (coalesced per task), and a newly opened audience window gets the full state when it says hello.
import { useCorium } from '../../state/store';
import { sameChoices } from '../../state/url';
import { openMirror, pointerMessage, stateMessage, type MirrorLink } from './mirror';
import { usePointer } from './pointerStore';

let audience: Window | null = null;
let link: MirrorLink | null = null;

/** The audience window's address: same page, `?audience` (plus `test` when testing). */
export function audienceUrl(location: Pick<Location, 'pathname' | 'search'>): string {
  const testing = new URLSearchParams(location.search).has('test');
  return `${location.pathname}?audience${testing ? '&test' : ''}`;
}

function sendState(): void {
  link?.send(stateMessage(useCorium.getState()));
}

function sendPointer(): void {
  const p = usePointer.getState();
  link?.send(pointerMessage(p.on && p.inside, p.x, p.y));
}

/** Starts mirroring (once per page); returns false when the browser refused the window. */
export function openAudienceWindow(): boolean {
  const opened = window.open(audienceUrl(window.location), 'corium-audience');
  if (!opened) return false;
  audience = opened;
  if (!link) {
    link = openMirror(() => audience, (m) => { if (m.kind === 'hello') { sendState(); sendPointer(); } });
    let queued = false;
    const queue = (): void => {
      if (queued) return;
      queued = true;
      queueMicrotask(() => { queued = false; sendState(); });
    };
    useCorium.subscribe((s, prev) => { if (s.timeHours !== prev.timeHours || !sameChoices(s, prev)) queue(); });
    usePointer.subscribe(sendPointer);
  }
  sendState();
  return true;
}
