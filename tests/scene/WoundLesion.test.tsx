// The uncontrolled wound's mesh: its fragment stage is assembled like every other (the noise
// library it calls is prepended) and it owns its own noise-lattice texture, disposed with it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Texture, type DataTexture, type Mesh, type ShaderMaterial } from 'three';
import { WoundLesion } from '../../src/scene/WoundLesion';
import { NOISE_LATTICE_SIZE } from '../../src/scene/noiseLattice';
import { renderInBlock } from './blockHarness';

afterEach(() => vi.restoreAllMocks());

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
    expect(dispose.mock.contexts).toContain(noise);
  });

  it('draws nothing for micro-channels', async () => {
    const { renderer } = await renderInBlock('microneedling-face-0.5mm', <WoundLesion />);
    expect(renderer.scene.findAll((n) => n.type === 'Mesh')).toHaveLength(0);
    await renderer.unmount();
  });
});
