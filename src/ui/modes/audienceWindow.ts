// Opens (or brings back) the audience window and keeps the mirror link to it while the
// presenter works: every change of what is shown, every puncture made by hand, every camera move
// and every pointer move goes out at once (coalesced per task), and a newly opened audience
// window gets all of it when it says hello.
import { useCorium } from '../../state/store';
import { sameChoices } from '../../state/url';
import { cameraMoves } from '../../scene/cameraCommands';
import { cameraMessage, openMirror, pointerMessage, stateMessage, strokesMessage, type MirrorLink } from './mirror';
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

function sendStrokes(): void {
  link?.send(strokesMessage(useCorium.getState().strokes));
}

function sendCamera(): void {
  const pose = cameraMoves.last();
  if (pose) link?.send(cameraMessage(pose));
}

/** `send`, at most once per task however often it is asked for. */
function coalesced(send: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => { queued = false; send(); });
  };
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
    link = openMirror(() => audience, (m) => { if (m.kind === 'hello') { sendState(); sendStrokes(); sendCamera(); sendPointer(); } });
    const [state, strokes] = [coalesced(sendState), coalesced(sendStrokes)];
    useCorium.subscribe((s, prev) => {
      if (s.timeHours !== prev.timeHours || !sameChoices(s, prev)) state();
      if (s.strokes !== prev.strokes) strokes();
    });
    cameraMoves.listen(coalesced(sendCamera));
    usePointer.subscribe(sendPointer);
  }
  sendState();
  sendStrokes();
  sendCamera();
  return true;
}
