// Server only (node:crypto). A room's code is derived from its teacher's secret token: the first
// CODE_LENGTH letters of SHA-256(token) in CODE_ALPHABET. So the server keeps no secret per room,
// a code can't be guessed from others (each comes from 256 random bits) and only the teacher can
// prove a room is theirs, even after the server restarted and forgot it.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from './protocol';

export function codeOfToken(token: string): string {
  const digest = createHash('sha256').update(`corium-class:${token}`).digest();
  let code = '';
  // 31 letters: one byte each, rejecting the top of the range so every letter is equally likely.
  const limit = 256 - (256 % CODE_ALPHABET.length);
  for (const byte of digest) {
    if (code.length === CODE_LENGTH) break;
    if (byte < limit) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
  }
  if (code.length < CODE_LENGTH) return codeOfToken(`${token}+`);
  return code;
}

/** A new room: its teacher's token (32 random bytes, base64url: 43 characters) and its code. */
export function newRoom(): { code: string; token: string } {
  const token = randomBytes(32).toString('base64url');
  return { code: codeOfToken(token), token };
}

export function isTeacherOf(code: string, token: string): boolean {
  const a = Buffer.from(codeOfToken(token));
  const b = Buffer.from(code);
  return a.length === b.length && timingSafeEqual(a, b);
}
