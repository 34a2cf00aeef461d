// TreatmentSurface: an invisible plane over the block's top, the only pointer target for treating
// the skin. Dragging a device over it adds punctures where the needles go (one store update per
// pointer-move event) and moves the drawn device along the drag. Camera orbiting is paused meanwhile.
import { useRef } from 'react';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { Plane, Vector3, type Object3D } from 'three';
import type { Device } from '../model';
import { useCorium } from '../state/store';
import { DRAG_START, strokesAlongSegment, type DragProgress } from './treatmentStrokes';
import { useTreatmentMotion } from './treatmentMotion';

const SURFACE = new Plane(new Vector3(0, 1, 0), 0);

interface Drag { pointerId: number; last: { xMm: number; zMm: number }; progress: DragProgress; travelMm: number; seed: number }

/** Where the pointer's ray meets the skin surface, in block coordinates (mm). */
function surfacePoint(e: ThreeEvent<PointerEvent>, block: Object3D): { xMm: number; zMm: number } | null {
  const hit = e.ray.intersectPlane(SURFACE, new Vector3());
  if (!hit) return null;
  block.worldToLocal(hit);
  return { xMm: hit.x, zMm: hit.z };
}

export function TreatmentSurface({ device, blockMm }: { device: Device; blockMm: number }) {
  const drag = useRef<Drag | null>(null);
  const controls = useThree((s) => s.controls) as unknown as { enabled: boolean } | null;
  const domElement = useThree((s) => s.gl.domElement);
  const plane = useRef<Object3D>(null);
  const half = blockMm / 2;

  const stampTo = (to: { xMm: number; zMm: number }) => {
    const d = drag.current;
    if (!d) return;
    const { strokes, progress } = strokesAlongSegment(device, d.last, to, d.progress, half, useCorium.getState().timeHours, d.seed);
    const step = Math.hypot(to.xMm - d.last.xMm, to.zMm - d.last.zMm);
    const heading = step > 1e-6 ? Math.atan2(to.zMm - d.last.zMm, to.xMm - d.last.xMm) : (useTreatmentMotion.getState().drag?.headingRad ?? 0);
    drag.current = { ...d, last: to, progress, travelMm: d.travelMm + step };
    if (strokes.length > 0) useCorium.getState().addStrokes(strokes);
    useTreatmentMotion.getState().setDrag({ xMm: to.xMm, zMm: to.zMm, headingRad: heading, travelMm: d.travelMm + step });
  };

  const end = (e: ThreeEvent<PointerEvent>) => {
    if (!drag.current || drag.current.pointerId !== e.pointerId) return;
    drag.current = null;
    (e.target as Element | null)?.releasePointerCapture?.(e.pointerId);
    if (controls) controls.enabled = true;
    useTreatmentMotion.getState().setDrag(null);
  };

  return (
    <mesh
      ref={plane}
      name="treatment-surface"
      rotation={[-Math.PI / 2, 0, 0]}
      position={[0, 0.002, 0]}
      onPointerDown={(e) => {
        const block = plane.current?.parent?.parent;
        const at = block ? surfacePoint(e, block) : null;
        if (!at || e.button > 0) return;
        e.stopPropagation();
        // Orbit controls listen on the same element after us: pause them so the drag treats, not turns.
        if (controls) controls.enabled = false;
        (e.target as Element | null)?.setPointerCapture?.(e.pointerId);
        drag.current = { pointerId: e.pointerId, last: at, progress: DRAG_START, travelMm: 0, seed: useCorium.getState().strokes.length + 1 };
        stampTo(at);
      }}
      onPointerMove={(e) => {
        const block = plane.current?.parent?.parent;
        if (!drag.current || drag.current.pointerId !== e.pointerId || !block) return;
        const at = surfacePoint(e, block);
        if (at) stampTo(at);
      }}
      onPointerUp={end}
      onPointerCancel={end}
      onPointerOver={() => { domElement.style.cursor = 'crosshair'; }}
      onPointerOut={() => { domElement.style.cursor = ''; }}
    >
      <planeGeometry args={[blockMm, blockMm]} />
      <meshBasicMaterial colorWrite={false} depthWrite={false} />
    </mesh>
  );
}
