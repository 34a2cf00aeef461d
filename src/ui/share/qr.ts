// A QR code of a link as one SVG path (uqr encodes; each dark module is a unit square), with a
// quiet zone of four modules as the standard asks, so phone cameras find it on any background.
import { encode } from 'uqr';

export const QR_QUIET_ZONE = 4;

export interface QrPicture {
  /** Modules across, quiet zone included (the SVG viewBox is size × size). */
  readonly size: number;
  /** The dark modules, one `M x y h1 v1 h-1 z` per module, merged per row where they touch. */
  readonly path: string;
}

export function qrPicture(text: string): QrPicture {
  const qr = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) { x++; continue; }
      let end = x;
      while (end < row.length && row[end]) end++;
      parts.push(`M${x + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${end - x}v1h-${end - x}z`);
      x = end;
    }
  });
  return { size: qr.size + 2 * QR_QUIET_ZONE, path: parts.join('') };
}
