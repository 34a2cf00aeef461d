// The surface view's live drawing: for each block, its surface (surfaceMaterial.ts), which
// SplitRenderer draws into part of the canvas when `view=surface`. The strip of small pictures is
// not drawn here: it has a renderer of its own (stripPainter.ts), so it is drawn in every layout,
// even when this canvas has no size (printing, a collapsed view). Disposes what it creates.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { WebGLRenderer } from 'three';
import { useCorium } from '../state/store';
import type { BlockData } from '../state/blockData';
import { useCurveUniforms } from './useCurveUniforms';
import { surfaceDrawing, type Viewport } from './surfaceMaterial';

export type { Viewport } from './surfaceMaterial';

export type SurfacePass = (gl: WebGLRenderer, viewport: Viewport, timeHours: number) => void;

/** The surface passes of the blocks on screen, by role; SplitRenderer draws them. */
export const surfacePasses = new Map<'primary' | 'compare', SurfacePass>();

export function SurfaceLayer({ data, role }: { data: BlockData; role: 'primary' | 'compare' }) {
  const skinType = useCorium((s) => s.skinType);
  const curveUniforms = useCurveUniforms(data);
  const drawing = useMemo(() => surfaceDrawing(data, curveUniforms), [data, curveUniforms]);
  useEffect(() => () => drawing.dispose(), [drawing]);
  useLayoutEffect(() => drawing.setSkinType(skinType), [drawing, skinType]);

  useLayoutEffect(() => {
    const pass: SurfacePass = (gl, vp, timeHours) => drawing.draw(gl, vp, timeHours);
    surfacePasses.set(role, pass);
    return () => { if (surfacePasses.get(role) === pass) surfacePasses.delete(role); };
  }, [drawing, role]);

  return null;
}
