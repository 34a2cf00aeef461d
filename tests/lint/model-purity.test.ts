// Pins the lint rule that keeps src/model free of view libraries and browser globals, so a
// config change cannot switch it off silently. Not a test of the model itself.
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function lintModelSnippet(code: string) {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, 'src/model/__probe__.ts') });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages.filter((m) => m.severity === 2);
}

describe('src/model purity lint rule', () => {
  it('reports importing three and reading document inside src/model', async () => {
    const errors = await lintModelSnippet("import * as THREE from 'three';\nexport const x = document.title;\nexport const y = THREE;\n");
    expect(errors.map((e) => e.ruleId)).toEqual(expect.arrayContaining(['no-restricted-imports', 'no-restricted-globals']));
  });

  it('reports React, @react-three and zustand imports inside src/model', async () => {
    const errors = await lintModelSnippet(
      "import { useState } from 'react';\nimport { Canvas } from '@react-three/fiber';\nimport { create } from 'zustand';\nexport const z = [useState, Canvas, create];\n",
    );
    expect(errors.filter((e) => e.ruleId === 'no-restricted-imports')).toHaveLength(3);
  });

  it('reports explicit any inside src/model', async () => {
    const errors = await lintModelSnippet('export const f = (v: any) => v;\n');
    expect(errors.map((e) => e.ruleId)).toContain('@typescript-eslint/no-explicit-any');
  });

  it('accepts a plain pure module', async () => {
    const errors = await lintModelSnippet('export const depthMm = (x: number): number => x * 2;\n');
    expect(errors).toEqual([]);
  });
});
