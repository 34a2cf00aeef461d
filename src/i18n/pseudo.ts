// Pseudo-locales for testing, made from English at run time:
//  - `accented` ("[Ṕļàý]"): every visible string is bracketed and accented, so any English left
//    on screen is a string that bypassed the catalogue; ~35% longer, to catch clipped layouts.
//  - `rtl`: each string is wrapped in right-to-left override marks and the page runs RTL, so
//    layouts can be checked mirrored without knowing Arabic or Hebrew.
// Interpolations (`{{count}}`) and nesting (`$t(...)`) are left intact.

export type PseudoKind = 'accented' | 'rtl';

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'à', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ', n: 'ñ', o: 'ö',
  p: 'þ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', w: 'ŵ', y: 'ý', z: 'ž',
  A: 'À', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', N: 'Ñ', O: 'Ö', R: 'Ŕ', S: 'Š',
  T: 'Ţ', U: 'Û', W: 'Ŵ', Y: 'Ý', Z: 'Ž',
};
/** Placeholders i18next fills in; they must survive untouched. */
const PLACEHOLDER = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;
export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';
const RLO = '\u202e';
const PDF = '\u202c';

function accent(text: string): string {
  return text.split(PLACEHOLDER).map((part, i) => (i % 2 === 1 ? part : [...part].map((ch) => ACCENTS[ch] ?? ch).join(''))).join('');
}

export function pseudoString(text: string, kind: PseudoKind): string {
  if (kind === 'rtl') return `${RLO}${text}${PDF}`;
  const padding = '~'.repeat(Math.ceil(text.length * 0.35 / 4));
  return `${PSEUDO_OPEN}${accent(text)}${padding}${PSEUDO_CLOSE}`;
}

/** The whole catalogue transformed leaf by leaf. */
export function pseudoCatalogue<T>(catalogue: T, kind: PseudoKind): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return pseudoString(node, kind);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(catalogue) as T;
}
