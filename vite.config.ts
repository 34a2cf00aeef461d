// Build, dev server and test configuration; build plugins (CSP, service worker, `--mode single`
// one-file build) live in src/build/. Three test projects: `unit` and `unit-isolated` (Node, or
// happy-dom per file) and `e2e` (drives the built app in headless Chromium, three files at a time).
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/build/csp.ts';
import { serviceWorker } from './src/build/offline.ts';
import { initialChunk } from './src/build/initialChunk.ts';
import { singleFile } from './src/build/singleFile.ts';
import { LongestFirst } from './tests/e2e/sequencer.ts';
import { ISOLATED_UNIT_FILES } from './tests/setup/isolatedFiles.ts';

/** What both unit projects share. */
const UNIT = {
  include: ['tests/**/*.test.{ts,tsx}'],
  exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
  environment: 'node',
  // The property and curve tests take about a second each on a quiet 2-core machine but
  // 5–7 s when other work shares the cores; Vitest's 5 s default turned that into failures.
  testTimeout: 30_000,
  // Worker threads, two of them: Vitest's default on a 2-core machine is one forked worker,
  // and the files spend most of their time importing (three, React) — 71 s → 39 s here.
  pool: 'threads' as const,
  maxWorkers: 2,
};

const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 3) || 1);

const initial = initialChunk();

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), serviceWorker(), singleFile(), initial.plugin],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: { output: { codeSplitting: { groups: [initial.group] } } },
  },
  test: {
    // The browser files run longest first, the same on a fresh clone as here (tests/e2e/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          ...UNIT,
          name: 'unit',
          exclude: [...UNIT.exclude, ...ISOLATED_UNIT_FILES],
          // The files share each worker's modules: three, React and the model are imported once
          // per worker, not once per file (the unit tests took 35 s instead of 50 here, 63 s of
          // CPU instead of 90). tests/setup/freshState.ts puts every store and the language back
          // before each file, so no file inherits another's state.
          isolate: false,
          setupFiles: ['tests/setup/freshState.ts'],
        },
      },
      // Files that replace modules get a module graph each (tests/setup/isolatedFiles.ts).
      { extends: true, test: { ...UNIT, name: 'unit-isolated', include: ISOLATED_UNIT_FILES } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One preview server and one shared browser for every e2e file (see tests/e2e/harness.ts).
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Three files at a time on two cores (E2E_WORKERS=1 for one): while one waits on a page
          // (a settling view, a quiet window, a page load), the others use the cores. Measured
          // beside the unit tests: a fresh clone's `npm test` took 358 and 379 s with three, 388 s with two.
          fileParallelism: E2E_WORKERS > 1,
          // The files share each worker's module graph (playwright-core, the model): importing it
          // afresh for every file took ~1.5 s a file. The e2e files keep their state in their
          // pages, not in shared modules (the harness's one browser connection per worker is shared on purpose).
          isolate: false,
          maxWorkers: E2E_WORKERS,
        },
      },
    ],
  },
});
