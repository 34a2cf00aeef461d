// Hand-made Hocuspocus messages for the tests of what a misbehaving page may send.
import * as encoding from 'lib0/encoding';

/** Auth message (type 2, token subtype 0). */
export function encodeAuth(documentName: string, token: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, token);
  return encoding.toUint8Array(e);
}

/** An awareness message (type 1) with an empty update. */
export function encodeAwareness(documentName: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, documentName);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, new Uint8Array([0]));
  return encoding.toUint8Array(e);
}
