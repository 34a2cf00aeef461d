// The random lattice the tissue textures are built from (shaders/lib/noise.glsl): a repeating
// square of seeded random bytes, four independent values per texel. Looking noise up in a small
// texture instead of hashing it in GLSL is the usual trick for weak GPUs: the tissue shader's
// first draw on software WebGL, compile included, took about a fifth less time (README,
// Performance) and each fragment does less arithmetic. Channel r feeds value noise (filtered);
// g, b and a feed cell jitter and ids (read exactly, at texel centres).
import { DataTexture, LinearFilter, RGBAFormat, RepeatWrapping, UnsignedByteType } from 'three';
import { createRandom } from '../model/random';

/** Texels along each side: NZ_SIZE in noise.glsl. Patterns repeat every 256 lattice cells. */
export const NOISE_LATTICE_SIZE = 256;
const SEED = 0x5eed;

let lattice: Uint8Array | null = null;

/** The lattice's bytes (RGBA, row by row), made once from a fixed seed: the same on every run. */
export function noiseLatticeData(): Uint8Array {
  if (!lattice) {
    const random = createRandom(SEED);
    lattice = new Uint8Array(NOISE_LATTICE_SIZE * NOISE_LATTICE_SIZE * 4);
    for (let i = 0; i < lattice.length; i++) lattice[i] = Math.floor(random.next() * 256);
  }
  return lattice;
}

/** A new texture of the lattice (the caller disposes it), repeating and linearly filtered. */
export function noiseLatticeTexture(): DataTexture {
  const tex = new DataTexture(noiseLatticeData(), NOISE_LATTICE_SIZE, NOISE_LATTICE_SIZE, RGBAFormat, UnsignedByteType);
  tex.name = 'noise-lattice';
  tex.wrapS = RepeatWrapping;
  tex.wrapT = RepeatWrapping;
  // Value noise relies on bilinear filtering between lattice points; mipmaps would blur it.
  tex.magFilter = LinearFilter;
  tex.minFilter = LinearFilter;
  tex.generateMipmaps = false;
  tex.needsUpdate = true;
  return tex;
}
