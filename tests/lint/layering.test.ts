// Layers import downwards only (model <- state <- scene; i18n <- ui): the scene never imports the
// page (src/ui) and the store never imports the i18n layer. Pins the ESLint rule that says so, and
// checks every source file's imports directly, so neither a config change nor a dynamic import
// can break the layering silently.
import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function lintErrors(code: string, file: string) {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.filter((m) => m.severity === 2 && m.ruleId === 'no-restricted-imports');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

/** Every module a file imports (static, re-export or dynamic), resolved to a path under src/. */
function importedPaths(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');
  return specs.filter((s) => s.startsWith('.')).map((s) => path.relative(root, path.resolve(root, path.dirname(file), s)));
}

function offenders(layer: string, forbidden: readonly string[]): string[] {
  return sourceFiles(layer).flatMap((file) =>
    importedPaths(file).filter((p) => forbidden.some((f) => p === f || p.startsWith(`${f}/`))).map((p) => `${file} -> ${p}`));
}

describe('import layering', () => {
  it('src/scene imports nothing from src/ui', () => {
    expect(offenders('src/scene', ['src/ui'])).toEqual([]);
  });

  it('src/state imports nothing from src/i18n, src/ui or src/scene', () => {
    expect(offenders('src/state', ['src/i18n', 'src/ui', 'src/scene'])).toEqual([]);
  });

  it('the lint rule reports a scene file importing the page', async () => {
    const errors = await lintErrors("import { SceneOverlay } from '../ui/SceneOverlay';\nexport const x = SceneOverlay;\n", 'src/scene/__probe__.tsx');
    expect(errors).toHaveLength(1);
  });

  it('the lint rule reports the store importing the i18n layer', async () => {
    const errors = await lintErrors("import { t } from '../i18n';\nexport const x = t;\n", 'src/state/__probe__.ts');
    expect(errors).toHaveLength(1);
  });

  it('the lint rule accepts downward imports', async () => {
    expect(await lintErrors("import { useCorium } from '../state/store';\nexport const x = useCorium;\n", 'src/scene/__probe__.ts')).toEqual([]);
    expect(await lintErrors("import { useCorium } from '../state/store';\nexport const x = useCorium;\n", 'src/ui/__probe__.ts')).toEqual([]);
  });
});
