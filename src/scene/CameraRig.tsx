// The camera: orbit with limits, and three named zoom levels (tissue mm, micro-channel ~100 µm,
// cells ~10 µm) reached by smooth transitions — or by a cut under reduced motion.
import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { Vector3, type PerspectiveCamera } from 'three';
import type { ZoomLevel } from '../state/url';
import { useCorium } from '../state/store';
import { prefersReducedMotion } from './motion';

export interface ZoomFrame {
  /** What the camera looks at, mm (block coordinates). */
  readonly target: readonly [number, number, number];
  /** Camera distance from the target, mm. */
  readonly distanceMm: number;
  readonly near: number;
}

/** Looking at the cut-away front face (z = +half block) so sections show; depth in mm below surface. */
export function zoomFrame(level: ZoomLevel, blockMm: number, drawnDepthMm: number, focusDepthMm: number): ZoomFrame {
  const front = blockMm / 2;
  switch (level) {
    case 'tissue': return { target: [0, -drawnDepthMm * 0.4, 0], distanceMm: blockMm * 2.6, near: 0.05 };
    case 'channel': return { target: [0, -Math.min(focusDepthMm, 0.4), front], distanceMm: 1.1, near: 0.005 };
    case 'cells': return { target: [0, -Math.min(focusDepthMm * 0.5, 0.15), front], distanceMm: 0.16, near: 0.0005 };
  }
}

/** Camera direction from the target: above and to the right, looking at the front face. */
const VIEW_DIRECTION = new Vector3(0.55, 0.42, 0.72).normalize();

export function CameraRig({ frame }: { frame: ZoomFrame }) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const goal = useRef<{ target: Vector3; position: Vector3 } | null>(null);

  useEffect(() => {
    const target = new Vector3(...frame.target);
    const position = target.clone().addScaledVector(VIEW_DIRECTION, frame.distanceMm);
    camera.near = frame.near;
    camera.far = 200;
    camera.updateProjectionMatrix();
    if (prefersReducedMotion() || !controls.current) {
      camera.position.copy(position);
      controls.current?.target.copy(target);
      controls.current?.update();
      goal.current = null;
    } else goal.current = { target, position };
  }, [frame, camera]);

  useFrame((_, dt) => {
    const g = goal.current;
    const c = controls.current;
    if (!g || !c) return;
    const k = 1 - Math.exp(-dt * 4);
    c.target.lerp(g.target, k);
    camera.position.lerp(g.position, k);
    c.update();
    if (camera.position.distanceTo(g.position) < frame.distanceMm * 0.002) goal.current = null;
  });

  const view = useCorium((s) => s.view);
  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={!prefersReducedMotion()}
      minDistance={view === 'tissue' ? 3 : frame.distanceMm * 0.2}
      maxDistance={view === 'tissue' ? 30 : frame.distanceMm * 4}
      maxPolarAngle={Math.PI * 0.85}
      enablePan
      screenSpacePanning
    />
  );
}
