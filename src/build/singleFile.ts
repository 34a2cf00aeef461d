// Build-time only: `vite build --mode single` (npm run build:single) writes ONE index.html with
// the script, styles and icon inlined, for opening from a USB stick over file:// (no server, no
// service worker, no module files). The CSP meta tag gets the inline script's hash.
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { CSP_META_PREFIX } from './csp.ts';

/** The part of Rollup's/Rolldown's output bundle this plugin reads. */
type Bundle = Record<string, { type: 'chunk'; code: string } | { type: 'asset'; source: string | Uint8Array }>;

/** Keeps "</script" inside the code from closing the inline <script> element early. */
const escapeScript = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1');

function take(bundle: Bundle, href: string): string {
  const name = href.replace(/^\.?\//, '');
  const item = bundle[name];
  if (!item) throw new Error(`single-file build: ${name} is not in the bundle`);
  delete bundle[name];
  return item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source).toString('utf8');
}

export function singleFile(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'corium:single-file',
    apply: (_, env) => env.command === 'build' && env.mode === 'single',
    enforce: 'post',
    config: () => ({
      build: {
        assetsInlineLimit: Number.MAX_SAFE_INTEGER, cssCodeSplit: false, modulePreload: false, copyPublicDir: false,
        // A file:// page cannot fetch module chunks: the lazy parts (3D view, Spanish, panels) go
        // into the one script too.
        rolldownOptions: { output: { codeSplitting: false } },
      },
    }),
    configResolved(c) { config = c; },
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') throw new Error('single-file build: no index.html in the bundle');
      let html = String(page.source);
      const hashes: string[] = [];
      html = html.replace(/<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>/g, (_m, src: string) => {
        // With code splitting off, Vite leaves its preload placeholder in the inlined dynamic
        // imports; there is nothing to preload in one file, so it becomes "no dependencies".
        const code = escapeScript(take(bundle as Bundle, src).replace(/__VITE_PRELOAD__/g, 'void 0'));
        hashes.push(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
        return `<script type="module">${code}</script>`;
      });
      html = html.replace(/<link rel="stylesheet"[^>]*\shref="([^"]+)"[^>]*>/g, (_m, href: string) => `<style>${take(bundle as Bundle, href)}</style>`);
      html = html.replace(/\s*<link rel="manifest"[^>]*>/g, '');
      const icon = path.join(config.publicDir, 'favicon.svg');
      if (existsSync(icon)) html = html.replace(/href="\.?\/?favicon\.svg"/, `href="data:image/svg+xml;base64,${readFileSync(icon).toString('base64')}"`);
      const csp = html.indexOf(CSP_META_PREFIX);
      if (csp >= 0) html = html.slice(0, csp) + html.slice(csp).replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`);
      const left = Object.keys(bundle).filter((f) => f !== 'index.html' && !f.endsWith('.map'));
      if (left.length > 0) throw new Error(`single-file build: not inlined: ${left.join(', ')}`);
      page.source = html;
    },
  };
}
