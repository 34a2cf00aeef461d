#!/usr/bin/env node
// The single test entry (`npm test`): finds or installs Chromium, then runs typecheck, lint, the
// unit tests and the build side by side, then the browser tests (on that build), stopping at the
// first failure. The build step is `vite build` alone: `npm run build` would type-check again.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_HINT = 'apt-get update && apt-get install -y chromium chromium-headless-shell fonts-dejavu-core poppler-utils';

/** CHROME_PATH, else Chromium's headless shell (the browser tests take a fifth less CPU in it), else a full Chromium. */
function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell',
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome',
  ];
  return candidates.find((c) => c && existsSync(c));
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

let chrome = findChromium();
if (!chrome) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log(`No Chromium found; installing it: ${INSTALL_HINT}`);
    const apt = spawnSync('sh', ['-c', INSTALL_HINT], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (apt.status === 0) chrome = findChromium();
  }
  if (!chrome) {
    console.error(
      'No Chromium found for the browser tests. Install it (as root: ' + INSTALL_HINT + ')\n' +
      'or point CHROME_PATH at a Chromium/Chrome binary, then run `npm test` again.',
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
console.log(`Chromium: ${chrome}`);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const vitest = [process.execPath, path.join(root, 'node_modules/vitest/vitest.mjs')];
/** Each step is one command, or several run side by side (their output printed once each ends). */
// Typecheck and lint use one core each and the unit tests two: run side by side they keep both
// cores busy. The browser tests come after, alone. Tried: beside the unit tests, the unit tests'
// classroom servers, slowed by the pages' drawing, missed their 10 s bounds; beside typecheck
// and lint (after the unit tests and the build), the browser tests took 345 s instead of
// 274–303 and their pages 20% more CPU, and the whole command 382 s.
const steps = [
  [
    { name: 'typecheck', label: 'npm run typecheck', cmd: [npm, 'run', 'typecheck'] },
    { name: 'lint', label: 'npm run lint', cmd: [npm, 'run', 'lint'] },
    { name: 'unit tests', label: 'vitest run --project unit --project unit-isolated', cmd: [...vitest, 'run', '--project', 'unit', '--project', 'unit-isolated'] },
    { name: 'build', label: 'vite build', cmd: [process.execPath, path.join(root, 'node_modules/vite/bin/vite.js'), 'build'] },
  ],
  [{ name: 'browser tests', label: 'vitest run --project e2e', cmd: [...vitest, 'run', '--project', 'e2e'] }],
];

const env = { ...process.env, CHROME_PATH: chrome };

/** Runs one command; alone it prints as it goes, beside others its output is held until it ends. */
function run(step, alone) {
  const started = Date.now();
  const [cmd, ...args] = step.cmd;
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    let finished = false;
    // A command that cannot start reports 'error' and may still report 'close': count it once.
    const done = (status, error) => {
      if (finished) return;
      finished = true;
      if (!alone) process.stdout.write(`\n=== ${step.name}: ${step.label}\n${output}`);
      resolve({ step, status, error, seconds: ((Date.now() - started) / 1000).toFixed(1) });
    };
    child.on('error', (e) => done(null, e));
    child.on('close', (status, signal) => done(status ?? signal));
  });
}

let passed = 0;
let failed = 0;
const timings = [];
const totalStarted = Date.now();
for (const group of steps) {
  if (group.length === 1) console.log(`\n=== ${group[0].name}: ${group[0].label}`);
  const results = await Promise.all(group.map((step) => run(step, group.length === 1)));
  for (const r of results) {
    timings.push(`${r.step.name} ${r.seconds}s`);
    if (r.status === 0) {
      passed++;
    } else {
      failed++;
      console.error(`\n${r.step.name} failed (${r.error ? r.error.message : `exit code ${r.status}`}).`);
    }
  }
  if (failed > 0) {
    console.error('Stopping.');
    break;
  }
}

console.log(`\n${timings.join(', ')}; all ${((Date.now() - totalStarted) / 1000).toFixed(1)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
