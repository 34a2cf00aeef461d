// The uncontrolled wound's mesh: its fragment stage is assembled like every other (the noise
// library it calls is prepended) and it owns its own noise-lattice texture, disposed with it;
// pulled apart, it is drawn once per layer slab, each copy moved with its slab and clipped to it.
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Texture, type DataTexture, type InstancedBufferGeometry, type Mesh, type ShaderMaterial } from 'three';
import { useCorium } from '../../src/state/store';
import { SLAB_COUNT } from '../../src/scene/slabs';
import { EXPLODE_GAP_MM, drawnLayerBounds } from '../../src/scene/skinBlockGeometry';
import { WoundLesion } from '../../src/scene/WoundLesion';
import { NOISE_LATTICE_SIZE } from '../../src/scene/noiseLattice';
import { renderInBlock } from './blockHarness';
import { flushRetired } from '../../src/scene/retire';

afterEach(() => {
  vi.restoreAllMocks();
  useCorium.setState({ layout: 'cutaway' });
});

describe('WoundLesion', () => {
  it('samples the noise lattice and disposes its texture with the material', async () => {
    const dispose = vi.spyOn(Texture.prototype, 'dispose');
    const { renderer } = await renderInBlock('deep-incision', <WoundLesion />);
    const mesh = renderer.scene.findAll((n) => n.type === 'Mesh')[0].instance as Mesh;
    const material = mesh.material as ShaderMaterial;
    expect(material.fragmentShader).toMatch(/uniform sampler2D uNoise;/);
    expect(material.fragmentShader).toMatch(/float nzValue\(vec2 p\)/);
    const noise = material.uniforms.uNoise.value as DataTexture;
    expect(noise.image.width).toBe(NOISE_LATTICE_SIZE);
    await renderer.unmount();
    flushRetired(); // what a structure replaces is disposed once the next frames are drawn (retire.ts)
    expect(dispose.mock.contexts).toContain(noise);
  });

  it('draws one copy cut away and one per layer slab pulled apart, moved and clipped by lib/explode.glsl', async () => {
    const { renderer, data } = await renderInBlock('deep-incision', <WoundLesion />);
    const mesh = renderer.scene.findAll((n) => n.type === 'Mesh')[0].instance as Mesh;
    const geometry = mesh.geometry as InstancedBufferGeometry;
    const material = mesh.material as ShaderMaterial;
    expect(geometry.isInstancedBufferGeometry).toBe(true);
    expect(geometry.instanceCount).toBe(1);
    expect(material.uniforms.uExplode.value).toBe(0);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setLayout('exploded'));
    expect(geometry.instanceCount).toBe(SLAB_COUNT);
    expect(material.uniforms.uExplode.value).toBe(1);
    expect(material.uniforms.uExplodeGapMm.value).toBe(EXPLODE_GAP_MM);
    expect(material.uniforms.uBoundsMm.value).toEqual(drawnLayerBounds(data).slice(0, 4).map((b) => b.bottomMm));
    expect(material.vertexShader).toMatch(/explodeMove\(p, vSlab\)/);
    expect(material.vertexShader).toMatch(/vSlab = float\(gl_InstanceID\)/);
    expect(material.fragmentShader).toMatch(/if \(outsideSlab\(vPos, vSlab\)\) discard;/);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setLayout('cutaway'));
    expect(geometry.instanceCount).toBe(1);
    await renderer.unmount();
  });

  it('draws nothing for micro-channels', async () => {
    const { renderer } = await renderInBlock('microneedling-face-0.5mm', <WoundLesion />);
    expect(renderer.scene.findAll((n) => n.type === 'Mesh')).toHaveLength(0);
    await renderer.unmount();
  });
});
