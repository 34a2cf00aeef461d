// CollagenField: ≥ 5,000 instanced fibres in ONE mesh on the cut faces' dermis; in a wound they
// are laid down type III then type I and turn parallel as the curves say (recruitment.ts,
// mirrored by fibres.vert.glsl); disposed on unmount.
import { describe, expect, it, vi } from 'vitest';
import { BufferGeometry, type Camera, type ShaderMaterial } from 'three';
import { useThree } from '@react-three/fiber';
import { CRIMP_AMPLITUDE_MM, crimpShows } from '../../src/scene/fibreDetail';
import fibresVert from '../../shaders/fibres.vert.glsl?raw';
import { layer } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { renderInBlock } from './blockHarness';
import { CollagenField } from '../../src/scene/CollagenField';
import { FIBRE_KINDS, layFibres, MAX_RANK, NO_SITE } from '../../src/scene/fibreLayout';
import { alignedAzimuth, fibreType, parallelShare, sectionLengthMm } from '../../src/scene/recruitment';
import { flushRetired } from '../../src/scene/retire';

const renderField = (scenario: string) => renderInBlock(scenario, <CollagenField />);

/** Mean |visible angle| from the surface of the wound's collagen fibres at an age (0 = all parallel). */
function meanWoundAngle(scenario: string, ageHours: number): number {
  const data = blockDataFor(scenario, null);
  const layout = layFibres(data);
  const alignment = data.curves.at(ageHours).alignment;
  let sum = 0; let n = 0;
  for (let i = 0; i < layout.count; i++) {
    if (layout.site[i * 4] >= NO_SITE || layout.misc[i * 4] > 1.5) continue;
    sum += Math.abs(alignedAzimuth(layout.fibre[i * 4], alignment)); n++;
  }
  return sum / n;
}

describe('CollagenField', () => {
  it('draws at least 5,000 fibres as one instanced mesh, not one component per fibre', async () => {
    const { renderer, meshes } = await renderField('deep-incision');
    expect(meshes).toHaveLength(1);
    expect(meshes[0].count).toBeGreaterThanOrEqual(5000);
    expect(renderer.scene.children.length).toBeLessThanOrEqual(2);
    await renderer.unmount();
  });

  it('lays fibres in the dermis of the two visible cut faces, with elastin among them', () => {
    const data = blockDataFor('microneedling-face-0.5mm', null);
    const layout = layFibres(data);
    const top = layer(data.tissue, 'papillaryDermis').topMm;
    const bottom = layer(data.tissue, 'reticularDermis').bottomMm;
    const half = data.blockMm / 2;
    let elastin = 0;
    for (let i = 0; i < layout.count; i++) {
      const [x, y, z] = layout.centre.subarray(i * 3, i * 3 + 3);
      const face = layout.misc[i * 4 + 3];
      expect(face === 0 ? z : x).toBeCloseTo(half, 5);
      expect(Math.max(Math.abs(x), Math.abs(z))).toBeLessThanOrEqual(half);
      expect(-y).toBeGreaterThanOrEqual(top);
      expect(-y).toBeLessThanOrEqual(bottom);
      expect(layout.misc[i * 4 + 1]).toBeGreaterThanOrEqual(0);
      expect(layout.misc[i * 4 + 1]).toBeLessThan(MAX_RANK);
      if (layout.misc[i * 4] >= FIBRE_KINDS.indexOf('elastin')) elastin++;
    }
    expect(elastin).toBeGreaterThan(200);
    expect(elastin).toBeLessThan(layout.count / 5);
  });

  it('is more aligned in a scar at 365 days than in resolved micro-needled skin', () => {
    const scar = blockDataFor('deep-incision', null).curves.at(24 * 365).alignment;
    const resolved = blockDataFor('microneedling-acne-scars-1.5mm', null).curves.at(24 * 365).alignment;
    expect(parallelShare(scar)).toBeGreaterThan(parallelShare(resolved) + 0.3);
    expect(meanWoundAngle('deep-incision', 24 * 365)).toBeLessThan(meanWoundAngle('microneedling-acne-scars-1.5mm', 24 * 365) * 0.6);
  });

  it('lays type III before type I, then replaces it with type I', () => {
    const data = blockDataFor('deep-incision', null);
    const at = (h: number) => data.curves.at(h);
    const firstHour = (rank: number, type: 'I' | 'III'): number => {
      for (let h = 1; h < 24 * 365; h *= 1.03) if (fibreType(rank, at(h).collagenI, at(h).collagenIII) === type) return h;
      return Infinity;
    };
    expect(fibreType(0.2, at(0).collagenI, at(0).collagenIII)).toBe('none');
    expect(firstHour(0.2, 'III')).toBeLessThan(firstHour(0.2, 'I'));
    expect(fibreType(0.2, at(24 * 365).collagenI, at(24 * 365).collagenIII)).toBe('I');
    expect(fibreType(0.05, 0.02, 0.1)).toBe('III');
  });

  it('shows a fibre lying in the section as a long stroke and one crossing it as a short cut end', () => {
    expect(sectionLengthMm(0.2, 0.01, 0, 0, 0.05)).toBeCloseTo(0.2, 5);
    expect(sectionLengthMm(0.2, 0.01, Math.PI / 2, 0, 0.05)).toBeCloseTo(0.01, 5);
  });

  it('draws each fibre crimped where the crimp shows (close up), as one straight quad where it would not (far away)', async () => {
    let camera: Camera | null = null;
    const Grab = () => { camera = useThree((s) => s.camera); return null; };
    const { renderer, meshes, data } = await renderInBlock('deep-incision', <><CollagenField /><Grab /></>);
    const field = meshes[0];
    const segments = () => field.geometry.getAttribute('position').count / 2 - 1;
    const crimp = () => (field.material as ShaderMaterial).uniforms.uCrimp.value as number;
    camera!.position.set(0, -0.3, data.blockMm / 2 + 0.5);
    await renderer.advanceFrames(1, 16);
    expect([segments(), crimp()]).toEqual([8, 1]);
    camera!.position.set(60, 40, 80);
    await renderer.advanceFrames(1, 16);
    expect([segments(), crimp()]).toEqual([1, 0]);
    await renderer.unmount();
  });

  it('shows the crimp from half a pixel of wave on screen', () => {
    expect(crimpShows(CRIMP_AMPLITUDE_MM / 0.5)).toBe(true);
    expect(crimpShows(CRIMP_AMPLITUDE_MM / 0.49)).toBe(false);
    // The shader's largest wave is the amplitude the decision uses.
    const waves = [...fibresVert.matchAll(/waveMm = kind < 0\.5 \? ([\d.]+) : kind < 1\.5 \? ([\d.]+) : ([\d.]+);/g)][0].slice(1).map(Number);
    expect(Math.max(...waves)).toBe(CRIMP_AMPLITUDE_MM);
  });

  it('disposes both ribbons and its material on unmount', async () => {
    const { renderer, meshes } = await renderField('keloid-prone-incision');
    const crimped = vi.spyOn(meshes[0].geometry, 'dispose');
    const material = vi.spyOn(meshes[0].material as ShaderMaterial, 'dispose');
    const disposed = vi.spyOn(BufferGeometry.prototype, 'dispose');
    await renderer.unmount();
    flushRetired(); // what a structure replaces is disposed once the next frames are drawn (retire.ts)
    expect(crimped).toHaveBeenCalled();
    // The straight ribbon too (4 vertices; the crimped one has 18).
    const vertexCounts = (disposed.mock.contexts as BufferGeometry[]).map((g) => g.getAttribute('position')?.count);
    expect(vertexCounts).toContain(4);
    expect(material).toHaveBeenCalled();
    disposed.mockRestore();
  });
});
