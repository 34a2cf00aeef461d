// Draws the picture. Alone: one full view. Comparing: the same camera twice, side by side —
// the left half sees the primary block, the right half the comparison block (placed far along
// x), so both blocks are seen from exactly the same angle and distance: linked cameras.
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';

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
    const half = Math.floor(size.width / 2);
    camera.aspect = half / Math.max(1, size.height);
    camera.updateProjectionMatrix();
    gl.setScissorTest(true);
    gl.setViewport(0, 0, half, size.height);
    gl.setScissor(0, 0, half, size.height);
    gl.render(scene, camera);
    camera.position.x += COMPARE_OFFSET_MM;
    camera.updateMatrixWorld();
    gl.setViewport(half, 0, size.width - half, size.height);
    gl.setScissor(half, 0, size.width - half, size.height);
    gl.render(scene, camera);
    camera.position.x -= COMPARE_OFFSET_MM;
    camera.updateMatrixWorld();
    gl.setScissorTest(false);
  }, 1);
  return null;
}
