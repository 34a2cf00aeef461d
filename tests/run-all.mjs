#!/usr/bin/env node
// The single test entry (`npm test`): finds or installs Chromium, then runs typecheck, lint,
// unit tests, build and browser tests in order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_HINT = 'apt-get update && apt-get install -y chromium fonts-dejavu-core';

function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
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
const steps = [
  { name: 'typecheck', label: 'npm run typecheck', cmd: [npm, 'run', 'typecheck'] },
  { name: 'lint', label: 'npm run lint', cmd: [npm, 'run', 'lint'] },
  { name: 'unit tests', label: 'vitest run --project unit', cmd: [...vitest, 'run', '--project', 'unit'] },
  { name: 'build', label: 'npm run build', cmd: [npm, 'run', 'build'] },
  { name: 'browser tests', label: 'vitest run --project e2e', cmd: [...vitest, 'run', '--project', 'e2e'] },
];

let passed = 0;
let failed = 0;
const timings = [];
for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.label}`);
  const started = Date.now();
  const [cmd, ...args] = step.cmd;
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.name} ${seconds}s`);
  if (result.status === 0) {
    passed++;
  } else {
    failed++;
    console.error(`\n${step.name} failed (${result.error ? result.error.message : `exit code ${result.status ?? result.signal}`}); stopping.`);
    break;
  }
}

console.log(`\n${timings.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
