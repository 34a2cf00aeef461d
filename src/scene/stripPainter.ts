// Draws the strip's small pictures of the surface on a small WebGL renderer of its own, never on
// the app's canvas: that canvas has no size when the view is collapsed or the page is printed (a
// canvas of zero size is never set up at all), and the strip must be there in every layout and on
// the printed handout. Loaded on demand (surfaceStrip.ts requestStrip). The renderer and the last
// strip's material are kept for the next strip, so a new scenario or skin type reuses the compiled
// shader (on software WebGL a compile costs more than the pictures); a lost context is replaced.
import { WebGLRenderer } from 'three';
import type { SkinType } from '../model';
import type { BlockData } from '../state/blockData';
import { curveUniformsFor } from './useCurveUniforms';
import { surfaceDrawing, type SurfaceDrawing } from './surfaceMaterial';
import { stripMoments, THUMB_PX, type StripFrame } from './surfaceStrip';

let painter: { gl: WebGLRenderer; canvas: HTMLCanvasElement } | null = null;
let last: { drawing: SurfaceDrawing; release(): void } | null = null;

function renderer(): { gl: WebGLRenderer; canvas: HTMLCanvasElement } {
  if (painter && !painter.gl.getContext().isContextLost()) return painter;
  painter?.gl.dispose();
  last = null;
  const canvas = document.createElement('canvas');
  canvas.width = THUMB_PX;
  canvas.height = THUMB_PX;
  // preserveDrawingBuffer: each picture is read (toDataURL) right after it is drawn. Throws when
  // no context can be made (surfaceStrip.ts then says the pictures could not be drawn).
  const gl = new WebGLRenderer({ canvas, antialias: false, alpha: false, preserveDrawingBuffer: true, powerPreference: 'low-power' });
  gl.setPixelRatio(1);
  gl.setSize(THUMB_PX, THUMB_PX, false);
  painter = { gl, canvas };
  return painter;
}

/** The strip's pictures (PNG data URLs) for a block and skin type. */
export function paintStrip(data: BlockData, skinType: SkinType | null): StripFrame[] {
  const { gl, canvas } = renderer();
  const curves = curveUniformsFor(data);
  const drawing = surfaceDrawing(data, curves);
  const previous = last;
  last = { drawing, release: () => { drawing.dispose(); curves.uCurves.value.dispose(); } };
  drawing.setSkinType(skinType);
  const frames = stripMoments(data.sessionsHours, data.spanHours).map((m) => {
    drawing.draw(gl, { x: 0, y: 0, width: THUMB_PX, height: THUMB_PX }, m.hours);
    return { ...m, url: canvas.toDataURL('image/png') };
  });
  // Released only now, so the shader program the new material shares stays compiled.
  previous?.release();
  return frames;
}
