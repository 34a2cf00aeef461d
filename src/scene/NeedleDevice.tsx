// NeedleDevice: the dermaroller or motorised pen of the block's treatment, animated while a pass
// is swept or the user drags it over the skin; needles stop at the model's effective depth. It also
// mounts the pointer surface for treating the primary block. Hidden when nothing is being applied.
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import {
  CircleGeometry, ConeGeometry, CylinderGeometry, DoubleSide, Float32BufferAttribute, Group, InstancedMesh, Matrix4,
  MeshBasicMaterial, MeshStandardMaterial, Quaternion, Vector3,
} from 'three';
import { createRandom, effectiveDepthMm, penStamp, type Dermaroller, type Device, type MicroneedlingPen } from '../model';
import { useBlock } from './blockContext';
import { prefersReducedMotion } from './motion';
import { TreatmentSurface } from './TreatmentSurface';
import { PEN_SHOWN_HZ, sweepXMm, useTreatmentMotion, wallSeconds } from './treatmentMotion';
/** How high the pen lifts between strokes, mm. */
const PEN_LIFT_MM = 1.2;
/** Only the drum's lowest arc and the part over the block are drawn (it is 2 cm across and 2 cm wide). */
const DRUM_ARC_RAD = 0.85;
const DRUM_WINDOW_MM = 6;

/** Height of the device's reference point when the needles are fully down, mm above the surface:
 *  the drum's axis, or the pen cartridge face. The tips then sit at −effectiveDepthMm. */
export function contactHeightMm(device: Device): number {
  const reach = device.needleLengthMm - effectiveDepthMm(device);
  return device.kind === 'roller' ? (device.drumDiameterCm * 10) / 2 + reach : reach;
}

/** A cone with its base at the origin and its tip at +y = needle length. */
function needleGeometry(device: Device): ConeGeometry {
  const g = new ConeGeometry(device.needleDiameterMm / 2, device.needleLengthMm, 10, 1, false);
  g.translate(0, device.needleLengthMm / 2, 0);
  return g;
}

const steel = () => new MeshStandardMaterial({ color: '#dfe5ec', metalness: 0.85, roughness: 0.25 });

/** Roller needles in the drum frame (axis along z): 8 rows round the drum, staggered as rollerRow lays them. */
export function rollerNeedleMatrices(device: Dermaroller): Matrix4[] {
  const radius = (device.drumDiameterCm * 10) / 2;
  const width = device.drumWidthCm * 10;
  const perRow = device.needles / device.rows;
  const spacing = width / perRow;
  const out: Matrix4[] = [];
  for (let r = 0; r < device.rows; r++) {
    const phi = (r * 2 * Math.PI) / device.rows;
    const q = new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), Math.PI + phi);
    for (let i = 0; i < perRow; i++) {
      const z = -width / 2 + (i + 0.5 + (r % 2) * 0.5) * spacing;
      const inWindow = Math.abs(z) <= DRUM_WINDOW_MM / 2;
      const p = new Vector3(Math.sin(phi) * radius, -Math.cos(phi) * radius, z);
      out.push(new Matrix4().compose(p, q, new Vector3().setScalar(inWindow ? 1 : 0)));
    }
  }
  return out;
}

/** Pen needles in the cartridge frame: the model's stamp cluster, pointing down from the face. */
export function penNeedleMatrices(device: MicroneedlingPen): Matrix4[] {
  const down = new Quaternion().setFromAxisAngle(new Vector3(1, 0, 0), Math.PI);
  return penStamp(device.needles, 0, 0, createRandom(1)).map((s) => new Matrix4().compose(new Vector3(s.xMm, 0, s.zMm), down, new Vector3(1, 1, 1)));
}

function useNeedles(device: Device): InstancedMesh {
  const mesh = useMemo(() => {
    const matrices = device.kind === 'roller' ? rollerNeedleMatrices(device) : penNeedleMatrices(device);
    const m = new InstancedMesh(needleGeometry(device), steel(), matrices.length);
    matrices.forEach((mat, i) => m.setMatrixAt(i, mat));
    m.name = 'needles';
    m.frustumCulled = false;
    return m;
  }, [device]);
  useEffect(() => () => { mesh.geometry.dispose(); (mesh.material as MeshStandardMaterial).dispose(); mesh.dispose(); }, [mesh]);
  return mesh;
}

/** A soft shadowed dimple where a needle row presses the skin down (the tenting). */
function dentGeometry(radiusMm: number): CircleGeometry {
  const g = new CircleGeometry(radiusMm, 20);
  const n = g.getAttribute('position').count;
  const colour: number[] = [];
  for (let i = 0; i < n; i++) colour.push(0.12, 0.05, 0.04, i === 0 ? 0.75 : 0);
  g.setAttribute('color', new Float32BufferAttribute(colour, 4));
  g.rotateX(-Math.PI / 2);
  return g;
}

function Roller({ device, rig }: { device: Dermaroller; rig: React.RefObject<Group | null> }) {
  const needles = useNeedles(device);
  const radius = (device.drumDiameterCm * 10) / 2;
  const parts = useMemo(() => {
    const shell = new CylinderGeometry(radius, radius, DRUM_WINDOW_MM, 48, 1, true, -DRUM_ARC_RAD, 2 * DRUM_ARC_RAD);
    shell.rotateX(Math.PI / 2);
    const dent = dentGeometry(0.35);
    const dentsAt = Array.from({ length: device.needles / device.rows }, (_, i) => -device.drumWidthCm * 5 + (i + 0.5) * (device.drumWidthCm * 10 * device.rows / device.needles))
      .filter((z) => Math.abs(z) < DRUM_WINDOW_MM / 2);
    return { shell, dent, dentsAt };
  }, [device, radius]);
  useEffect(() => () => { parts.shell.dispose(); parts.dent.dispose(); }, [parts]);
  return (
    <group ref={rig} name="dermaroller" visible={false}>
      <group name="drum" position={[0, contactHeightMm(device), 0]}>
        <mesh geometry={parts.shell}>
          <meshStandardMaterial color="#8e9bab" metalness={0.3} roughness={0.5} transparent opacity={0.45} side={DoubleSide} depthWrite={false} />
        </mesh>
        <group name="drum-spin"><primitive object={needles} /></group>
      </group>
      <group name="dents">
        {parts.dentsAt.map((z) => (
          <mesh key={z} geometry={parts.dent} position={[0, 0.004, z]} renderOrder={2}>
            <meshBasicMaterial vertexColors transparent depthWrite={false} opacity={0} />
          </mesh>
        ))}
      </group>
    </group>
  );
}

function Pen({ device, rig }: { device: MicroneedlingPen; rig: React.RefObject<Group | null> }) {
  const needles = useNeedles(device);
  const radius = (device.tipWidthCm * 10) / 2;
  return (
    <group ref={rig} name="microneedling-pen" visible={false}>
      <group name="cartridge" position={[0, contactHeightMm(device), 0]}>
        <primitive object={needles} />
        <mesh position={[0, 3, 0]}>
          <cylinderGeometry args={[radius, radius, 6, 40, 1, true]} />
          <meshStandardMaterial color="#cfe3f2" transparent opacity={0.16} side={DoubleSide} depthWrite={false} />
        </mesh>
        <mesh position={[0, 0.02, 0]} rotation={[-Math.PI / 2, 0, 0]}>
          <ringGeometry args={[radius * 0.92, radius, 40]} />
          <meshStandardMaterial color="#7f8c99" side={DoubleSide} />
        </mesh>
      </group>
    </group>
  );
}

/** Moves the device each frame from the sweep or drag pose; no React state per frame. */
function useDeviceMotion(device: Device, rig: React.RefObject<Group | null>, enabled: boolean) {
  useFrame(({ invalidate }) => {
    const g = rig.current;
    if (!g) return;
    const { sweep, drag, endSweep } = useTreatmentMotion.getState();
    // A sweep moves by the wall clock (and a drag's pen strokes up and down): keep drawing while it lasts.
    if (sweep || drag) invalidate();
    const now = wallSeconds();
    let pose: { x: number; z: number; heading: number; travel: number } | null = null;
    if (sweep) {
      const { xMm, done } = sweepXMm(sweep, now);
      if (done) endSweep();
      else pose = { x: xMm, z: sweep.zMm, heading: 0, travel: xMm - (sweep.contactXMm ?? sweep.fromXMm) };
    } else if (drag) pose = { x: drag.xMm, z: drag.zMm, heading: drag.headingRad, travel: drag.travelMm };
    g.visible = enabled && pose !== null && !prefersReducedMotion();
    if (!g.visible || !pose) return;
    g.position.set(pose.x, 0, pose.z);
    g.rotation.set(0, -pose.heading, 0);
    const [drum, dents] = [g.getObjectByName('drum-spin'), g.getObjectByName('dents')];
    if (device.kind === 'roller' && drum && dents) {
      const radius = (device.drumDiameterCm * 10) / 2;
      const rowAngle = (2 * Math.PI) / device.rows;
      drum.rotation.z = -pose.travel / radius;
      // The row nearest the bottom presses the skin: dents fade in as it comes down.
      const k = Math.round(pose.travel / radius / rowAngle);
      const off = Math.abs(pose.travel / radius - k * rowAngle);
      dents.position.z = (((k % device.rows) + device.rows) % 2) * 0.5 * (device.drumWidthCm * 10 * device.rows / device.needles);
      const pressing = Math.max(0, 1 - off / 0.12);
      dents.children.forEach((d) => { ((d as unknown as { material: MeshBasicMaterial }).material).opacity = pressing; });
    } else if (device.kind === 'pen') {
      const cartridge = g.getObjectByName('cartridge');
      const stroke = 0.5 + 0.5 * Math.cos(2 * Math.PI * PEN_SHOWN_HZ * now);
      if (cartridge) cartridge.position.y = contactHeightMm(device) + PEN_LIFT_MM * stroke;
    }
  });
}

export function NeedleDevice() {
  const { data, role } = useBlock();
  const device = data.scenario.treatment?.device;
  const rig = useRef<Group>(null);
  return device ? <DeviceRig device={device} blockMm={data.blockMm} rig={rig} primary={role === 'primary'} /> : null;
}

function DeviceRig({ device, blockMm, rig, primary }: { device: Device; blockMm: number; rig: React.RefObject<Group | null>; primary: boolean }) {
  useDeviceMotion(device, rig, primary);
  return (
    <group name="needle-device">
      {device.kind === 'roller' ? <Roller device={device} rig={rig} /> : <Pen device={device} rig={rig} />}
      {primary && <TreatmentSurface device={device} blockMm={blockMm} />}
    </group>
  );
}
