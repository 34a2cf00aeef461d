// Draws the picture. Alone: one full view. Comparing: the same camera twice, side by side —
// the left half sees the primary block, the right half the comparison block (placed far along
// x), so both blocks are seen from exactly the same angle and distance: linked cameras. With
// labels on, the halves sit right of the labels' strip (splitView.ts).
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { useCorium } from '../state/store';
import { splitView } from './splitView';

export const COMPARE_OFFSET_MM = 60;

export function SplitRenderer({ comparing }: { comparing: boolean }) {
  const { gl, scene, size } = useThree();
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  useFrame(() => {
    const aspect = size.width / Math.max(1, size.height);
    if (!comparing) {
      gl.setScissorTest(false);
      gl.setViewport(0, 0, size.width, size.height);
      if (camera.aspect !== aspect) { camera.aspect = aspect; camera.updateProjectionMatrix(); }
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
  return null;
}
