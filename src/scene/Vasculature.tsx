// Vasculature: capillary loops, the subpapillary and deep plexuses, connecting vessels and new
// sprouts of the block in context (useBlock), as a few merged tube meshes with moving blood flow,
// grouped by where they can be seen from (vesselReach.ts): the vessels on a face drawn while the
// camera looks at that face, those at the top, the wound or a dent always, and those wholly inside
// the tissue only while a hidden layer shows the inside.
// Layout in vesselNetwork.ts; perfusion, regrowth and sprout growth are read from the model's curves on the GPU.
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { ShaderMaterial, type BufferGeometry, type Mesh } from 'three';
import type { BlockData } from '../state/blockData';
import { useCorium } from '../state/store';
import { lesionOf } from '../state/lesion';
import { useBlock, type BlockUniforms } from './blockContext';
import { mergeTubes } from './tubes';
import { withCurveLib } from './shaderSource';
import { vesselNetwork } from './vesselNetwork';
import { facesSeenFrom, groupByReach, vesselReach } from './vesselReach';
import { interiorShows } from './partVisibility';
import vesselsVert from '../../shaders/vessels.vert.glsl?raw';
import vesselsFrag from '../../shaders/vessels.frag.glsl?raw';
import { retire } from './retire';

const LESION_KIND = { channels: 0, slot: 1, band: 2, bowl: 3 } as const;
/** Sides of each tube: capillaries are a few pixels wide, plexus vessels larger. */
export const TUBE_SIDES = { loops: 6, plexus: 8, sprouts: 5 } as const;

export interface VasculatureMeshes {
  /** Merged tubes by where they can be seen from (REACH bits of vesselReach.ts; 0: only from inside). */
  readonly groups: ReadonlyMap<number, BufferGeometry>;
  readonly material: ShaderMaterial;
}

export function Vasculature() {
  const { data, uniforms } = useBlock();
  const meshes = useMemo(() => buildVasculature(data, uniforms), [data, uniforms]);
  const insideShows = useCorium((s) => interiorShows(s.layout, s.hidden));
  const refs = useRef(new Map<number, Mesh>());
  // Each frame, only the groups the camera can see. Every block is drawn from the camera as if it
  // stood at the origin (a comparison's second block is drawn with the camera moved by its offset).
  useFrame(({ camera }) => {
    const seen = insideShows ? -1 : facesSeenFrom(camera.position.toArray(), data);
    for (const [reach, mesh] of refs.current) mesh.visible = (reach & seen) !== 0 || (insideShows && reach === 0);
  });
  useEffect(() => () => retire(() => {
    for (const g of meshes.groups.values()) g.dispose();
    meshes.material.dispose();
  }), [meshes]);
  return (
    <group name="vasculature">
      {[...meshes.groups].map(([reach, geometry]) => (
        <mesh key={reach} name={reach === 0 ? 'vessels-inside' : `vessels-seen-from-${reach}`} geometry={geometry} material={meshes.material}
          ref={(m) => { if (m) refs.current.set(reach, m); else refs.current.delete(reach); }} />
      ))}
    </group>
  );
}

export function buildVasculature(data: BlockData, blockUniforms: BlockUniforms): VasculatureMeshes {
  const net = vesselNetwork(data);
  const lesion = lesionOf(data);
  const size = lesion.kind === 'channels' ? [0, 1] : [lesion.kind === 'bowl' ? lesion.radiusMm : lesion.halfWidthMm, lesion.depthMm];
  const material = new ShaderMaterial({
    name: 'vessels',
    uniforms: {
      ...blockUniforms,
      uLesionKind: { value: LESION_KIND[lesion.kind] },
      uLesionSize: { value: size },
      uRegrowHours: { value: regrowHours(data) },
    },
    vertexShader: withCurveLib(vesselsVert),
    fragmentShader: vesselsFrag,
    toneMapped: false,
  });
  const sided = (kind: keyof typeof TUBE_SIDES) => net[kind].map((p) => (p.sides ? p : { ...p, sides: TUBE_SIDES[kind] }));
  const groups = groupByReach([...sided('loops'), ...sided('plexus'), ...sided('sprouts')], vesselReach(data));
  return { groups: new Map([...groups].map(([reach, paths]) => [reach, mergeTubes(paths, TUBE_SIDES.loops)])), material };
}

/**
 * When vessels cut by a lesion grow back, as ages in hours: from when new vessel density first
 * rises (15% of its peak excess) to its peak (granulation tissue). Without angiogenesis in the
 * curves, from half closure to full closure.
 */
export function regrowHours(data: BlockData): [number, number] {
  const samples = 240;
  const hours = Array.from({ length: samples }, (_, i) => Math.expm1((i / (samples - 1)) * Math.log1p(data.spanHours)));
  let peak = 1;
  let peakHours = 0;
  for (const h of hours) {
    const vd = data.curves.at(h).vesselDensity;
    if (vd > peak) { peak = vd; peakHours = h; }
  }
  if (peak - 1 < 0.02) {
    const half = hours.find((h) => data.curves.at(h).closure >= 0.5) ?? data.spanHours;
    const full = hours.find((h) => data.curves.at(h).closure >= 0.99) ?? data.spanHours;
    return [half, Math.max(full, half + 1)];
  }
  const start = hours.find((h) => data.curves.at(h).vesselDensity - 1 >= 0.15 * (peak - 1)) ?? 0;
  return [start, Math.max(peakHours, start + 1)];
}
