// `npm run classroom [-- --port N] [--lan] [--redis URL]`: builds the app if dist/ is missing or
// older than its sources, then serves it and the classroom's sync socket on one port, and prints
// the address students open, with a QR code to scan from the back of the room.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderUnicodeCompact } from 'uqr';
import { startClassroom } from './server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const USAGE = 'usage: npm run classroom -- [--port N] [--lan] [--redis redis://HOST:PORT]';

export interface ClassroomArgs { readonly port: number; readonly lan: boolean; readonly redisUrl: string | null }

/** The arguments, or a one-line reason they can't be used. */
export function parseArgs(argv: readonly string[]): ClassroomArgs | string {
  let port = 5174; let lan = false; let redisUrl: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lan') lan = true;
    else if (arg === '--port') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 65535) return `--port needs a number from 1 to 65535, not "${argv[i] ?? ''}"`;
      port = n;
    } else if (arg === '--redis') {
      const url = argv[++i] ?? '';
      if (!/^rediss?:\/\/[^\s]+$/.test(url)) return `--redis needs a URL like redis://127.0.0.1:6379, not "${url}"`;
      redisUrl = url;
    } else return `unknown option "${arg}"`;
  }
  return { port, lan, redisUrl };
}

/** Newest modification time under a folder, ms. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function buildIfStale(): void {
  const built = existsSync(path.join(DIST, 'index.html')) ? statSync(path.join(DIST, 'index.html')).mtimeMs : 0;
  const sources = Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'shaders')), newest(path.join(ROOT, 'public')),
    statSync(path.join(ROOT, 'index.html')).mtimeMs);
  if (built >= sources) return;
  console.log(built ? 'The app changed since it was built: building it again…' : 'Building the app (once)…');
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) { console.error('The build failed; see above.'); process.exit(1); }
}

/** Addresses of this machine on the local network (IPv4, not loopback). */
function lanAddresses(): string[] {
  return Object.values(os.networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a!.address);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') { console.error(`${args}\n${USAGE}`); process.exit(2); }
  buildIfStale();
  const server = await startClassroom({ port: args.port, host: args.lan ? '0.0.0.0' : '127.0.0.1', distDir: DIST, redisUrl: args.redisUrl })
    .catch((error: NodeJS.ErrnoException) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${args.port} is in use: try --port ${args.port + 1}.` : `Could not start: ${error.message}`);
      process.exit(1);
    });
  const hosts = args.lan ? lanAddresses() : [];
  const address = hosts.length > 0 ? `http://${hosts[0]}:${server.port}/` : `${server.origin}/`;
  console.log(`\nCorium classroom at ${address}`);
  if (args.lan && hosts.length === 0) console.log('No local network found: students on other devices cannot reach this computer.');
  if (!args.lan) console.log('Only this computer can open it. To let students\' devices in, run it with --lan (same Wi-Fi).');
  if (args.redisUrl) console.log(`Sharing rooms with other servers through ${args.redisUrl}.`);
  console.log('Open it, choose Presenter, then "Start a class": the page shows the class\'s own link and code.\n');
  console.log(renderUnicodeCompact(address, { border: 2 }));
  console.log('Ctrl+C stops the class server.');
  const stop = (): void => { void server.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
