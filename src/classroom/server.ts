// Server only: one HTTP server for a classroom. It serves the built app (dist/), creates rooms
// (POST ROOMS_PATH) and carries the Hocuspocus WebSocket (SOCKET_PATH) on the same port and
// origin, so the page's CSP ('self') covers the socket. With a Redis URL, rooms and their
// documents are shared with every other server given the same Redis (@hocuspocus/extension-redis).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Redis as RedisClient } from 'ioredis';
import { WebSocketServer } from 'ws';
import { ClassroomRooms } from './rooms';
import { MemoryRegistry, RedisRegistry, type Clock, type RoomRegistry } from './registry';
import { newRoom } from './roomCode';
import { CLASSROOM_META, MAX_FRAME_BYTES, ROOMS_PATH, SOCKET_PATH } from './protocol';

/**
 * The connections the Redis extension publishes and subscribes on, without ioredis's ready check.
 * ioredis writes a SUBSCRIBE as soon as its socket is up, but sends its ready check (INFO) only
 * after a CLIENT SETINFO round trip; a second document subscribed in between put the connection in
 * subscriber mode first, Redis refused the INFO, and ioredis dropped the connection and started
 * again: under load a room's changes then missed the other server for seconds. Our own client has
 * already waited for Redis to be ready (`connect()` below).
 */
export const documentConnections = (redis: RedisClient) => (): RedisClient => redis.duplicate({ enableReadyCheck: false });

/**
 * The Redis extension, without its store lock: rooms are never written to a database (a room
 * lives while someone is in it), so the lock it takes around storing only cost a Redis round
 * trip per change, and logged an error whenever two servers raced for it.
 */
class SharedDocuments extends RedisExtension {
  override async onStoreDocument(): Promise<void> { /* nothing is stored */ }
  override async afterStoreDocument(): Promise<void> { /* no lock to release */ }
}

export interface ClassroomOptions {
  readonly port: number;
  /** 127.0.0.1 unless the class is on the local network (`--lan`: 0.0.0.0). */
  readonly host: string;
  /** The built app; null serves no pages (the bench and the Node tests need the socket only). */
  readonly distDir: string | null;
  readonly redisUrl?: string | null;
  /** Injected by tests to make rooms expire. */
  readonly now?: Clock;
  /** Students a room holds (MAX_STUDENTS; the bench lifts it to measure 300). */
  readonly maxStudents?: number;
  /** How often idle rooms are looked for, ms. */
  readonly sweepEveryMs?: number;
}

export interface ClassroomServer {
  readonly port: number;
  /** http://host:port/ as this machine reaches it. */
  readonly origin: string;
  readonly rooms: ClassroomRooms;
  readonly registry: RoomRegistry;
  readonly hocuspocus: Hocuspocus;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/** The page says it was served by a classroom server, so the app offers "Start a class". */
export function markClassroomPage(html: string): string {
  const meta = `<meta name="${CLASSROOM_META}" content="1" />`;
  return /<meta charset[^>]*>/i.test(html) ? html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${meta}`) : html.replace(/<head>/i, `<head>\n    ${meta}`);
}

async function serveFile(distDir: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  let rel: string;
  try { rel = decodeURIComponent(url.pathname); } catch { res.writeHead(400).end(); return; }
  const file = path.resolve(distDir, `.${rel === '/' ? '/index.html' : rel}`);
  // Nothing outside dist/, whatever the path says.
  if (file !== distDir && !file.startsWith(distDir + path.sep)) { res.writeHead(404).end(); return; }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const ext = path.extname(file);
    const body = ext === '.html' ? Buffer.from(markClassroomPage(await readFile(file, 'utf8'))) : await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}

export async function startClassroom(options: ClassroomOptions): Promise<ClassroomServer> {
  const now = options.now ?? Date.now;
  const redis = options.redisUrl ? new RedisClient(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 }) : null;
  if (redis) await redis.connect();
  const registry: RoomRegistry = redis ? new RedisRegistry(redis, now, options.maxStudents) : new MemoryRegistry(now, options.maxStudents);
  const rooms = new ClassroomRooms(registry, now);
  const extensions: Extension[] = [rooms];
  if (redis) extensions.push(new SharedDocuments({ createClient: documentConnections(redis), prefix: 'corium:doc' }));
  // Constructing it configures every extension (onConfigure gives the rooms their instance).
  const hocuspocus = new Hocuspocus({ name: 'corium-classroom', quiet: true, extensions });

  const distDir = options.distDir ? path.resolve(options.distDir) : null;
  const http: Server = createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0];
    if (pathname === ROOMS_PATH) {
      if (req.method !== 'POST') { res.writeHead(405, { allow: 'POST' }).end(); return; }
      const room = newRoom();
      void registry.open(room.code).then(
        () => res.writeHead(201, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(room)),
        () => res.writeHead(503).end());
      return;
    }
    if (distDir && (req.method === 'GET' || req.method === 'HEAD')) { void serveFile(distDir, req, res); return; }
    res.writeHead(404).end();
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  let closing = false;
  http.on('upgrade', (req, socket, head) => {
    if (closing || (req.url ?? '').split('?')[0] !== SOCKET_PATH) { socket.destroy(); return; }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      // An oversized frame is an error on that socket (ws closes it with 1009): not the server's.
      ws.on('error', () => ws.terminate());
      hocuspocus.handleConnection(ws, req);
    });
  });

  await new Promise<void>((resolve, reject) => { http.once('error', reject); http.listen(options.port, options.host, () => resolve()); });
  const sweep = setInterval(() => { void rooms.sweep(); }, options.sweepEveryMs ?? 60_000);
  const { port } = http.address() as AddressInfo;
  const shownHost = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    port,
    origin: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
    rooms,
    registry,
    hocuspocus,
    close: async () => {
      closing = true;
      rooms.stopping = true;
      clearInterval(sweep);
      for (const ws of sockets.clients) ws.terminate();
      // Documents unload a moment after their last page (the Redis extension waits for late syncs).
      for (let waited = 0; hocuspocus.documents.size > 0 && waited < 3000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      await new Promise<void>((resolve) => { sockets.close(() => resolve()); });
      await new Promise<void>((resolve) => { http.close(() => resolve()); http.closeAllConnections(); });
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
      await registry.close();
    },
  };
}
