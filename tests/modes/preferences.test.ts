// Display preferences in localStorage: only allow-listed keys are written, only allowed values
// are read back, and whatever else is in storage (garbage, other apps, a throwing storage) reads
// as the defaults instead of breaking the app.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALLOWED_STORAGE_KEYS, DEFAULT_PREFERENCES, PALETTES, PREFERENCE_KEYS, readPreferences, TEXT_SIZES, writePreference,
} from '../../src/state/preferences';
import { LANGUAGES } from '../../src/state/url';

function memoryStorage(init: Record<string, string> = {}) {
  const data = new Map(Object.entries(init));
  return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('preferences', () => {
  it('the allow-list holds exactly the three corium.* keys', () => {
    expect([...ALLOWED_STORAGE_KEYS].sort()).toEqual(['corium.lang', 'corium.palette', 'corium.textSize']);
  });

  it('reads the defaults from empty storage and from no storage at all', () => {
    expect(readPreferences(memoryStorage())).toEqual(DEFAULT_PREFERENCES);
    expect(readPreferences(null)).toEqual(DEFAULT_PREFERENCES);
  });

  it('writes and reads back every allowed value, under its own key only', () => {
    for (const lang of LANGUAGES) for (const palette of PALETTES) for (const textSize of TEXT_SIZES) {
      const s = memoryStorage();
      expect(writePreference('lang', lang, s)).toBe(true);
      expect(writePreference('palette', palette, s)).toBe(true);
      expect(writePreference('textSize', textSize, s)).toBe(true);
      expect(readPreferences(s)).toEqual({ lang, palette, textSize });
      expect([...s.data.keys()].every((k) => ALLOWED_STORAGE_KEYS.includes(k))).toBe(true);
    }
  });

  it('refuses to write a value outside the list', () => {
    const s = memoryStorage();
    expect(writePreference('palette', 'neon' as never, s)).toBe(false);
    expect(writePreference('lang', 'fr' as never, s)).toBe(false);
    expect(s.data.size).toBe(0);
  });

  it('garbage in storage reads as the defaults', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), (lang, palette, textSize) => {
      const s = memoryStorage({ [PREFERENCE_KEYS.lang]: lang, [PREFERENCE_KEYS.palette]: palette, [PREFERENCE_KEYS.textSize]: textSize });
      const p = readPreferences(s);
      expect(p.lang === null || (LANGUAGES as readonly string[]).includes(p.lang)).toBe(true);
      expect(p.lang).toBe((LANGUAGES as readonly string[]).includes(lang) ? lang : null);
      expect(p.palette).toBe((PALETTES as readonly string[]).includes(palette) ? palette : 'default');
      expect(p.textSize).toBe((TEXT_SIZES as readonly string[]).includes(textSize) ? textSize : 'normal');
    }));
    expect(readPreferences(memoryStorage({ [PREFERENCE_KEYS.palette]: '<img src=x onerror=alert(1)>', [PREFERENCE_KEYS.textSize]: ' large' })))
      .toEqual(DEFAULT_PREFERENCES);
  });

  it('a storage that throws reads as the defaults and refuses writes', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('quota'); } };
    expect(readPreferences(broken)).toEqual(DEFAULT_PREFERENCES);
    expect(writePreference('textSize', 'large', broken)).toBe(false);
  });
});
