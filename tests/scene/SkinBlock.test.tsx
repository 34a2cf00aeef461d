// The skin block is one mesh with one shader material whose uniforms come from the model
// (layer depths per body site, lesion, sessions) and the store (stain, layout), and it frees
// its GPU objects when it goes away.
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BufferGeometry, DataTexture, ShaderMaterial, type Mesh, type Object3D, type WebGLRenderer } from 'three';
import { useThree } from '@react-three/fiber';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { useCorium } from '../../src/state/store';
import { BlockContext, type BlockUniforms } from '../../src/scene/blockContext';
import { SkinBlock, type TissueMaterial } from '../../src/scene/SkinBlock';
import { curveUniformsFor } from '../../src/scene/useCurveUniforms';
import { junctionDepthMm } from '../../src/scene/skinBlockGeometry';
import { FULL_DETAIL_MARK, flatColourUniform, markDetailReady, programVariant, type FlatTissueMaterial } from '../../src/scene/firstPicture';
import { NOISE_LATTICE_SIZE } from '../../src/scene/noiseLattice';
import { flushRetired } from '../../src/scene/retire';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The block's uniforms, as TissueBlock makes them. */
const blockUniforms = (data: BlockData): BlockUniforms => curveUniformsFor(data);

// The test renderer's WebGL stub never reports a program ready; each test decides when it is.
let compiled: { resolve: () => void; objects: Object3D[] } | null = null;
/** What was handed to the renderer's synchronous compile (the early link), in order. */
let linked: Object3D[] = [];
/** Whether the stub offers KHR_parallel_shader_compile. */
let parallelCompile = false;
let renderer: WebGLRenderer | null = null;
function CompileWhenTold() {
  const gl = useThree((s) => s.gl);
  renderer = gl;
  gl.compile = (object) => { linked.push(object); return new Set(); };
  // As on SwiftShader: no parallel compile, so the full program is linked as the block mounts.
  gl.extensions.has = (name) => name !== 'KHR_parallel_shader_compile' || parallelCompile;
  gl.compileAsync = (object) => new Promise((resolve) => {
    compiled = { resolve: () => resolve(object), objects: [...(compiled?.objects ?? []), object] };
  });
  return null;
}

/** Marks a stain's full program ready on this canvas's renderer before the block mounts. */
function ReadyFor({ variant, children }: { variant: string; children: ReactNode }) {
  markDetailReady(useThree((s) => s.gl), variant);
  return <>{children}</>;
}

function Block({ data, uniforms, onDetail }: { data: BlockData; uniforms: BlockUniforms; onDetail?: () => void }) {
  return (
    <BlockContext.Provider value={{ data, uniforms, role: 'primary' }}>
      <CompileWhenTold />
      <SkinBlock onDetail={onDetail} />
    </BlockContext.Provider>
  );
}

const materialName = (mesh: Mesh) => (mesh.material as ShaderMaterial).name;

/** Renders the block and, unless `flatOnly`, lets it reach full detail: one frame (the flat picture), then the compile. */
async function render(data: BlockData, uniforms = blockUniforms(data), { flatOnly = false, onDetail = undefined as (() => void) | undefined } = {}) {
  compiled = null;
  linked = [];
  const r = await ReactThreeTestRenderer.create(<Block data={data} uniforms={uniforms} onDetail={onDetail} />);
  const meshes = r.scene.findAll((n) => n.type === 'Mesh');
  const mesh = () => r.scene.findAll((n) => n.type === 'Mesh')[0].instance as Mesh;
  if (!flatOnly) {
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    await vi.waitFor(() => expect(compiled).not.toBeNull());
    await ReactThreeTestRenderer.act(async () => compiled!.resolve());
    await vi.waitFor(() => expect(materialName(mesh())).toBe('tissue'));
  }
  return { r, meshes, mesh, material: () => mesh().material as TissueMaterial, uniforms };
}

afterEach(() => {
  vi.restoreAllMocks();
  useCorium.setState({ stain: 'natural', layout: 'cutaway', hidden: [] });
});

describe('SkinBlock', () => {
  it('draws every layer with one mesh and one shader material, not a component per layer', async () => {
    const { r, meshes, material } = await render(blockDataFor('microneedling-face-0.5mm', null));
    expect(meshes).toHaveLength(1);
    expect(material()).toBeInstanceOf(ShaderMaterial);
    expect(r.scene.children).toHaveLength(1);
    await r.unmount();
  });

  it('carries the model layer bottoms of the site in its uniforms, and changes them with the site', async () => {
    const face = blockDataFor('microneedling-face-0.5mm', 'face');
    const back = blockDataFor('microneedling-face-0.5mm', 'back');
    const { r, material } = await render(face);
    const bottoms = (d: BlockData) => d.tissue.layers.slice(0, 4).map((l) => l.bottomMm);
    expect(material().uniforms.uBoundsMm.value).toEqual(bottoms(face));
    expect(material().uniforms.uReteRidgeMm.value).toBe(face.tissue.reteRidgeDepthMm);
    await r.update(<Block data={back} uniforms={blockUniforms(back)} />);
    expect(material().uniforms.uBoundsMm.value).toEqual(bottoms(back));
    expect(bottoms(back)).not.toEqual(bottoms(face));
    await r.unmount();
  });

  it('shares the block time and curve uniforms instead of copying them', async () => {
    const data = blockDataFor('deep-incision', null);
    const { r, material, uniforms } = await render(data);
    expect(material().uniforms.uTimeHours).toBe(uniforms.uTimeHours);
    expect(material().uniforms.uCurves).toBe(uniforms.uCurves);
    expect(material().uniforms.uLesionKind.value).toBe(1);
    await r.unmount();
  });

  it('reads the injury\'s signals now (redness, collagen) from the block\'s shared uniform, not from the curves per fragment', async () => {
    const data = blockDataFor('microneedling-course-4x', null);
    const { r, material, uniforms } = await render(data);
    expect(material().uniforms.uInjury).toBe(uniforms.uInjury);
    expect(material().fragmentShader).toMatch(/uniform vec4 uInjury\[4\];/);
    expect(material().fragmentShader).not.toMatch(/curveRow\(|uSessionsHours/);
    await r.unmount();
  });

  it('takes stain and layout from the store', async () => {
    const { r, material, mesh } = await render(blockDataFor('microneedling-face-0.5mm', null));
    const m = material();
    expect(m.defines.STAIN).toBe(0);
    expect(m.uniforms.uExplode.value).toBe(0);
    const version = m.version;
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setStain('trichrome'));
    expect(m.defines.STAIN).toBe(2);
    // A new define needs a new program: three compiles one when the material's version moves on.
    expect(m.version).toBeGreaterThan(version);
    // Meanwhile the flat picture shows the layers in the new stain's colours.
    expect(materialName(mesh())).toBe('tissue-flat');
    expect((mesh().material as FlatTissueMaterial).uniforms.uLayerColour.value).toEqual(flatColourUniform('trichrome'));
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setStain('he'));
    expect(m.defines.STAIN).toBe(1);
    expect((mesh().material as FlatTissueMaterial).uniforms.uLayerColour.value).toEqual(flatColourUniform('he'));
    const settled = m.version;
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setLayout('exploded'));
    expect(m.version).toBe(settled);
    expect(m.uniforms.uExplode.value).toBe(1);
    expect((mesh().material as FlatTissueMaterial).uniforms.uExplode).toBe(m.uniforms.uExplode);
    await r.unmount();
  });

  it('leaves the link to compileAsync where the browser compiles in parallel (KHR_parallel_shader_compile)', async () => {
    parallelCompile = true;
    try {
      const { r } = await render(blockDataFor('microneedling-face-0.5mm', null), undefined, { flatOnly: true });
      expect(linked).toEqual([]);
      await r.unmount();
    } finally {
      parallelCompile = false;
    }
  });

  it('draws a flat first picture until the full program is compiled, then the full one, and frees the flat one', async () => {
    const materialDispose = vi.spyOn(ShaderMaterial.prototype, 'dispose');
    const onDetail = vi.fn();
    const { r, mesh } = await render(blockDataFor('microneedling-face-0.5mm', null), undefined, { flatOnly: true, onDetail });
    const flat = mesh().material as FlatTissueMaterial;
    expect(flat.name).toBe('tissue-flat');
    expect(flat.uniforms.uLayerColour.value).toEqual(flatColourUniform('natural'));
    // The full program's link is issued as the block mounts, before any frame, on a mesh of the
    // block's geometry; nothing waits on it before the flat picture's frame.
    expect(linked).toHaveLength(1);
    expect(((linked[0] as Mesh).material as ShaderMaterial).name).toBe('tissue');
    expect((linked[0] as Mesh).geometry).toBe(mesh().geometry);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(compiled).toBeNull();
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    await vi.waitFor(() => expect(compiled).not.toBeNull());
    const probe = compiled!.objects[0] as Mesh;
    const full = probe.material as TissueMaterial;
    expect(full.name).toBe('tissue');
    expect(probe.geometry).toBe(mesh().geometry);
    expect(flat.uniforms.uBoundsMm).toBe(full.uniforms.uBoundsMm);
    expect(flat.uniforms.uLayerShown).toBe(full.uniforms.uLayerShown);
    // More frames while it compiles: still flat, and one compile only.
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(3, 16));
    expect(mesh().material).toBe(flat);
    expect(compiled!.objects).toHaveLength(1);
    await ReactThreeTestRenderer.act(async () => compiled!.resolve());
    await vi.waitFor(() => expect(mesh().material).toBe(full));
    expect(materialDispose.mock.contexts).toContain(flat);
    expect(materialDispose.mock.contexts).not.toContain(full);
    // Its first draw is full detail: the bench's mark, and the block's signal to stage the structures.
    expect(onDetail).not.toHaveBeenCalled();
    performance.clearMarks(FULL_DETAIL_MARK);
    mesh().onAfterRender(renderer!, r.scene.instance as never, null as never, mesh().geometry, full, null as never);
    mesh().onAfterRender(renderer!, r.scene.instance as never, null as never, mesh().geometry, full, null as never);
    expect(onDetail).toHaveBeenCalledTimes(1);
    expect(performance.getEntriesByName(FULL_DETAIL_MARK)).toHaveLength(1);
    await r.unmount();
  });

  it('a block made once the program is ready draws it at once, with no flat picture', async () => {
    compiled = null;
    const data = blockDataFor('deep-incision', null);
    const r = await ReactThreeTestRenderer.create(<ReadyFor variant={programVariant({ STAIN: 0, LESION: 1 })}><Block data={data} uniforms={blockUniforms(data)} /></ReadyFor>);
    const mesh = r.scene.findAll((n) => n.type === 'Mesh')[0].instance as Mesh;
    expect(materialName(mesh)).toBe('tissue');
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(2, 16));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(compiled).toBeNull();
    // Another stain not compiled yet: flat meanwhile.
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setStain('he'));
    expect(materialName(mesh)).toBe('tissue-flat');
    await r.unmount();
  });

  it('tells the program variants apart by their defines, in any order', () => {
    expect(programVariant({ STAIN: 2, LESION: 1 })).toBe(programVariant({ LESION: 1, STAIN: 2 }));
    expect(programVariant({ STAIN: 0 })).not.toBe(programVariant({ STAIN: 0, LESION: 1 }));
    expect(programVariant({ STAIN: 0 })).not.toBe(programVariant({ STAIN: 1 }));
  });

  it('fills the wound on the slab faces only for blocks with an uncontrolled wound (define LESION)', async () => {
    const channels = await render(blockDataFor('microneedling-face-0.5mm', null));
    expect(channels.material().defines.LESION).toBeUndefined();
    // The wound's fill is compiled only into the programs of blocks that need it.
    expect(channels.material().fragmentShader).toMatch(/#ifdef LESION\n#include "lib\/lesion-fill.glsl"|#ifdef LESION\n\/\/ lesion-fill\.glsl/);
    await channels.r.unmount();
    const cut = await render(blockDataFor('deep-incision', null));
    expect(cut.material().defines.LESION).toBe(1);
    await cut.r.unmount();
  });

  it('compiles a condition\'s dent and altered tissue (define CONDITION) only into the programs of blocks that show one, flat picture included', async () => {
    /** The defines of the flat picture and of the full program the block asks to compile. */
    const definesOf = async (id: string) => {
      const { r, mesh } = await render(blockDataFor(id, null), undefined, { flatOnly: true });
      const flat = mesh().material as FlatTissueMaterial;
      await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
      await vi.waitFor(() => expect(compiled).not.toBeNull());
      const full = (compiled!.objects[0] as Mesh).material as TissueMaterial;
      await r.unmount();
      return { flat: flat.defines, full: full.defines, fragment: full.fragmentShader };
    };
    const needled = await definesOf('microneedling-face-0.5mm');
    expect(needled.flat).toEqual({});
    expect(needled.full).toEqual({ STAIN: 0 });
    // The dent's code sits behind the define in the source both programs include.
    expect(needled.fragment).toMatch(/#ifdef CONDITION\n {2}float dent = dentDepthMm/);
    for (const id of ['acne-scars-boxcar-course', 'fine-lines-course', 'stretch-marks-red-course']) {
      const shown = await definesOf(id);
      expect(shown.flat, id).toEqual({ CONDITION: 1 });
      expect(shown.full, id).toEqual({ STAIN: 0, CONDITION: 1 });
    }
  });

    it('hides the layers unticked in the layers panel through uLayerShown, keeping its material', async () => {
    const { r, material } = await render(blockDataFor('microneedling-face-0.5mm', null));
    const m = material();
    expect(m.uniforms.uLayerShown.value).toEqual([1, 1, 1, 1, 1]);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('epidermis', true));
    expect(m.uniforms.uLayerShown.value).toEqual([1, 0, 1, 1, 1]);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('vessels', true));
    expect(m.uniforms.uLayerShown.value).toEqual([1, 0, 1, 1, 1]);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('epidermis', false));
    expect(m.uniforms.uLayerShown.value).toEqual([1, 1, 1, 1, 1]);
    expect(material()).toBe(m);
    await r.unmount();
  });

  it('draws the wavy junction faces inside the block only while a hidden or pulled-apart layer shows them, built once', async () => {
    const data = blockDataFor('microneedling-face-0.5mm', null);
    const dispose = vi.spyOn(BufferGeometry.prototype, 'dispose');
    const { r, mesh } = await render(data);
    // A triangle of the junction's wavy faces has every corner on the junction (a side face has at most two).
    const junctionTriangles = () => {
      const g = mesh().geometry, index = g.index!, pos = g.getAttribute('position');
      const onJunction = (v: number) => Math.abs(pos.getY(v) + junctionDepthMm(data.tissue, pos.getX(v), pos.getZ(v))) < 1e-5;
      let n = 0;
      for (let t = 0; t < index.count / 3; t++) if ([0, 1, 2].every((k) => onJunction(index.getX(t * 3 + k)))) n++;
      return { junction: n, all: index.count / 3 };
    };
    const outside = junctionTriangles();
    expect(outside.junction).toBe(0);
    expect(outside.all).toBeLessThan(10_000);
    const outer = mesh().geometry;

    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('papillary', true));
    const opened = junctionTriangles();
    // Both faces: the epidermis's floor and the papillary dermis's roof, 160 × 160 quads each.
    expect(opened.junction).toBe(2 * 160 * 160 * 2);
    expect(opened.all).toBe(outside.all + opened.junction);
    const full = mesh().geometry;
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('vessels', true));
    expect(junctionTriangles()).toEqual(opened);

    // Back and forth: the same two geometries, none rebuilt or thrown away while the block stays.
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('papillary', false));
    expect(junctionTriangles()).toEqual(outside);
    expect(mesh().geometry).toBe(outer);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setLayout('exploded'));
    expect(junctionTriangles()).toEqual(opened);
    expect(mesh().geometry).toBe(full);
    expect(dispose.mock.contexts).not.toContain(outer);
    expect(dispose.mock.contexts).not.toContain(full);
    await r.unmount();
    expect(dispose.mock.contexts).toContain(outer);
    expect(dispose.mock.contexts).toContain(full);
  });

  it('builds the epidermis/dermis faces on the undulating junction, rete ridges as deep as the model says', async () => {
    const data = blockDataFor('microneedling-face-0.5mm', null);
    useCorium.getState().setHidden('epidermis', true);
    const { r, mesh } = await render(data);
    const g = mesh().geometry;
    const pos = g.getAttribute('position');
    const layer = g.getAttribute('aLayer');
    const papillaryTops: number[] = [];
    for (let i = 0; i < pos.count; i++) {
      const y = pos.getY(i);
      if (layer.getX(i) === 2 && Math.abs(y + junctionDepthMm(data.tissue, pos.getX(i), pos.getZ(i))) < 1e-5) papillaryTops.push(-y);
    }
    expect(papillaryTops.length).toBeGreaterThan(1000);
    const span = Math.max(...papillaryTops) - Math.min(...papillaryTops);
    expect(span).toBeGreaterThan(0.8 * data.tissue.reteRidgeDepthMm);
    expect(span).toBeLessThanOrEqual(data.tissue.reteRidgeDepthMm + 1e-6);
    expect(new Set(Array.from({ length: layer.count }, (_, i) => layer.getX(i)))).toEqual(new Set([0, 1, 2, 3, 4]));
    await r.unmount();
  });

  it('disposes its geometry, material and noise lattice on unmount', async () => {
    const geometryDispose = vi.spyOn(BufferGeometry.prototype, 'dispose');
    const materialDispose = vi.spyOn(ShaderMaterial.prototype, 'dispose');
    const textureDispose = vi.spyOn(DataTexture.prototype, 'dispose');
    const { r, mesh, material } = await render(blockDataFor('microneedling-face-0.5mm', null));
    const [g, m] = [mesh().geometry, material()];
    const noise = m.uniforms.uNoise.value;
    expect(noise.image.width).toBe(NOISE_LATTICE_SIZE);
    await r.unmount();
    flushRetired(); // what a structure replaces is disposed once the next frames are drawn (retire.ts)
    expect(geometryDispose.mock.contexts).toContain(g);
    expect(materialDispose.mock.contexts).toContain(m);
    expect(textureDispose.mock.contexts).toContain(noise);
  });
});
