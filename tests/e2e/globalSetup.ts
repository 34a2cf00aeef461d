// Runs once per `vitest run --project e2e`, before any e2e file: starts the one preview server of
// dist/ and the shared headless Chromium browsers (with WebGL — llvmpipe where it works — and
// without), and hands their addresses to every file through `provide` (harness.ts `inject`s them).
// Each file then opens its own context in a browser that is already running, instead of
// starting a server and a browser of its own. Everything started here is stopped at the end.
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { BASE_FLAGS, chromePath, LLVMPIPE_FLAGS, NO_WEBGL_SWITCHES, startOwnPreview, SWIFTSHADER_FLAGS, webglRenderer, type SharedE2e } from './harness';

declare module 'vitest' {
  export interface ProvidedContext { e2e: SharedE2e }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started: BrowserServer[] = [];
  const launch = async (args: readonly string[]): Promise<BrowserServer> => {
    const b = await chromium.launchServer({ executablePath: chromePath(), headless: true, args: [...BASE_FLAGS, ...args] });
    started.push(b);
    return b;
  };
  /** The WebGL browser: llvmpipe where this machine draws with it under its flags, else SwiftShader. */
  const launchGl = async (): Promise<{ server: BrowserServer; renderer: string }> => {
    if (process.env.E2E_GL !== 'swiftshader') {
      const server = await launch(LLVMPIPE_FLAGS);
      const browser = await chromium.connect(server.wsEndpoint());
      const llvmpipe = /llvmpipe/i.test(await webglRenderer(browser));
      await browser.close();
      if (llvmpipe) return { server, renderer: 'llvmpipe' };
      started.splice(started.indexOf(server), 1);
      await server.close();
    }
    return { server: await launch(SWIFTSHADER_FLAGS), renderer: 'SwiftShader' };
  };
  // The server and the browsers start side by side: nothing else runs while they do.
  const [server, gl, plain] = await Promise.allSettled([startOwnPreview(), launchGl(), launch(NO_WEBGL_SWITCHES)]);
  const stop = async (): Promise<void> => {
    await Promise.all(started.map((b) => b.close()));
    if (server.status === 'fulfilled') await server.value.stop();
  };
  if (server.status === 'rejected' || gl.status === 'rejected' || plain.status === 'rejected') {
    await stop();
    throw [server, gl, plain].find((r): r is PromiseRejectedResult => r.status === 'rejected')!.reason;
  }
  console.log(`e2e: one preview server at ${server.value.url}; shared Chromium drawing WebGL with ${gl.value.renderer}`);
  project.provide('e2e', { url: server.value.url, gl: gl.value.server.wsEndpoint(), plain: plain.value.wsEndpoint(), renderer: gl.value.renderer });
  return stop;
}
