// The picture to download: the 3D view as it is now, with its caption drawn under it.
// The WebGL canvas keeps no copy of its last frame (that would cost a copy every frame), so the
// 3D view registers a grabber that draws one frame on demand; the frame is copied onto a 2D
// canvas in the same task, before the browser may clear it (the grabber lives in scene/frameGrab.ts).
import { grabFrame } from '../../scene/frameGrab';

export { canGrabFrame } from '../../scene/frameGrab';

/** Caption strip: text size and padding in canvas pixels for a picture this wide. */
export function captionLayout(width: number): { fontPx: number; padPx: number; lineHeightPx: number } {
  const fontPx = Math.round(Math.min(32, Math.max(14, width / 40)));
  return { fontPx, padPx: Math.round(fontPx * 0.75), lineHeightPx: Math.round(fontPx * 1.3) };
}

/** Splits the caption into lines no wider than maxWidth (by the measure given); words are never cut. */
export function wrapCaption(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The current picture with its caption under it, as a PNG. Rejects when there is no 3D view. */
export async function capturePicture(caption: string): Promise<Blob> {
  const source = grabFrame();
  if (!source) throw new Error('no 3D view to capture');
  const { width, height } = source;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d');
  if (!ctx || width === 0 || height === 0) throw new Error('no 2D canvas');
  const { fontPx, padPx, lineHeightPx } = captionLayout(width);
  const font = `600 ${fontPx}px system-ui, "DejaVu Sans", sans-serif`;
  ctx.font = font;
  const lines = wrapCaption(caption, width - 2 * padPx, (s) => ctx.measureText(s).width);
  out.width = width;
  out.height = height + 2 * padPx + lines.length * lineHeightPx;
  // Resizing reset the context: draw the frame first, while it is still in the WebGL buffer.
  ctx.drawImage(source, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, height, width, out.height - height);
  ctx.fillStyle = '#111111';
  ctx.font = font;
  ctx.textBaseline = 'top';
  lines.forEach((l, i) => ctx.fillText(l, padPx, height + padPx + i * lineHeightPx + (lineHeightPx - fontPx) / 2));
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}
