// Punctures: every micro-channel of the block (the treatment's layout, one featured channel per
// session on the cut face, and the user's own punctures) as ONE instanced draw whose shaders look
// up each channel's healing at its age. JS touches the buffers only when strokes or data change.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useFrame } from '@react-three/fiber';
import { DynamicDrawUsage, Float32BufferAttribute, InstancedBufferAttribute, InstancedBufferGeometry, Mesh, ShaderMaterial } from 'three';
import { doseFor, type PunctureLayout } from '../model';
import { useCorium, type UserStroke } from '../state/store';
import type { BlockData } from '../state/blockData';
import { useBlock, type BlockUniforms } from './blockContext';
import { prefersReducedMotion } from './motion';
import { revealSeconds, wallSeconds } from './treatmentMotion';
import { BENCH_PUNCTURES, syntheticPunctures } from './benchPunctures';
import vertexGlsl from '../../shaders/punctures.vert.glsl?raw';
import fragmentGlsl from '../../shaders/punctures.frag.glsl?raw';
import { retire } from './retire';
import { disposeOrKeep } from './programKeeper';
import { stageSource } from './shaderSource';

/** Channels this close to the cut face are drawn opened up in the cross-section, mm. */
export const SECTION_REACH_MM = 0.15;
/** Erythema spreads a few hundred µm around each channel (drawn as a soft halo), mm. */
const HALO_RADIUS_MM = 0.35;
/** Always visible: punctures that existed before this view was built. */
const LONG_AGO_S = -1e9;

/** One channel per session on the cut face at x = 0, so the channel and cell zooms show one in section. */
export function featuredPunctures(data: BlockData): UserStroke[] {
  const zMm = data.blockMm / 2 - data.wound.widthMm / 2;
  return data.sessionsHours.map((atHours) => ({ xMm: 0, zMm, atHours }));
}

/** Does this block draw punctures at all? Uncontrolled wounds have no layout; user strokes still count. */
export function showsPunctures(data: BlockData, strokes: readonly UserStroke[]): boolean {
  return data.punctures !== null || strokes.length > 0;
}

/**
 * Halos are drawn no wider than twice the spacing between punctures: denser than that they merge
 * into the block's own erythema tint anyway, and overlapped they only cost fill (at 100,000
 * punctures in this block, full-size halos would cover each pixel ~3,000 times).
 */
export function haloRadiusMm(data: BlockData, count: number): number {
  const full = Math.max(HALO_RADIUS_MM, data.wound.widthMm);
  if (count <= 0) return full;
  const spacing = data.blockMm / Math.sqrt(count);
  return Math.min(full, Math.max(2 * spacing, data.wound.widthMm));
}

/** Above this many punctures each blood dome is a few pixels across: a coarser dome looks the same. */
const DENSE_PUNCTURES = 5000;

/** Per-vertex template of one channel: surface disc (part 0), blood dome (1), section slot (2). */
function channelTemplate(dense: boolean): InstancedBufferGeometry {
  const position: number[] = [];
  const part: number[] = [];
  const index: number[] = [];
  const quad = (corners: number[][], p: number) => {
    const base = position.length / 3;
    for (const c of corners) { position.push(c[0], c[1], c[2]); part.push(p); }
    index.push(base, base + 1, base + 2, base, base + 2, base + 3);
  };
  quad([[-1, 0, -1], [-1, 0, 1], [1, 0, 1], [1, 0, -1]], 0);
  const rings = dense ? 2 : 4, segments = dense ? 6 : 10, base = position.length / 3;
  for (let r = 0; r <= rings; r++) {
    const polar = (r / rings) * (Math.PI / 2);
    for (let s = 0; s <= segments; s++) {
      const a = (s / segments) * Math.PI * 2;
      position.push(Math.sin(polar) * Math.cos(a), Math.cos(polar), Math.sin(polar) * Math.sin(a));
      part.push(1);
    }
  }
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = base + r * (segments + 1) + s, b = a + segments + 1;
      index.push(a, a + 1, b, a + 1, b + 1, b);
    }
  }
  quad([[-0.5, 0, 0], [-0.5, -1, 0], [0.5, -1, 0], [0.5, 0, 0]], 2);
  const g = new InstancedBufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(position, 3));
  g.setAttribute('aPart', new Float32BufferAttribute(part, 1));
  g.setIndex(index);
  return g;
}

/** Where the clot peaks (hours) and how full it gets, from the model's curves. */
function clotPeak(data: BlockData): { hours: number; platelets: number } {
  let best = { hours: 0, platelets: 1e-3 };
  for (let h = 1e-3; h < 24 * 30; h *= 1.05) {
    const p = data.curves.at(h).platelets;
    if (p > best.platelets) best = { hours: h, platelets: p };
  }
  return best;
}

function punctureMaterial(data: BlockData, shared: BlockUniforms): ShaderMaterial {
  const t = data.scenario.treatment;
  const bleeding = t ? doseFor(t.device, t.passes, data.tissue).bleeding : false;
  const peak = clotPeak(data);
  const epidermis = data.tissue.layers.find((l) => l.id === 'viableEpidermis');
  return new ShaderMaterial({
    vertexShader: stageSource(vertexGlsl),
    fragmentShader: stageSource(fragmentGlsl),
    transparent: true,
    polygonOffset: true,
    polygonOffsetFactor: -1,
    polygonOffsetUnits: -4,
    uniforms: {
      ...shared,
      uWallSeconds: { value: wallSeconds() },
      uFadeSeconds: { value: prefersReducedMotion() ? 0.8 : 0.25 },
      uWidthMm: { value: data.wound.widthMm },
      uDepthMm: { value: data.wound.depthMm },
      uHaloRadiusMm: { value: haloRadiusMm(data, 0) },
      uFrontZMm: { value: data.blockMm / 2 },
      uSectionReachMm: { value: SECTION_REACH_MM },
      uHalfBlockMm: { value: data.blockMm / 2 },
      uEpidermisMm: { value: epidermis?.bottomMm ?? 0.07 },
      uBleeding: { value: bleeding ? 1 : 0 },
      uClotPeakHours: { value: peak.hours },
      uClotPeak: { value: peak.platelets },
    },
  });
}

/** Instance buffers with spare room, so strokes added while dragging are written in place. */
interface ChannelBuffers {
  /** A plain mesh over instanced geometry: an InstancedMesh would allocate and upload a matrix per
   * instance (8 MB at 100,000 punctures) that the shader never reads; it places channels itself. */
  readonly mesh: Mesh<InstancedBufferGeometry, ShaderMaterial>;
  readonly offset: InstancedBufferAttribute;
  readonly createdAt: InstancedBufferAttribute;
  readonly reveal: InstancedBufferAttribute;
  readonly base: number;
  strokesWritten: number;
  /** Wall-clock second by which the last appended puncture has been revealed (it fades in until then + uFadeSeconds). */
  revealedByS: number;
}

function buildBuffers(data: BlockData, layout: PunctureLayout | null, strokes: readonly UserStroke[], material: ShaderMaterial, generation: number): ChannelBuffers {
  const featured = layout ? featuredPunctures(data) : [];
  const base = (layout?.count ?? 0) + featured.length;
  const capacity = Math.ceil(Math.max(base + 4096, base * 1.25) + strokes.length * 2);
  const offset = new Float32Array(capacity * 2);
  const createdAt = new Float32Array(capacity);
  const reveal = new Float32Array(capacity).fill(LONG_AGO_S);
  for (let i = 0; i < (layout?.count ?? 0); i++) {
    offset[2 * i] = layout!.xMm[i]; offset[2 * i + 1] = layout!.zMm[i]; createdAt[i] = layout!.createdAtHours[i];
  }
  [...featured, ...strokes].forEach((s, k) => {
    const i = (layout?.count ?? 0) + k;
    offset[2 * i] = s.xMm; offset[2 * i + 1] = s.zMm; createdAt[i] = s.atHours;
  });
  const geometry = channelTemplate(base > DENSE_PUNCTURES);
  const b = {
    offset: new InstancedBufferAttribute(offset, 2).setUsage(DynamicDrawUsage),
    createdAt: new InstancedBufferAttribute(createdAt, 1).setUsage(DynamicDrawUsage),
    reveal: new InstancedBufferAttribute(reveal, 1).setUsage(DynamicDrawUsage),
  };
  geometry.setAttribute('aOffsetMm', b.offset);
  geometry.setAttribute('aCreatedAtHours', b.createdAt);
  geometry.setAttribute('aRevealSeconds', b.reveal);
  geometry.instanceCount = base + strokes.length;
  const mesh = new Mesh(geometry, material);
  mesh.name = 'punctures';
  mesh.userData.generation = generation;
  // Instances are placed in the shader: the template's bounds would be wrong, and nothing picks this mesh.
  mesh.frustumCulled = false;
  mesh.raycast = () => undefined;
  return { mesh, ...b, base, strokesWritten: strokes.length, revealedByS: 0 };
}

/** Appends strokes past those already written; false if they do not fit (then rebuild). */
function appendStrokes(b: ChannelBuffers, strokes: readonly UserStroke[]): boolean {
  if (strokes.length < b.strokesWritten || b.base + strokes.length > b.createdAt.count) return false;
  if (strokes.length === b.strokesWritten) return true;
  const now = wallSeconds();
  for (let k = b.strokesWritten; k < strokes.length; k++) {
    const i = b.base + k, s = strokes[k];
    b.offset.setXY(i, s.xMm, s.zMm);
    b.createdAt.setX(i, s.atHours);
    const revealS = revealSeconds(s.xMm, now);
    b.reveal.setX(i, revealS);
    b.revealedByS = Math.max(b.revealedByS, revealS);
  }
  const from = b.base + b.strokesWritten, n = strokes.length - b.strokesWritten;
  for (const [attr, size] of [[b.offset, 2], [b.createdAt, 1], [b.reveal, 1]] as const) {
    attr.clearUpdateRanges();
    attr.addUpdateRange(from * size, n * size);
    attr.needsUpdate = true;
  }
  b.strokesWritten = strokes.length;
  b.mesh.geometry.instanceCount = b.base + strokes.length;
  return true;
}

export function Punctures() {
  const { data, uniforms, role } = useBlock();
  const strokes = useCorium((s) => s.strokes);
  const material = useMemo(() => punctureMaterial(data, uniforms), [data, uniforms]);
  useEffect(() => () => retire(() => disposeOrKeep(material)), [material]);

  // Built from the data and the strokes of the moment; later strokes are appended in place, and a
  // new generation is built only when strokes are cleared or outgrow the spare room.
  const [generation, setGeneration] = useState(0);
  const layout = useMemo(
    () => (BENCH_PUNCTURES > 0 && role === 'primary' ? syntheticPunctures(BENCH_PUNCTURES, data.blockMm, data.spanHours) : data.punctures),
    [data, role],
  );
  const buffers = useMemo(() => buildBuffers(data, layout, useCorium.getState().strokes, material, generation), [data, layout, material, generation]);
  useEffect(() => () => buffers.mesh.geometry.dispose(), [buffers]);
  useLayoutEffect(() => {
    if (!appendStrokes(buffers, strokes)) setGeneration((g) => g + 1);
    material.uniforms.uHaloRadiusMm.value = haloRadiusMm(data, buffers.mesh.geometry.instanceCount);
  }, [buffers, strokes, material, data]);

  useFrame(({ invalidate }) => {
    const now = wallSeconds();
    material.uniforms.uWallSeconds.value = now;
    // New punctures fade in by the wall clock: the on-demand canvas keeps drawing until they have.
    if (now < buffers.revealedByS + material.uniforms.uFadeSeconds.value) invalidate();
  });
  if (!showsPunctures(data, strokes)) return null;
  return <primitive object={buffers.mesh} />;
}
