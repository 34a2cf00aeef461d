// Generates malformed share links (seeded, so a failure names a link that can be replayed): bad
// ids, NaN, huge numbers, injected markup, truncated parameters, odd unicode, repeated keys.
// Every link breaks at least one known parameter, so every one must produce a notice.
import { createRandom, type Random } from '../../src/model';

export interface MalformedLink {
  /** The query string, without the leading "?". */
  readonly query: string;
  /** Markup payloads in the link, which the page must show as text and never run. */
  readonly markup: readonly string[];
}

/** Sets `window.__pwned` if it ever runs: the page must never have that global. */
export const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  '<iframe src="javascript:window.__pwned=1">',
  "'><b>bold</b><a href=//evil.example>x</a>",
  '<style>*{display:none}</style>',
];
const BAD_IDS = ['microneedling', 'deep_incision', 'DEEP-INCISION', '../../etc/passwd', 'null', 'undefined', '__proto__', 'constructor', '0', '-1', 'a'.repeat(300)];
const BAD_NUMBERS = ['NaN', 'nan', 'Infinity', '-Infinity', '1e308', '1e400', '-1e308', '9'.repeat(40), '-5', '1,5', '12h', '٣', '1e', '.', '-', '+', ' ', '1/0', '١٢'];
const UNICODE = ['𝔡𝔢𝔢𝔭-𝔦𝔫𝔠𝔦𝔰𝔦𝔬𝔫', 'deep\u202Eincision', 'deep\u200Bincision', '🩹🩸', 'fa\u0327ce', 'ﬁ', 'ｄｅｅｐ-ｉｎｃｉｓｉｏｎ', '\uFEFF', '\u0000', 'é'.normalize('NFD')];
const TRUNCATED = ['microneedling-fa', 'deep-inc', 'burn-deep-par', 'keloid-', 'm'];
const KEYS = ['scenario', 'compare', 't', 'view', 'site'] as const;

const pick = <T,>(r: Random, xs: readonly T[]): T => xs[Math.floor(r.next() * xs.length)];

function badValue(r: Random, key: (typeof KEYS)[number], markup: string[]): string {
  const kind = r.next();
  if (kind < 0.25) { const m = pick(r, MARKUP); markup.push(m); return m; }
  if (kind < 0.45) return pick(r, UNICODE);
  if (kind < 0.6) return key === 't' ? pick(r, BAD_NUMBERS) : pick(r, TRUNCATED);
  if (kind < 0.8) return key === 't' ? pick(r, BAD_NUMBERS) : pick(r, BAD_IDS);
  return key === 'view' ? pick(r, ['zoom', 'cell', 'TISSUE', '']) : key === 'site' ? pick(r, ['knee', 'Face', 'forearm ', '']) : pick(r, BAD_NUMBERS);
}

const encode = (r: Random, v: string): string => (r.next() < 0.8 ? encodeURIComponent(v) : v.replace(/[&#]/g, encodeURIComponent));

/** `count` malformed links from `seed`. */
export function malformedLinks(count: number, seed = 5): MalformedLink[] {
  const r = createRandom(seed);
  const links: MalformedLink[] = [];
  for (let i = 0; i < count; i++) {
    const markup: string[] = [];
    const parts: string[] = [];
    const used = new Set<string>();
    const broken = 1 + Math.floor(r.next() * 3);
    for (let b = 0; b < broken; b++) {
      let key = pick(r, KEYS);
      // Parsing reads the first value of a key: only a first occurrence is guaranteed to be seen.
      while (used.has(key)) key = pick(r, KEYS);
      used.add(key);
      let value = badValue(r, key, markup);
      // An empty comparison means "none", and an empty scenario id is still a bad id.
      if (key === 'compare' && (value.trim() === '' || value === 'none')) value = 'none-such';
      parts.push(`${key}=${encode(r, value)}`);
      // Repeated keys: a valid value after the bad one must not win silently.
      if (r.next() < 0.15) parts.push(`${key}=${key === 't' ? '10' : key === 'view' ? 'cells' : key === 'site' ? 'face' : 'deep-incision'}`);
    }
    const extras = r.next();
    if (extras < 0.15) parts.push('scenario');
    else if (extras < 0.25) parts.push('&&', '=', '%');
    else if (extras < 0.35) parts.push('unknown=1');
    // Bare "scenario" reads as scenario="" — only add it where scenario is not already set.
    const query = parts.filter((p) => !(p === 'scenario' && used.has('scenario'))).join('&');
    links.push({ query, markup });
  }
  return links;
}
