// A newcomer's `npm ci` must print no EBADENGINE: every installed package's `engines.node` has to
// accept the oldest Node that package.json (and README) promise. Reads package-lock.json, so a
// dependency bump that asks for a newer Node fails here rather than on someone's first install.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;

const pkg = readJson('package.json') as { engines: { node: string } };
const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
const oldestNode = semver.minVersion(pkg.engines.node);

describe('Node engines', () => {
  it('package.json names a lowest Node version, and README names the same', () => {
    expect(oldestNode?.version).toBeTruthy();
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const [major, minor] = (oldestNode?.version ?? '').split('.');
    expect(readme).toContain(`Node.js ≥ ${major}.${minor}`);
  });

  it('every locked package accepts that Node version', () => {
    const refusing = Object.entries(lock.packages).flatMap(([name, info]) => {
      const range = !Array.isArray(info.engines) ? info.engines?.node : undefined;
      if (!name || !range || !oldestNode) return [];
      return semver.satisfies(oldestNode, range, { includePrerelease: true }) ? [] : [`${name}@${info.version} wants node ${range}`];
    });
    expect(refusing).toEqual([]);
  });
});
