// Build-time only (imported by vite.config.ts, runs in Node): the production Content-Security-
// Policy as a <meta> tag. Not applied to the dev server, whose HMR needs inline scripts.
import type { Plugin } from 'vite';

/**
 * Own origin only; no 'unsafe-eval' (nothing in the bundle evaluates strings). Inline styles stay
 * allowed because React and drei set style attributes; data:/blob: cover three's textures.
 * frame-ancestors and reporting cannot be set from a <meta> tag; a server can add them as a header.
 * connect-src 'self' also admits the page's own origin over ws:/wss: (CSP Level 3) and nothing
 * else: that is the classroom's socket (`npm run classroom` serves the page and the socket on one
 * origin, src/classroom/server.ts), and no other site can be reached.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self' data: blob:",
  'worker-src': "'self' blob:",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

export function cspContent(extraScriptSources: readonly string[] = []): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([k, v]) => `${k} ${k === 'script-src' && extraScriptSources.length > 0 ? `${v} ${extraScriptSources.join(' ')}` : v}`)
    .join('; ');
}

export const CSP_META_PREFIX = '<meta http-equiv="Content-Security-Policy" content="';

/** Puts the policy right after the charset, before any script or style it governs. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'corium:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const meta = `${CSP_META_PREFIX}${cspContent()}" />`;
        return /<meta charset[^>]*>/i.test(html) ? html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${meta}`) : html.replace(/<head>/i, `<head>\n    ${meta}`);
      },
    },
  };
}
