// Runs once per `vitest run --project e2e`, before any e2e file: starts the one preview server of
// dist/ and the shared headless Chromium browsers (with WebGL — llvmpipe where it works — and
// without), and hands their addresses to every file through `provide` (harness.ts `inject`s them).
// Each file then opens its own context in a browser that is already running, instead of
// starting a server and a browser of its own. Everything started here is stopped at the end.
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { BASE_FLAGS, chromePath, NO_WEBGL_SWITCHES, preferredGlFlags, startOwnPreview, type SharedE2e } from './harness';

declare module 'vitest' {
  export interface ProvidedContext { e2e: SharedE2e }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started: BrowserServer[] = [];
  const server = await startOwnPreview();
  const launch = async (args: readonly string[]): Promise<BrowserServer> => {
    const b = await chromium.launchServer({ executablePath: chromePath(), headless: true, args: [...BASE_FLAGS, ...args] });
    started.push(b);
    return b;
  };
  try {
    const glFlags = await preferredGlFlags();
    const [gl, plain] = await Promise.all([launch(glFlags), launch(NO_WEBGL_SWITCHES)]);
    const renderer = glFlags.includes('--use-angle=gl-egl') ? 'llvmpipe' : 'SwiftShader';
    console.log(`e2e: one preview server at ${server.url}; shared Chromium drawing WebGL with ${renderer}`);
    project.provide('e2e', { url: server.url, gl: gl.wsEndpoint(), plain: plain.wsEndpoint(), renderer });
  } catch (e) {
    await Promise.all(started.map((b) => b.close()));
    await server.stop();
    throw e;
  }
  return async () => {
    await Promise.all(started.map((b) => b.close()));
    await server.stop();
  };
}
