// The allow-list of what Corium may keep in the browser's localStorage: preferences only, never
// anything about the person or what they looked at. The privacy test fails on any other key.
// Every read and write goes through this module, and every value read is checked: storage is
// shared with whatever else ran on this origin, so it may hold anything.
import { LANGUAGES, type Language } from './url';

export const PALETTES = ['default', 'contrast'] as const;
export type Palette = (typeof PALETTES)[number];
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/** The keys Corium writes, each prefixed `corium.`, and nowhere else. */
export const PREFERENCE_KEYS = { lang: 'corium.lang', palette: 'corium.palette', textSize: 'corium.textSize' } as const;

/** Keys the app may write. */
export const ALLOWED_STORAGE_KEYS: readonly string[] = Object.values(PREFERENCE_KEYS);

export const isAllowedStorageKey = (key: string): boolean => ALLOWED_STORAGE_KEYS.includes(key);

export interface Preferences {
  /** null: never chosen (the link or the default decides). */
  readonly lang: Language | null;
  readonly palette: Palette;
  readonly textSize: TextSize;
}

export const DEFAULT_PREFERENCES: Preferences = { lang: null, palette: 'default', textSize: 'normal' };

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or null where it is missing or throws (private windows, sandboxed frames). */
function defaultStorage(): StorageLike | null {
  try { return typeof localStorage === 'undefined' ? null : localStorage; } catch { return null; }
}

function readOne<T extends string>(storage: StorageLike | null, key: string, allowed: readonly T[]): T | null {
  let raw: string | null = null;
  try { raw = storage?.getItem(key) ?? null; } catch { return null; }
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** The saved preferences; anything missing, unreadable or not an allowed value reads as the default. */
export function readPreferences(storage: StorageLike | null = defaultStorage()): Preferences {
  return {
    lang: readOne(storage, PREFERENCE_KEYS.lang, LANGUAGES),
    palette: readOne(storage, PREFERENCE_KEYS.palette, PALETTES) ?? DEFAULT_PREFERENCES.palette,
    textSize: readOne(storage, PREFERENCE_KEYS.textSize, TEXT_SIZES) ?? DEFAULT_PREFERENCES.textSize,
  };
}

const ALLOWED_VALUES: { readonly [K in keyof Preferences]: readonly string[] } = { lang: LANGUAGES, palette: PALETTES, textSize: TEXT_SIZES };

/** Saves one preference. Returns false (and writes nothing) for a value outside its list or when storage refuses. */
export function writePreference<K extends keyof Preferences>(name: K, value: NonNullable<Preferences[K]>, storage: StorageLike | null = defaultStorage()): boolean {
  if (!storage || !ALLOWED_VALUES[name].includes(value)) return false;
  try { storage.setItem(PREFERENCE_KEYS[name], value); return true; } catch { return false; }
}
