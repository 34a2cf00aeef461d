// How the store switches language without importing the i18n layer (which sits above state):
// i18n registers its loader here when it loads, and `setLang` awaits it before the store's
// language changes, so nothing shows a language whose strings have not arrived.
import type { Language } from './url';

type Loader = (lang: Language) => Promise<void>;

let loader: Loader | null = null;

/** Called once by src/i18n when it initialises. */
export function registerLanguageLoader(load: Loader): void {
  loader = load;
}

/** Loads a language's strings (if a loader is registered: the CLI and model tests have none). */
export function loadLanguage(lang: Language): Promise<void> {
  return loader ? loader(lang) : Promise.resolve();
}
