// Build-time only: writes sw.js, a small service worker that precaches the build (hashed bundle
// files, index.html, manifest, icons), so after one visit the app reloads with the network off.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Public files the app needs offline; the README screenshot is not one of them. */
const PRECACHE_PUBLIC = /\.(svg|png|webmanifest|ico|woff2?|ttf)$/;
const NOT_PRECACHED = new Set(['screenshot.png']);

/** The worker's source: cache-first for the (content-hashed) files, network-first for pages. */
export function serviceWorkerSource(cacheName: string, files: readonly string[]): string {
  return `// Corium's service worker, generated at build time (src/build/offline.ts). Precaches the build;
// serves pages from the network when it can, from the cache when offline. Talks to no other origin.
// ignoreVary: module scripts are requested with an Origin header the precache requests lacked.
const CACHE = ${JSON.stringify(cacheName)};
const FILES = ${JSON.stringify(['./', ...files])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('corium-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    const page = new URL('index.html', self.registration.scope).href;
    event.respondWith(fetch(request).catch(() => caches.match(page, { cacheName: CACHE }).then((hit) => hit || Response.error())));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true }).then((hit) => hit || fetch(request)));
});
`;
}

function publicFiles(dir: string, prefix = ''): string[] {
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix + name;
    if (statSync(full).isDirectory()) return publicFiles(full, `${rel}/`);
    return PRECACHE_PUBLIC.test(name) && !NOT_PRECACHED.has(rel) ? [rel] : [];
  });
}

/** Emits sw.js next to index.html. Not for the single-file build: file:// has no service workers. */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'corium:service-worker',
    apply: (_, env) => env.command === 'build' && env.mode !== 'single',
    enforce: 'post',
    configResolved(c) { config = c; },
    generateBundle(_, bundle) {
      const files = [...Object.keys(bundle), ...publicFiles(config.publicDir)].filter((f) => !f.endsWith('.map')).sort();
      // The names carry content hashes, so hashing them (and index.html) versions the cache.
      const hash = createHash('sha256');
      for (const f of files) {
        const item = bundle[f];
        hash.update(f);
        if (item?.type === 'asset') hash.update(typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const cacheName = `corium-${hash.digest('hex').slice(0, 12)}`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(cacheName, files.map((f) => `./${f}`)) });
    },
  };
}
