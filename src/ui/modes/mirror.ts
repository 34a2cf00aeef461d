// Presenter ↔ audience window messages. The presenter sends what is shown (as a share-link
// address, layers and stain included, so the audience validates it with the same parser as any
// link) and where the pointer
// is; the audience says hello when it opens so it gets the state at once. Transport: the
// same-origin BroadcastChannel('corium'), or postMessage between opener and opened window where
// BroadcastChannel is missing. Anything that does not parse is dropped.
import { parseAddress, formatAddress, type AddressState } from '../../state/url';

export const MIRROR_CHANNEL = 'corium';
/** Longer addresses are not ours (a full custom run is well under 400 characters). */
const MAX_ADDRESS_LENGTH = 1000;
export type MirrorMessage =
  | { readonly kind: 'hello' }
  | { readonly kind: 'state'; readonly state: AddressState }
  /** x, y: 0–1 across and down the 3D view; on = the ring is shown. */
  | { readonly kind: 'pointer'; readonly on: boolean; readonly x: number; readonly y: number };

/** What goes on the wire (the address as text). */
type WireMessage =
  | { type: 'corium:hello' }
  | { type: 'corium:state'; address: string }
  | { type: 'corium:pointer'; on: boolean; x: number; y: number };

export const helloMessage = (): WireMessage => ({ type: 'corium:hello' });

export const stateMessage = (s: AddressState): WireMessage => ({ type: 'corium:state', address: formatAddress(s) });

export const pointerMessage = (on: boolean, x: number, y: number): WireMessage => ({ type: 'corium:pointer', on, x, y });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const unit = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/** The message, or null for anything malformed (wrong shape, bad values, an address with problems). */
export function parseMirrorMessage(data: unknown): MirrorMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'corium:hello':
      return { kind: 'hello' };
    case 'corium:pointer':
      return typeof data.on === 'boolean' && unit(data.x) && unit(data.y) ? { kind: 'pointer', on: data.on, x: data.x, y: data.y } : null;
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
