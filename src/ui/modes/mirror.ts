// Presenter ↔ audience window messages. The presenter sends what is shown (as a share-link
// address, layers and stain included, so the audience validates it with the same parser as any
// link), the punctures made by hand, where the camera is and where the pointer is; the audience
// says hello when it opens so it gets all of it at once. Transport: the same-origin
// BroadcastChannel('corium'), or postMessage between opener and opened window where
// BroadcastChannel is missing. Anything that does not parse is dropped.
import { MAX_AGE_HOURS } from '../../model';
import { parseAddress, formatAddress, type AddressState } from '../../state/url';
import type { UserStroke } from '../../state/store';
import type { CameraPose, Vec3 } from '../../scene/cameraCommands';

export const MIRROR_CHANNEL = 'corium';
/** Longer addresses are not ours (a full custom run is well under 400 characters). */
const MAX_ADDRESS_LENGTH = 1000;
/** More punctures by hand than anyone makes in a lesson (each pass of a device adds a few hundred). */
export const MAX_MIRRORED_STROKES = 200_000;
/** Farther than anything in the scene, mm: the block is at most tens of mm, the orbit stops at 40 mm. */
const MAX_MM = 1000;

export type MirrorMessage =
  | { readonly kind: 'hello' }
  | { readonly kind: 'state'; readonly state: AddressState }
  | { readonly kind: 'strokes'; readonly strokes: readonly UserStroke[] }
  | { readonly kind: 'camera'; readonly pose: CameraPose }
  /** x, y: 0–1 across and down the 3D view; on = the ring is shown. */
  | { readonly kind: 'pointer'; readonly on: boolean; readonly x: number; readonly y: number };

/** What goes on the wire (the address as text). */
type WireMessage =
  | { type: 'corium:hello' }
  | { type: 'corium:state'; address: string }
  /** x, z, hours of each puncture, one after another. */
  | { type: 'corium:strokes'; strokes: number[] }
  | { type: 'corium:camera'; position: number[]; target: number[] }
  | { type: 'corium:pointer'; on: boolean; x: number; y: number };

export const helloMessage = (): WireMessage => ({ type: 'corium:hello' });

export const stateMessage = (s: AddressState): WireMessage => ({ type: 'corium:state', address: formatAddress(s) });

export const pointerMessage = (on: boolean, x: number, y: number): WireMessage => ({ type: 'corium:pointer', on, x, y });

export const strokesMessage = (strokes: readonly UserStroke[]): WireMessage => ({ type: 'corium:strokes', strokes: strokes.flatMap((s) => [s.xMm, s.zMm, s.atHours]) });

export const cameraMessage = (pose: CameraPose): WireMessage => ({ type: 'corium:camera', position: [...pose.position], target: [...pose.target] });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const unit = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const within = (v: unknown, limit: number): v is number => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;
const point = (v: unknown): v is Vec3 => Array.isArray(v) && v.length === 3 && v.every((x) => within(x, MAX_MM));
const simulatedHours = (h: unknown): h is number => within(h, MAX_AGE_HOURS) && h >= 0;

/** The punctures, or null if any is off the block's scale or outside the simulated time. */
function parseStrokes(flat: unknown): UserStroke[] | null {
  if (!Array.isArray(flat) || flat.length % 3 !== 0 || flat.length > 3 * MAX_MIRRORED_STROKES) return null;
  const strokes: UserStroke[] = [];
  for (let i = 0; i < flat.length; i += 3) {
    const [xMm, zMm, atHours] = [flat[i], flat[i + 1], flat[i + 2]] as unknown[];
    if (!within(xMm, MAX_MM) || !within(zMm, MAX_MM) || !simulatedHours(atHours)) return null;
    strokes.push({ xMm, zMm, atHours });
  }
  return strokes;
}

/** The message, or null for anything malformed (wrong shape, bad values, an address with problems). */
export function parseMirrorMessage(data: unknown): MirrorMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'corium:hello':
      return { kind: 'hello' };
    case 'corium:pointer':
      return typeof data.on === 'boolean' && unit(data.x) && unit(data.y) ? { kind: 'pointer', on: data.on, x: data.x, y: data.y } : null;
    case 'corium:strokes': {
      const strokes = parseStrokes(data.strokes);
      return strokes ? { kind: 'strokes', strokes } : null;
    }
    case 'corium:camera':
      return point(data.position) && point(data.target) ? { kind: 'camera', pose: { position: data.position, target: data.target } } : null;
    case 'corium:state': {
      const { address } = data;
      if (typeof address !== 'string' || address.length > MAX_ADDRESS_LENGTH || !address.startsWith('?')) return null;
      const parsed = parseAddress(address.slice(1));
      // The presenter only ever sends addresses it made itself: one that needs fixing is not from it.
      return parsed.notices.length > 0 ? null : { kind: 'state', state: parsed.state };
    }
    default:
      return null;
  }
}

export interface MirrorLink {
  send(message: WireMessage): void;
  close(): void;
}

/**
 * Opens the link on one side. `peer()` is the other window for the postMessage fallback (the
 * opened window for the presenter, window.opener for the audience); `onMessage` gets valid messages only.
 */
export function openMirror(peer: () => Window | null, onMessage: (m: MirrorMessage) => void): MirrorLink {
  const receive = (data: unknown): void => { const m = parseMirrorMessage(data); if (m) onMessage(m); };
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(MIRROR_CHANNEL);
    channel.onmessage = (e: MessageEvent) => receive(e.data);
    return { send: (m) => channel.postMessage(m), close: () => channel.close() };
  }
  const onWindowMessage = (e: MessageEvent): void => {
    if (e.origin === window.location.origin && e.source !== null && e.source === peer()) receive(e.data);
  };
  window.addEventListener('message', onWindowMessage);
  return {
    send: (m) => { const w = peer(); if (w && !w.closed) w.postMessage(m, window.location.origin); },
    close: () => window.removeEventListener('message', onWindowMessage),
  };
}
