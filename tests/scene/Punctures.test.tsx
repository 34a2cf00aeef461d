// The punctures are one mesh of instanced geometry whose instance buffers follow the model's layout and the
// user's strokes: no per-puncture components, and everything created is disposed on unmount.
import { afterEach, describe, expect, it, vi } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { InstancedBufferAttribute, InstancedBufferGeometry, Material, Mesh } from 'three';
import { Punctures, featuredPunctures } from '../../src/scene/Punctures';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { useCorium } from '../../src/state/store';
import type { PunctureLayout } from '../../src/model';
import { InBlock, findObjects } from './needlesHarness';
import { flushRetired } from '../../src/scene/retire';

const FACE = 'microneedling-face-0.5mm';

function withLayout(count: number): BlockData {
  const base = blockDataFor(FACE, null);
  const layout: PunctureLayout = {
    count,
    xMm: Float32Array.from({ length: count }, (_, i) => ((i * 0.37) % 4) - 2),
    zMm: Float32Array.from({ length: count }, (_, i) => ((i * 0.61) % 4) - 2),
    createdAtHours: Float32Array.from({ length: count }, (_, i) => (i % 3) * 0.5),
  };
  return { ...base, key: `${base.key}#${count}`, punctures: layout };
}

type PunctureMesh = Mesh<InstancedBufferGeometry>;
/** Meshes drawing instanced geometry (their geometry's instanceCount is how many are drawn). */
const punctureMeshes = (r: Parameters<typeof findObjects>[0]): PunctureMesh[] =>
  findObjects(r, (o) => (o as PunctureMesh).geometry?.isInstancedBufferGeometry === true) as PunctureMesh[];

async function render(data: BlockData) {
  const r = await ReactThreeTestRenderer.create(<InBlock data={data}><Punctures /></InBlock>);
  return { r, meshes: punctureMeshes(r) };
}

afterEach(() => useCorium.getState().clearStrokes());

describe('Punctures', () => {
  it('draws one instance per laid puncture plus one featured channel per session', async () => {
    const data = blockDataFor(FACE, null);
    const { r, meshes } = await render(data);
    expect(meshes).toHaveLength(1);
    expect(meshes[0].geometry.instanceCount).toBe(data.punctures!.count + data.sessionsHours.length);
    await r.unmount();
  });

  it('adds the user\'s strokes to the same mesh when the store changes', async () => {
    const data = blockDataFor(FACE, null);
    const { r, meshes } = await render(data);
    const before = meshes[0].geometry.instanceCount;
    await ReactThreeTestRenderer.act(async () => {
      useCorium.getState().addStrokes([{ xMm: 0.5, zMm: -0.5, atHours: 3 }, { xMm: -1, zMm: 1, atHours: 3 }]);
    });
    const now = punctureMeshes(r);
    expect(now).toHaveLength(1);
    expect(now[0].geometry.instanceCount).toBe(before + 2);
    const created = now[0].geometry.getAttribute('aCreatedAtHours') as InstancedBufferAttribute;
    expect(created.getX(before + 1)).toBe(3);
    await r.unmount();
  });

  it('carries each laid puncture\'s creation time and position as instanced attributes', async () => {
    const data = blockDataFor('microneedling-course-4x', null);
    const { r, meshes } = await render(data);
    const g = meshes[0].geometry;
    const created = g.getAttribute('aCreatedAtHours') as InstancedBufferAttribute;
    const offset = g.getAttribute('aOffsetMm') as InstancedBufferAttribute;
    const layout = data.punctures!;
    for (const i of [0, Math.floor(layout.count / 2), layout.count - 1]) {
      expect(created.getX(i)).toBe(layout.createdAtHours[i]);
      expect(offset.getX(i)).toBe(layout.xMm[i]);
      expect(offset.getY(i)).toBe(layout.zMm[i]);
    }
    // The featured channels sit on the cut face at x = 0, one per session, at that session's time.
    const featured = featuredPunctures(data);
    expect(featured.map((f) => f.atHours)).toEqual(data.sessionsHours);
    expect(created.getX(layout.count + 3)).toBe(data.sessionsHours[3]);
    await r.unmount();
  });

  it.each([10_000, 100_000])('draws a %i-puncture layout as ONE instanced mesh, not a component each', async (n) => {
    const { r, meshes } = await render(withLayout(n));
    expect(meshes).toHaveLength(1);
    // No per-instance matrices: the shader places each channel from its offset.
    expect((meshes[0] as { isInstancedMesh?: boolean }).isInstancedMesh).toBeUndefined();
    expect(Object.keys(meshes[0].geometry.attributes).sort()).toEqual(['aCreatedAtHours', 'aOffsetMm', 'aPart', 'aRevealSeconds', 'position']);
    expect(meshes[0].geometry.instanceCount).toBe(n + 1);
    expect(r.toGraph()!.flatMap(function all(n): unknown[] { return [n, ...(n.children ?? []).flatMap(all)]; }).length).toBeLessThan(5);
    await r.unmount();
  });

  it('draws nothing for an uncontrolled wound without strokes', async () => {
    const { r, meshes } = await render(blockDataFor('deep-incision', null));
    expect(meshes).toHaveLength(0);
    await r.unmount();
  });

  it('disposes its geometry and material on unmount', async () => {
    const { r, meshes } = await render(blockDataFor(FACE, null));
    const geometry = vi.spyOn(meshes[0].geometry, 'dispose');
    const material = vi.spyOn(meshes[0].material as Material, 'dispose');
    await r.unmount();
    flushRetired(); // what a structure replaces is disposed once the next frames are drawn (retire.ts)
    expect(geometry).toHaveBeenCalled();
    expect(material).toHaveBeenCalled();
  });
});
