// The page's first script carries its text and controls, not the 3D engine: three.js, R3F and drei
// arrive in lazy chunks (README, Performance: "Bundle"). Walks the static imports from src/main.tsx
// (type-only imports and dynamic import() do not count) and fails when any module on that path
// imports three or @react-three. A shared constant in a scene module once pulled three.js into the
// initial script (262 kB gzipped instead of 160 kB).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENGINE = /^(three|three\/.*|@react-three\/.*)$/;

/** Static, value-carrying imports and re-exports of a file. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?from\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[2]) continue; // `import type` / `export type`: erased
    if (m[1] === 'export' && !m[3]) continue;
    specs.push(m[4] ?? '');
  }
  return specs;
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (/\.(ts|tsx)$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

function engineImportsFromEntry(entry: string): string[] {
  const seen = new Set<string>();
  const offenders: string[] = [];
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (ENGINE.test(spec)) offenders.push(`${path.relative(root, file)} -> ${spec}`);
      else if (spec.startsWith('.')) {
        const next = resolve(file, spec);
        if (next) visit(next);
      }
    }
  };
  visit(path.join(root, entry));
  return offenders;
}

describe('the initial script', () => {
  it('reaches three.js and R3F only through lazy imports', () => {
    expect(engineImportsFromEntry('src/main.tsx')).toEqual([]);
  });

  it('is checked for real: the 3D view itself does import three', () => {
    expect(engineImportsFromEntry('src/scene/SkinScene.tsx').length).toBeGreaterThan(0);
  });
});
