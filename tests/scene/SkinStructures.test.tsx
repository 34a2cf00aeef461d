// The skin's appendages and nerves sit at the model's depths on the cut-away face, palms have no
// follicles, the structures are a handful of meshes, and they are disposed on unmount.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Box3, type Mesh, type Material } from 'three';
import { layer, structureDepth } from '../../src/model';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { BlockContext } from '../../src/scene/blockContext';
import { useCurveUniforms } from '../../src/scene/useCurveUniforms';
import { SkinStructures } from '../../src/scene/SkinStructures';
import { useCorium } from '../../src/state/store';
import { flushRetired } from '../../src/scene/retire';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => useCorium.setState({ hidden: [] }));

function Harness({ data, children }: { data: BlockData; children: ReactNode }) {
  const uniforms = useCurveUniforms(data);
  return <BlockContext.Provider value={{ data, uniforms, role: 'primary' }}>{children}</BlockContext.Provider>;
}

async function render(data: BlockData) {
  const r = await ReactThreeTestRenderer.create(<Harness data={data}><SkinStructures /></Harness>);
  const meshes = r.scene.findAll((n) => n.type === 'Mesh').map((n) => n.instance as Mesh);
  const box = (name: string) => {
    const m = meshes.find((x) => x.name === name);
    if (!m) throw new Error(`no mesh ${name}`);
    return new Box3().setFromBufferAttribute(m.geometry.getAttribute('position') as never);
  };
  return { r, meshes, box };
}

describe.each(['microneedling-face-0.5mm', 'deep-incision'])('skin structures of %s', (scenarioId) => {
  const data = blockDataFor(scenarioId, null);
  const t = data.tissue;

  it('has a follicle whose bulb reaches the model follicle depth, and a sebaceous gland at its depth', async () => {
    const { r, box } = await render(data);
    expect(box('hair-follicle').min.y).toBeCloseTo(-structureDepth(t, 'follicleBulbs')!, 2);
    const gland = box('sebaceous-gland');
    const glandMm = structureDepth(t, 'sebaceousGlands')!;
    expect(-gland.max.y).toBeLessThan(glandMm);
    expect(-gland.min.y).toBeGreaterThan(glandMm);
    // The hair leaves the skin: its shaft rises above the surface.
    expect(box('hair-shaft').max.y).toBeGreaterThan(0.2);
    await r.unmount();
  });

  it('sends free nerve endings into the living epidermis, up to the model nerve-ending depth', async () => {
    const { r, box } = await render(data);
    const top = box('free-nerve-endings').max.y;
    const endMm = structureDepth(t, 'nerveEndings')!;
    expect(top).toBeGreaterThan(-endMm - 0.002);
    expect(top).toBeLessThan(-endMm + 0.01);
    expect(-top).toBeLessThan(layer(t, 'viableEpidermis').bottomMm);
    await r.unmount();
  });

  it('puts the sweat gland coil deep in the dermis with its duct opening at the surface', async () => {
    const { r, box } = await render(data);
    const g = box('eccrine-sweat-gland');
    expect(g.max.y).toBeGreaterThan(-0.005);
    expect(g.max.y).toBeLessThan(0.02);
    expect(-g.min.y).toBeGreaterThan(layer(t, 'reticularDermis').topMm + 0.5 * (layer(t, 'reticularDermis').bottomMm - layer(t, 'reticularDermis').topMm));
    await r.unmount();
  });

  it('lays everything on the cut-away front face, away from x = 0 where the zoomed views look', async () => {
    const { r, meshes, box } = await render(data);
    const face = data.blockMm / 2;
    for (const m of meshes) {
      const b = new Box3().setFromBufferAttribute(m.geometry.getAttribute('position') as never);
      expect(b.max.z, m.name).toBeGreaterThan(face);
      expect(b.min.z, m.name).toBeGreaterThan(face - 0.2);
    }
    expect(box('hair-follicle').max.x).toBeLessThan(-0.7);
    expect(box('eccrine-sweat-gland').min.x).toBeGreaterThan(0.9);
    await r.unmount();
  });
});

describe('palm', () => {
  it('draws no follicle, hair or sebaceous gland (the model gives none), but keeps the sweat gland and nerves', async () => {
    const { r, meshes } = await render(blockDataFor('microneedling-face-0.5mm', 'palm'));
    const names = meshes.map((m) => m.name);
    expect(names).not.toContain('hair-follicle');
    expect(names).not.toContain('hair-shaft');
    expect(names).not.toContain('sebaceous-gland');
    expect(names).toEqual(expect.arrayContaining(['eccrine-sweat-gland', 'free-nerve-endings', 'lamellar-corpuscle']));
    await r.unmount();
  });
});

describe('SkinStructures scene graph', () => {
  it('is a handful of merged meshes, disposed (geometries and material) on unmount', async () => {
    const { r, meshes } = await render(blockDataFor('microneedling-face-0.5mm', null));
    expect(meshes.length).toBeLessThanOrEqual(6);
    const spies = [...meshes.map((m) => vi.spyOn(m.geometry, 'dispose')), vi.spyOn(meshes[0].material as Material, 'dispose')];
    await r.unmount();
    flushRetired(); // what a structure replaces is disposed once the next frames are drawn (retire.ts)
    for (const s of spies) expect(s).toHaveBeenCalled();
  });
});

describe('SkinStructures visibility', () => {
  it('hides the meshes of a part unticked in the layers panel, without re-creating their geometry', async () => {
    const { r, meshes } = await render(blockDataFor('microneedling-face-0.5mm', null));
    const byName = (name: string) => meshes.find((m) => m.name === name)!;
    const geometries = meshes.map((m) => m.geometry);
    expect(meshes.every((m) => m.visible)).toBe(true);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('follicles', true));
    expect(byName('hair-follicle').visible).toBe(false);
    expect(byName('hair-shaft').visible).toBe(false);
    expect(byName('sebaceous-gland').visible).toBe(true);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('glands', true));
    expect(byName('sebaceous-gland').visible).toBe(false);
    expect(byName('eccrine-sweat-gland').visible).toBe(false);
    expect(byName('free-nerve-endings').visible).toBe(true);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('follicles', false));
    expect(byName('hair-follicle').visible).toBe(true);
    expect(meshes.map((m) => m.geometry)).toEqual(geometries);
    await r.unmount();
  });
});
