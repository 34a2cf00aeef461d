// Finds uniforms holding NaN or ±Infinity in a scene: the fuzz mode's runtime assertion that
// no input drives the shaders into undefined maths. Pure over three objects; no rendering.
import type { Object3D } from 'three';

type Checkable = { uniforms?: Record<string, { value: unknown }> };

function finite(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object' || depth > 2) return true;
  // Textures and other big objects are skipped: only numbers, vectors, colours, matrices and arrays.
  if ('isTexture' in value) return true;
  if (ArrayBuffer.isView(value)) return Array.prototype.every.call(value, (v: unknown) => typeof v !== 'number' || Number.isFinite(v));
  if (Array.isArray(value)) return value.every((v) => finite(v, depth + 1));
  if ('elements' in value) return finite((value as { elements: unknown }).elements, depth + 1);
  for (const key of ['x', 'y', 'z', 'w', 'r', 'g', 'b'] as const) {
    if (key in value && !finite((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/** "object name / uniform name" for every non-finite uniform value under `root`. */
export function nonFiniteUniforms(root: Object3D): string[] {
  const bad: string[] = [];
  root.traverse((obj) => {
    const material = (obj as { material?: Checkable | Checkable[] }).material;
    const materials = Array.isArray(material) ? material : material ? [material] : [];
    for (const m of materials) {
      for (const [name, u] of Object.entries(m.uniforms ?? {})) {
        if (!finite(u?.value)) bad.push(`${obj.name || obj.type} / ${name}`);
      }
    }
  });
  return bad;
}
