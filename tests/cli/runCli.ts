// Runs the CLI in-process for the CLI tests: its exit code and what it printed on stdout and
// stderr; `json` also expects success and parses the result.
import { expect } from 'vitest';
import { run } from '../../src/cli/simulate';

export function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

export function json<T>(...argv: string[]): T {
  const r = cli(...argv);
  expect(r, r.err).toMatchObject({ code: 0, err: '' });
  return JSON.parse(r.out) as T;
}
