// The vessels are drawn where the model puts them: capillary loop tips at the model's loop depth,
// one loop per papilla, plexuses at their model depths; as three merged meshes, disposed on unmount.
import { describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { Camera, Mesh, BufferGeometry, ShaderMaterial } from 'three';
import { structureDepth } from '../../src/model';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { BlockContext, type BlockUniforms } from '../../src/scene/blockContext';
import { useCurveUniforms } from '../../src/scene/useCurveUniforms';
import { TUBE_SIDES, Vasculature, regrowHours } from '../../src/scene/Vasculature';
import { PAPILLA_SPACING_MM, vesselNetwork } from '../../src/scene/vesselNetwork';
import { facesSeenFrom, vesselReach } from '../../src/scene/vesselReach';
import { useThree } from '@react-three/fiber';
import { useCorium } from '../../src/state/store';
import type { TubePath } from '../../src/scene/tubes';
import { flushRetired } from '../../src/scene/retire';

let lastUniforms: BlockUniforms | null = null;

function Harness({ data, children }: { data: BlockData; children: ReactNode }) {
  const uniforms = useCurveUniforms(data);
  lastUniforms = uniforms;
  return <BlockContext.Provider value={{ data, uniforms, role: 'primary' }}>{children}</BlockContext.Provider>;
}

async function render(data: BlockData) {
  const r = await ReactThreeTestRenderer.create(<Harness data={data}><Vasculature /></Harness>);
  const meshes = r.scene.findAll((n) => n.type === 'Mesh').map((n) => n.instance as Mesh);
  const byName = (name: string) => meshes.find((m) => m.name === name);
  return { r, meshes, byName };
}

/** Centreline heights (y, mm) of each tube of a merged geometry, from the paths it was merged from. */
function tubeCentreYs(g: BufferGeometry, paths: readonly TubePath[], meshSides: number): number[][] {
  const c = g.getAttribute('aCentre');
  let start = 0;
  return paths.map((p) => {
    const n = p.points.length * (p.sides ?? meshSides);
    const ys = Array.from({ length: n }, (_, i) => c.getY(start + i));
    start += n;
    return ys;
  });
}

describe.each([
  ['microneedling-face-0.5mm', 'face'],
  ['deep-incision', 'forearm'],
])('vasculature of %s (%s)', (scenarioId) => {
  const data = blockDataFor(scenarioId, null);
  const tipMm = structureDepth(data.tissue, 'capillaryLoops')!;

  it('puts every capillary loop tip at the model loop depth (± 6 µm)', async () => {
    const { r, meshes } = await render(data);
    const reach = vesselReach(data);
    const loops = vesselNetwork(data).loops;
    // Each group's mesh starts with its loops (merged in the order loops, plexus, sprouts).
    let tips = 0;
    for (const mesh of meshes) {
      const group = mesh.name === 'vessels-inside' ? 0 : Number(mesh.name.replace('vessels-seen-from-', ''));
      const tubes = tubeCentreYs(mesh.geometry, loops.filter((p) => reach(p) === group), TUBE_SIDES.loops);
      for (const ys of tubes) expect(Math.abs(Math.max(...ys) + tipMm)).toBeLessThanOrEqual(0.006);
      tips += tubes.length;
    }
    expect(tips).toBe(loops.length);
    await r.unmount();
  });

  it('draws the vessels on the faces the camera looks at, and those inside only while a hidden layer shows them', async () => {
    let camera: Camera | null = null;
    const Grab = () => { camera = useThree((s) => s.camera); return null; };
    const r = await ReactThreeTestRenderer.create(<Harness data={data}><Vasculature /><Grab /></Harness>);
    const meshes = r.scene.findAll((n) => n.type === 'Mesh').map((n) => n.instance as Mesh);
    const shown = () => meshes.filter((m) => m.visible).map((m) => m.name).sort();
    const named = (reaches: (m: Mesh) => boolean) => meshes.filter(reaches).map((m) => m.name).sort();
    const bits = (m: Mesh) => Number(m.name.replace('vessels-seen-from-', ''));
    camera!.position.set(7.5, 4.2, 9);
    await r.advanceFrames(1, 16);
    const front = facesSeenFrom([7.5, 4.2, 9], data);
    expect(shown()).toEqual(named((m) => m.name !== 'vessels-inside' && (bits(m) & front) !== 0));
    expect(shown()).not.toContain('vessels-inside');
    camera!.position.set(-9, 1, -9);
    await r.advanceFrames(1, 16);
    const back = facesSeenFrom([-9, 1, -9], data);
    expect(shown()).toEqual(named((m) => m.name !== 'vessels-inside' && (bits(m) & back) !== 0));
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('epidermis', true));
    await r.advanceFrames(1, 16);
    expect(shown()).toEqual(named(() => true));
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('epidermis', false));
    await r.advanceFrames(1, 16);
    expect(shown()).not.toContain('vessels-inside');
    await r.unmount();
  });

  it('keeps whole, smooth hairpins on the cut faces and coarse ones inside (a third of the vertices)', () => {
    const loops = vesselNetwork(data).loops;
    const half = data.blockMm / 2;
    const onFace = (l: TubePath) => l.points.every((p) => p[2] > half - 0.05) || l.points.every((p) => p[0] > half - 0.05);
    const face = loops.filter(onFace);
    const inside = loops.filter((l) => !onFace(l));
    expect(face.length).toBeGreaterThan(40);
    for (const l of face) expect([l.points.length, l.sides ?? TUBE_SIDES.loops]).toEqual([22, 6]);
    for (const l of inside) expect(l.points.length * (l.sides ?? TUBE_SIDES.loops)).toBeLessThanOrEqual((22 * 6) / 3);
  });

  it('starts each loop at the subpapillary plexus, below its tip', () => {
    const net = vesselNetwork(data);
    const subMm = structureDepth(data.tissue, 'subpapillaryPlexus')!;
    for (const loop of net.loops) expect(Math.min(...loop.points.map((p) => p[1]))).toBeCloseTo(-subMm, 6);
  });

  it('draws the subpapillary and deep plexuses at their model depths', async () => {
    const ys = vesselNetwork(data).plexus.flatMap((p) => p.points.map((q) => q[1]));
    const near = (depth: number, tol: number) => ys.filter((y) => Math.abs(y + depth) < tol).length / ys.length;
    // Most of the plexus centreline lies in the two horizontal networks (the rest are connecting vessels).
    expect(near(structureDepth(data.tissue, 'subpapillaryPlexus')!, 0.03)).toBeGreaterThan(0.35);
    expect(near(structureDepth(data.tissue, 'deepPlexus')!, 0.08)).toBeGreaterThan(0.08);
  });
});

describe('capillary loop count', () => {
  const data = blockDataFor('microneedling-face-0.5mm', null);
  it('is one loop per papilla: (block edge / papilla spacing)², several hundred to ~1,100 in a 4 mm block', () => {
    const n = vesselNetwork(data).loops.length;
    expect(n).toBe(Math.round(data.blockMm / PAPILLA_SPACING_MM) ** 2);
    expect(n).toBeGreaterThan(500);
    expect(n).toBeLessThan(1200);
  });
  it('scales with the block area', () => {
    const full = vesselNetwork(data).loops.length;
    const half = vesselNetwork({ ...data, blockMm: data.blockMm / 2 }).loops.length;
    expect(full / half).toBeGreaterThan(3.6);
    expect(full / half).toBeLessThan(4.4);
  });
});

describe('vessel sprouts', () => {
  it('grow toward each micro-channel of a treatment (two or more per channel)', () => {
    const data = blockDataFor('microneedling-acne-scars-1.5mm', null);
    expect(vesselNetwork(data).sprouts.length).toBeGreaterThanOrEqual(2 * data.punctures!.count);
  });
  it('grow into an uncontrolled lesion from its edges, and cut vessels regrow after the wound, not before', () => {
    const data = blockDataFor('burn-deep-partial', null);
    expect(vesselNetwork(data).sprouts.length).toBeGreaterThan(20);
    const [start, end] = regrowHours(data);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThan(data.spanHours);
  });
});

describe('Vasculature scene graph', () => {
  it('is a few merged meshes sharing the block clock (no per-loop components)', async () => {
    const data = blockDataFor('microneedling-acne-scars-1.5mm', null);
    const { r, meshes } = await render(data);
    expect(meshes.length).toBeGreaterThanOrEqual(2);
    expect(meshes.length).toBeLessThanOrEqual(16);
    expect(r.scene.findAll(() => true).length).toBeLessThan(meshes.length + 3);
    const mat = meshes[0].material as ShaderMaterial;
    // The same {value} objects as the block's, so the per-frame clock reaches the shader with no JS.
    expect(mat.uniforms.uTimeHours).toBe(lastUniforms!.uTimeHours);
    expect(mat.uniforms.uAnimSeconds).toBe(lastUniforms!.uAnimSeconds);
    // The area's injury age comes from the block's clock too (src/state/injury.ts), for every course length.
    expect(mat.uniforms.uInjuryAgeHours).toBe(lastUniforms!.uInjuryAgeHours);
    await r.unmount();
  });

  it('disposes its geometries and material on unmount', async () => {
    const { r, meshes } = await render(blockDataFor('burn-deep-partial', null));
    const spies = [...meshes.map((m) => vi.spyOn(m.geometry, 'dispose')), vi.spyOn(meshes[0].material as ShaderMaterial, 'dispose')];
    await r.unmount();
    flushRetired(); // what a structure replaces is disposed once the next frames are drawn (retire.ts)
    for (const s of spies) expect(s).toHaveBeenCalled();
  });
});
