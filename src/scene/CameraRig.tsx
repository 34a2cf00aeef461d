// The camera: orbit with limits, and three named zoom levels (tissue mm, micro-channel ~100 µm,
// cells ~10 µm) reached by smooth transitions — or by a cut under reduced motion. The camera
// toolbar's commands (cameraCommands.ts) move it the same way: a goal eased to per frame, or a jump.
// Every move is published (cameraMoves) for the audience window, whose camera follows the
// presenter's poses (mirroredPoses) instead of making its own moves once the first has come.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { Vector3, type PerspectiveCamera } from 'three';
import type { TissueLayout, ZoomLevel } from '../state/url';
import { EXPLODE_GAP_MM, drawnLayerBounds } from './skinBlockGeometry';
import { SLAB_COUNT } from './slabs';
import { useCorium } from '../state/store';
import { prefersReducedMotion } from './motion';
import { splitView } from './splitView';
import { cameraMoves, commandPose, mirroredPoses, onCameraCommand, type CameraPose } from './cameraCommands';
import { useBlocks } from '../state/useBlocks';
import { conditionFocus } from './conditionFocus';

export interface ZoomFrame {
  /** What the camera looks at, mm (block coordinates). */
  readonly target: readonly [number, number, number];
  /** Camera distance from the target, mm. */
  readonly distanceMm: number;
  readonly near: number;
  /** Unit direction from the target to the camera. */
  readonly direction: readonly [number, number, number];
}

/** Looking at the cut-away front face (z = +half block) so sections show; depth in mm below surface. */
export function zoomFrame(level: ZoomLevel, blockMm: number, drawnDepthMm: number, focusDepthMm: number): ZoomFrame {
  const front = blockMm / 2;
  switch (level) {
    // The surface view shows the section beside it at the tissue zoom.
    case 'surface':
    case 'tissue': return { target: [0, -drawnDepthMm * 0.4, 0], distanceMm: blockMm * 2.6, near: 0.05, direction: OBLIQUE };
    case 'channel': return { target: [0, -Math.min(focusDepthMm, 0.4), front], distanceMm: 1.1, near: 0.005, direction: FACING };
    case 'cells': return { target: [0, -Math.min(focusDepthMm * 0.5, 0.15), front], distanceMm: 0.16, near: 0.0005, direction: FACING };
  }
}

const unit = (x: number, y: number, z: number): [number, number, number] => {
  const l = Math.hypot(x, y, z);
  return [x / l, y / l, z / l];
};
/** The whole block from above and to the right; zoomed views face the cut-away section squarely. */
const OBLIQUE = unit(0.55, 0.42, 0.72);
const FACING = unit(0.18, 0.22, 0.96);

/**
 * Pulled apart, the slabs' gaps make the block taller by (slabs − 1) gaps: the whole-block views
 * look that much lower by half and stand back, so the fat slab is not cut off at the bottom. The
 * channel zoom looks where it did (the epidermis's slab and the papillary dermis's, with a
 * channel's share in each, fill its ~0.6 mm). The cells zoom (~0.1 mm) looks at the same tissue
 * as in the cut-away, moved down with its slab: where it did, it saw only the gap between slabs.
 * `layerTopsMm`: the depth each layer slab starts at (0 stratum corneum … 4 fat; mean junction).
 */
export function layoutFrame(frame: ZoomFrame, layout: TissueLayout, level: ZoomLevel, layerTopsMm: readonly number[]): ZoomFrame {
  if (layout !== 'exploded') return frame;
  const [x, y, z] = frame.target;
  if (level === 'cells') {
    const slab = Math.max(0, layerTopsMm.filter((top) => top <= -y).length - 1);
    return { ...frame, target: [x, y - slab * EXPLODE_GAP_MM, z] };
  }
  if (frame.direction !== OBLIQUE) return frame;
  const extraMm = (SLAB_COUNT - 1) * EXPLODE_GAP_MM;
  return { ...frame, target: [x, y - extraMm / 2, z], distanceMm: frame.distanceMm + 3 * extraMm };
}

/** Narrow views (a half of a comparison, a phone upright) move back so the block still fits across. */
const FIT_ASPECT = 1.3;

export function CameraRig({ frame: levelFrame, comparing }: { frame: ZoomFrame; comparing: boolean }) {
  // Zoomed in on a block with a treated condition, the camera looks at the condition (conditionFocus.ts);
  // pulled apart, the whole-block views stand back (layoutFrame).
  const primary = useBlocks().primary;
  const view = useCorium((s) => s.view);
  const layout = useCorium((s) => s.layout);
  const frame = useMemo((): ZoomFrame => {
    const focus = conditionFocus(primary, view);
    const tops = drawnLayerBounds(primary).map((l) => l.topMm);
    return layoutFrame(focus ? { ...levelFrame, target: [focus.xMm, focus.yMm, levelFrame.target[2]] } : levelFrame, layout, view, tops);
  }, [levelFrame, primary, view, layout]);
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const goal = useRef<{ target: Vector3; position: Vector3 } | null>(null);
  const size = useThree((s) => s.size);
  const labels = useCorium((s) => s.labels);
  const aspect = splitView(size.width, comparing, labels).halfPx / Math.max(1, size.height);
  const fit = Math.max(1, FIT_ASPECT / Math.max(aspect, 0.2));

  const home = useRef<CameraPose | null>(null);

  const invalidate = useThree((s) => s.invalidate);
  const jumpTo = useCallback((target: Vector3, position: Vector3) => {
    camera.position.copy(position);
    controls.current?.target.copy(target);
    controls.current?.update();
    goal.current = null;
    invalidate();
  }, [camera, invalidate]);

  /** Moves to a pose: eased over the next frames, or at once under reduced motion. */
  const moveTo = useCallback((target: Vector3, position: Vector3) => {
    if (prefersReducedMotion() || !controls.current) jumpTo(target, position);
    else goal.current = { target, position };
    invalidate();
  }, [jumpTo, invalidate]);

  // The frame the camera was last placed for: only a new one (zoom level, layout, focus) glides.
  const placedFor = useRef<ZoomFrame | null>(null);
  useEffect(() => {
    const target = new Vector3(...frame.target);
    const position = target.clone().addScaledVector(new Vector3(...frame.direction), frame.distanceMm * fit);
    home.current = { target: target.toArray(), position: position.toArray() };
    camera.near = frame.near;
    camera.far = 200;
    camera.updateProjectionMatrix();
    const glide = placedFor.current !== null && placedFor.current !== frame;
    placedFor.current = frame;
    // Following the presenter: their camera makes this move, and its poses bring ours along.
    if (mirroredPoses.last()) return;
    // The first picture is drawn where the camera belongs, and a view that changes shape (a
    // resize, the labels' column, a comparison) re-fits at once: a glide there only redrew the
    // whole view a dozen times while the block swam into place.
    if (glide) moveTo(target, position);
    else jumpTo(target, position);
  }, [frame, camera, fit, moveTo, jumpTo]);

  // The presenter's camera already moves smoothly (or jumps, under their reduced motion): take each pose as it is.
  useEffect(() => {
    const follow = (pose: CameraPose): void => jumpTo(new Vector3(...pose.target), new Vector3(...pose.position));
    const kept = mirroredPoses.last();
    if (kept) follow(kept);
    return mirroredPoses.listen(follow);
  }, [jumpTo]);

  const publish = useCallback(() => {
    const c = controls.current;
    if (c) cameraMoves.send({ position: camera.position.toArray(), target: c.target.toArray() });
  }, [camera]);

  useEffect(() => onCameraCommand((command) => {
    const c = controls.current;
    if (!c || !home.current) return;
    // From where the last command was heading, so quick presses add up instead of being lost.
    const from = goal.current ?? { target: c.target, position: camera.position };
    const next = commandPose(command, { target: from.target.toArray(), position: from.position.toArray() }, home.current,
      { minDistance: c.minDistance, maxDistance: c.maxDistance });
    moveTo(new Vector3(...next.target), new Vector3(...next.position));
  }), [camera, moveTo]);

  useFrame((_, dt) => {
    const g = goal.current;
    const c = controls.current;
    if (!g || !c) return;
    // A glide lasts several frames; the on-demand canvas draws them only if asked.
    invalidate();
    const k = 1 - Math.exp(-dt * 4);
    c.target.lerp(g.target, k);
    camera.position.lerp(g.position, k);
    c.update();
    if (camera.position.distanceTo(g.position) < frame.distanceMm * fit * 0.002) goal.current = null;
  });

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping={!prefersReducedMotion()}
      minDistance={view === 'tissue' ? 3 : frame.distanceMm * 0.2}
      maxDistance={view === 'tissue' ? 40 : frame.distanceMm * fit * 4}
      maxPolarAngle={Math.PI * 0.85}
      enablePan
      screenSpacePanning
      onChange={publish}
    />
  );
}
