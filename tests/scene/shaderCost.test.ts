// Compile cost on software GL: every call of a looped noise function is inlined, and each copy of
// nzVoronoi added ~18 ms to the first frame's compile on SwiftShader (measured: the first tissue
// draw went from 549 to 425 ms median when seven call sites became two). Keep it at two.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const shader = (name: string): string => readFileSync(path.resolve(__dirname, '../../shaders', name), 'utf8');
const calls = (source: string, fn: string): number => source.split('\n').filter((line) => !line.trim().startsWith('//'))
  .join('\n').split(new RegExp(`\\b${fn}\\s*\\(`)).length - 1;

describe('shader compile cost', () => {
  it('the tissue shader calls nzVoronoi from two places only', () => {
    const source = shader('tissue.frag.glsl');
    expect(calls(source, 'nzVoronoi')).toBe(2);
    // The definition is in the library, not copied here.
    expect(source).not.toMatch(/vec3\s+nzVoronoi\s*\(/);
  });
});
