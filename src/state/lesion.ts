// Where the injury sits inside a block, in block coordinates (mm; x right, z toward the viewer,
// y up with the skin surface at 0): the wound region that cells migrate into and collagen is
// laid in. Micro-channels are the punctures themselves; other wounds are one region.
import type { BlockData } from './blockData';

/** Largest half-width a lesion is drawn with, so its edges stay inside the block and visible. */
const MAX_HALF_MM = 1.6;

export type LesionShape =
  | { readonly kind: 'channels' }
  /** A cut: a slot along z at x = 0. */
  | { readonly kind: 'slot'; readonly halfWidthMm: number; readonly depthMm: number }
  /** A burn: a band across the block, |x| < halfWidthMm. */
  | { readonly kind: 'band'; readonly halfWidthMm: number; readonly depthMm: number }
  /** An acne lesion: a bowl of this radius centred on the block. */
  | { readonly kind: 'bowl'; readonly radiusMm: number; readonly depthMm: number };

export function lesionOf(data: BlockData): LesionShape {
  const w = data.wound;
  const depthMm = Math.min(w.depthMm, data.drawnDepthMm - 0.05);
  switch (w.kind) {
    case 'microchannel': return { kind: 'channels' };
    case 'cut': return { kind: 'slot', halfWidthMm: Math.min(MAX_HALF_MM, Math.max(0.08, w.widthMm / 2)), depthMm };
    case 'burn': return { kind: 'band', halfWidthMm: Math.min(MAX_HALF_MM, w.widthMm / 2), depthMm };
    case 'acne': return { kind: 'bowl', radiusMm: Math.min(MAX_HALF_MM, w.widthMm / 2), depthMm };
  }
}

/** Is the point (x, y, z) inside the injured tissue at time 0? (y ≤ 0 below the surface.) */
export function insideLesion(shape: LesionShape, x: number, y: number, z: number): boolean {
  const depth = -y;
  switch (shape.kind) {
    case 'channels': return false;
    case 'slot': return Math.abs(x) <= shape.halfWidthMm * (1 - depth / shape.depthMm) + 0.02 && depth <= shape.depthMm;
    case 'band': return Math.abs(x) <= shape.halfWidthMm && depth <= shape.depthMm;
    case 'bowl': return Math.hypot(x, z) / shape.radiusMm + depth / shape.depthMm <= 1;
  }
}
