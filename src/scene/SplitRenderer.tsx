// Draws the picture. Alone: one full view. Comparing: the same camera twice, side by side —
// the left half sees the primary block, the right half the comparison block (placed far along
// x), so both blocks are seen from exactly the same angle and distance: linked cameras. With
// labels on, the halves sit right of the labels' strip (splitView.ts).
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera, WebGLRenderer } from 'three';
import { useCorium } from '../state/store';
import { splitView } from './splitView';
// Surface view (`view=surface`): the skin from outside on the left and, on a wide canvas, the
// cross-section on the right (what you see outside, and why, inside); comparing, both surfaces.
import { surfacePasses, type Viewport } from './SurfaceView';
import { useSurfaceLayout } from './surfaceLayout';

export const COMPARE_OFFSET_MM = 60;
/** Narrower than this (width ÷ height), the surface view shows the surface alone. */
export const SURFACE_BESIDE_ASPECT = 1.2;

export function SplitRenderer({ comparing }: { comparing: boolean }) {
  const { gl, scene, size, invalidate } = useThree();
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const surface = useCorium((s) => s.view === 'surface');
  useFrame(() => {
    const aspect = size.width / Math.max(1, size.height);
    const mid = Math.floor(size.width / 2);
    const left: Viewport = { x: 0, y: 0, width: mid, height: size.height };
    const right: Viewport = { x: mid, y: 0, width: size.width - mid, height: size.height };
    if (surface) {
      const t = useCorium.getState().timeHours;
      const primary = surfacePasses.get('primary');
      const compare = surfacePasses.get('compare');
      gl.setScissorTest(true);
      const setLayout = useSurfaceLayout.getState().setLayout;
      if (comparing && compare && primary) {
        primary(gl, left, t);
        compare(gl, right, t);
        setLayout('both');
      } else if (primary && aspect >= SURFACE_BESIDE_ASPECT) {
        primary(gl, left, t);
        section(gl, right);
        setLayout('beside');
      } else if (primary) {
        primary(gl, { x: 0, y: 0, width: size.width, height: size.height }, t);
        setLayout('alone');
      }
      gl.setScissorTest(false);
      return;
    }
    useSurfaceLayout.getState().setLayout('off');
    if (!comparing) {
      gl.setScissorTest(false);
      gl.setViewport(0, 0, size.width, size.height);
      // Back from the surface view or a comparison (each drew with its own aspect): the labels were
      // placed this frame through the old projection (LabelProjector runs before this), so draw
      // once more — on demand nothing else would, and the labels would sit off their parts.
      if (camera.aspect !== aspect) { camera.aspect = aspect; camera.updateProjectionMatrix(); invalidate(); }
      gl.render(scene, camera);
      return;
    }
    const { stripPx, halfPx: half } = splitView(size.width, true, useCorium.getState().labels);
    camera.aspect = half / Math.max(1, size.height);
    camera.updateProjectionMatrix();
    gl.setScissorTest(true);
    gl.setViewport(stripPx, 0, half, size.height);
    gl.setScissor(stripPx, 0, half, size.height);
    gl.render(scene, camera);
    if (stripPx > 0) {
      // The labels' strip is plain background (the clear colour the render just set from it).
      gl.setScissor(0, 0, stripPx, size.height);
      gl.clear();
    }
    camera.position.x += COMPARE_OFFSET_MM;
    camera.updateMatrixWorld();
    gl.setViewport(stripPx + half, 0, size.width - stripPx - half, size.height);
    gl.setScissor(stripPx + half, 0, size.width - stripPx - half, size.height);
    gl.render(scene, camera);
    camera.position.x -= COMPARE_OFFSET_MM;
    camera.updateMatrixWorld();
    gl.setScissorTest(false);
  }, 1);

  /** The cross-section through the shared camera, in one part of the canvas. */
  function section(renderer: WebGLRenderer, vp: Viewport): void {
    const aspect = vp.width / Math.max(1, vp.height);
    // A new aspect (into the surface view): once more, for the labels placed through the old one.
    if (camera.aspect !== aspect) invalidate();
    camera.aspect = aspect;
    camera.updateProjectionMatrix();
    renderer.setScissorTest(true);
    renderer.setViewport(vp.x, vp.y, vp.width, vp.height);
    renderer.setScissor(vp.x, vp.y, vp.width, vp.height);
    renderer.render(scene, camera);
  }
  return null;
}
