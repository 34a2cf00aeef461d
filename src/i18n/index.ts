// Every string the app shows — visible text, accessible names, announcements — goes through
// i18next (plurals via Intl.PluralRules, interpolation, a typed key per message). English is
// bundled; Spanish is a lazy chunk fetched when chosen. `?test&pseudo=accented|rtl` swaps in a
// pseudo-locale made from English, for the untranslated-string and right-to-left tests.
import i18next from 'i18next';
import { en, type Catalogue } from './en';
import { pseudoCatalogue, type PseudoKind } from './pseudo';
import type { Language } from '../state/url';
import { registerLanguageLoader } from '../state/languageLoader';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Catalogue };
    returnNull: false;
    // Keys are checked; interpolation values are not (dynamic keys such as `notices.${key}` carry varied values).
    strictInterpolationChecks: false;
  }
}

export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  // React escapes text itself; escaping here too would show "&amp;" on screen.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The message function for code outside React (announcements, captions, exports). */
export const t = i18n.t.bind(i18n) as typeof i18n.t;

/** Languages written right to left (none of ours yet; the pseudo-locale tests the layout). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ar-XB']);
const PSEUDO_LANG: Readonly<Record<PseudoKind, string>> = { accented: 'en-XA', rtl: 'ar-XB' };

/**
 * Spanish has a third plural category ("many": un millón de…); where a message has no `_many`
 * form the `_other` form is right, so it is copied rather than written twice in the catalogue.
 */
export function withManyForms(node: unknown): unknown {
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = withManyForms(v);
  for (const k of Object.keys(out)) {
    const many = k.replace(/_other$/, '_many');
    if (many !== k && !(many in out)) out[many] = out[k];
  }
  return out;
}

async function catalogueFor(lang: Language): Promise<unknown> {
  if (lang === 'en') return en;
  const { es } = await import('./es');
  return withManyForms(es);
}

/** Loads (if needed) and switches to a language; resolves once every string is in it. */
export async function switchLanguage(lang: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'translation')) i18n.addResourceBundle(lang, 'translation', await catalogueFor(lang));
  await i18n.changeLanguage(lang);
  setDocumentLanguage(lang);
}

// The store (below this layer) switches language through this.
registerLanguageLoader(switchLanguage);

/** Test only: a pseudo-locale built from English. */
export async function switchToPseudoLocale(kind: PseudoKind): Promise<void> {
  const lang = PSEUDO_LANG[kind];
  if (!i18n.hasResourceBundle(lang, 'translation')) i18n.addResourceBundle(lang, 'translation', pseudoCatalogue(en, kind));
  await i18n.changeLanguage(lang);
  setDocumentLanguage(lang);
}

function setDocumentLanguage(lang: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.has(lang) || RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
}

export const isRtl = (): boolean => i18n.dir(i18n.language) === 'rtl' || RTL.has(i18n.language);

/**
 * For keys built at run time (`common.notices.${key}`), which i18next's types cannot check
 * against a union: unchecked here, so every caller's key set has a catalogue test instead.
 */
export function tKey(key: string, values?: Readonly<Record<string, unknown>>): string {
  return (i18n.t as (k: string, o?: object) => string)(key, values);
}
