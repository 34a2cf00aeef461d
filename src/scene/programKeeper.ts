// Keeps the shader programs of the block's variants alive across scenario switches. three.js frees
// a program when the last material using it is disposed, so going from a cut (the tissue program
// with LESION, the lesion's program) to micro-needling (without LESION, the punctures' program)
// and back compiled and linked each program again: about a third of a second of software WebGL
// per switch, paid again on every switch of a comparison or a tour. A retired material of a
// variant nobody keeps yet is kept instead of disposed (never drawn again, it holds the program);
// at most one per variant, and variants are few (a material's name and its defines).
import type { Material, ShaderMaterial } from 'three';

const kept = new Map<string, Material>();

const variantOf = (m: ShaderMaterial): string => `${m.name}:${JSON.stringify(m.defines ?? {})}`;

/** Disposes a retired material, unless it is kept as the holder of its variant's program. */
export function disposeOrKeep(material: ShaderMaterial): void {
  const variant = variantOf(material);
  if (kept.has(variant)) material.dispose();
  else kept.set(variant, material);
}

/** Frees every kept program (the view is going away, or a test wants a clean slate). */
export function releaseKept(): void {
  for (const m of kept.values()) m.dispose();
  kept.clear();
}

/** How many variants are kept (for tests). */
export const keptVariants = (): number => kept.size;
