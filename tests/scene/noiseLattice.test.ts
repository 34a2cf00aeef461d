// The noise lattice behind the tissue textures: the same bytes on every run (seeded), spread
// evenly over 0–255 in every channel, channels independent of each other, and a texture that
// repeats and filters linearly, as shaders/lib/noise.glsl's value noise needs.
import { describe, expect, it } from 'vitest';
import { LinearFilter, RepeatWrapping } from 'three';
import { NOISE_LATTICE_SIZE, noiseLatticeData, noiseLatticeTexture } from '../../src/scene/noiseLattice';

const data = noiseLatticeData();
const channel = (c: number) => Array.from({ length: data.length / 4 }, (_, i) => data[i * 4 + c]);

describe('noise lattice', () => {
  it('is one RGBA byte per channel per texel, made once', () => {
    expect(data).toHaveLength(NOISE_LATTICE_SIZE * NOISE_LATTICE_SIZE * 4);
    expect(noiseLatticeData()).toBe(data);
  });

  it('spreads each channel evenly: every eighth of the byte range holds 12.5% ± 0.5% of texels', () => {
    for (let c = 0; c < 4; c++) {
      const bins = new Array<number>(8).fill(0);
      for (const v of channel(c)) bins[v >> 5]++;
      for (const n of bins) expect(Math.abs(n / (data.length / 4) - 0.125)).toBeLessThan(0.005);
    }
  });

  it('keeps channels and neighbouring texels uncorrelated (|r| < 0.02)', () => {
    const corr = (a: number[], b: number[]) => {
      const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
      const [ma, mb] = [mean(a), mean(b)];
      let ab = 0, aa = 0, bb = 0;
      for (let i = 0; i < a.length; i++) { ab += (a[i] - ma) * (b[i] - mb); aa += (a[i] - ma) ** 2; bb += (b[i] - mb) ** 2; }
      return ab / Math.sqrt(aa * bb);
    };
    const r = channel(0);
    for (let c = 1; c < 4; c++) expect(Math.abs(corr(r, channel(c)))).toBeLessThan(0.02);
    expect(Math.abs(corr(r, [...r.slice(1), r[0]]))).toBeLessThan(0.02);
    expect(Math.abs(corr(r, [...r.slice(NOISE_LATTICE_SIZE), ...r.slice(0, NOISE_LATTICE_SIZE)]))).toBeLessThan(0.02);
  });

  it('makes a repeating, linearly filtered texture without mipmaps over the same bytes', () => {
    const tex = noiseLatticeTexture();
    expect(tex.image.data).toBe(data);
    expect([tex.image.width, tex.image.height]).toEqual([NOISE_LATTICE_SIZE, NOISE_LATTICE_SIZE]);
    expect([tex.wrapS, tex.wrapT]).toEqual([RepeatWrapping, RepeatWrapping]);
    expect([tex.magFilter, tex.minFilter, tex.generateMipmaps]).toEqual([LinearFilter, LinearFilter, false]);
    tex.dispose();
  });
});
