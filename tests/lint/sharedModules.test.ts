// The unit test files share each worker's modules (vite.config.ts). That is safe only while
// every file that replaces modules runs isolated, and every store is put back before each file:
// this keeps tests/setup/isolatedFiles.ts and tests/setup/freshState.ts complete.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ISOLATED_UNIT_FILES } from '../setup/isolatedFiles';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return rel === 'tests/e2e' ? [] : files(rel, pattern);
    return pattern.test(e.name) ? [rel] : [];
  });
}

const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

describe('unit test files that share modules', () => {
  it('every file that replaces modules runs isolated', () => {
    const replacing = files('tests', /\.test\.tsx?$/).filter((f) => /\bvi\.(mock|doMock|resetModules)\(/.test(read(f)));
    expect(replacing.length).toBeGreaterThan(0);
    expect([...ISOLATED_UNIT_FILES].sort()).toEqual(replacing.sort());
  });

  it('every store the app creates is put back before each file', () => {
    const stores = files('src', /\.tsx?$/).flatMap((f) => [...read(f).matchAll(/export const (use\w+) = create\b/g)].map((m) => m[1]));
    expect(stores).toContain('useCorium');
    const setup = read('tests/setup/freshState.ts');
    const reset = setup.slice(setup.indexOf('const STORES'));
    expect(stores.filter((name) => !new RegExp(`\\b${name}\\b`).test(reset))).toEqual([]);
  });
});
