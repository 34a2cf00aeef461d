// Assembles shader sources: prepends the shared GLSL library (shaders/lib/) that a stage needs.
// Used by the app's materials and by the shader compile check, so both compile the same text.

/** Every shaders/lib/*.glsl, keyed as a stage names it: `#include "lib/noise.glsl"`. */
export const SHADER_LIBS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../../shaders/lib/*.glsl', { query: '?raw', import: 'default', eager: true }))
    .map(([file, text]) => [`lib/${file.slice(file.lastIndexOf('/') + 1)}`, text]),
);

// Quoted on purpose: three resolves `#include <chunk>` itself and would reject our names.
const INCLUDE = /^[ \t]*#include[ \t]+"(lib\/[\w.-]+\.glsl)"[ \t]*$/gm;

/** Replaces each `#include "lib/NAME.glsl"` line by that library, once per stage. */
export function expandShaderLibs(source: string, libs: Readonly<Record<string, string>> = SHADER_LIBS): string {
  const seen = new Set<string>();
  const expand = (text: string): string => text.replace(INCLUDE, (_line, name: string) => {
    if (seen.has(name)) return `// ${name} (already included)`;
    const lib = libs[name];
    if (lib === undefined) throw new Error(`unknown shader library "${name}"`);
    seen.add(name);
    return expand(lib);
  });
  return expand(source);
}

/** A vertex or fragment stage that samples the healing curves (uCurves and friends). */
export function withCurveLib(source: string): string {
  return expandShaderLibs(`#include "lib/curves.glsl"\n${source}`);
}

/** Top-level function names a library defines (`float curveRow(`…), to spot stages that call it. */
function definedFunctions(lib: string): string[] {
  return [...lib.matchAll(/^(?:float|int|bool|void|vec[234]|ivec[234]|mat[234])[ \t]+(\w+)[ \t]*\(/gm)].map((m) => m[1]);
}

/** Libraries in prepend order: the curve atlas first (others may build on it), then by name. */
const LIB_ORDER = Object.keys(SHADER_LIBS).sort((a, b) => Number(b === 'lib/curves.glsl') - Number(a === 'lib/curves.glsl') || a.localeCompare(b));

/**
 * The text to compile for one stage: its `#include "lib/…"` lines expanded, and every library
 * whose functions it calls without including prepended in LIB_ORDER — the same text as the
 * components that concatenate libraries by hand (withCurveLib, curves + source, …) compile.
 */
export function stageSource(source: string): string {
  // A library the stage includes itself stays where it is included (perhaps under an #ifdef).
  const called = LIB_ORDER.filter((name) => !source.includes(`#include "${name}"`)
    && definedFunctions(SHADER_LIBS[name]).some((fn) => new RegExp(`\\b${fn}\\s*\\(`).test(source)));
  return expandShaderLibs(`${called.map((name) => `#include "${name}"`).join('\n')}\n${source}`);
}
