// The allow-list of what Corium may keep in the browser's localStorage: preferences only, never
// anything about the person or what they looked at. The privacy test fails on any other key.

/** Single-key keyboard shortcuts on or off ('on' | 'off'). */
export const SHORTCUTS_STORAGE_KEY = 'corium.shortcuts';

/**
 * Keys the app may write. Each preference (language, reduced motion, shortcuts on/off) adds its
 * key here, prefixed `corium.`, and nowhere else.
 */
export const ALLOWED_STORAGE_KEYS: readonly string[] = [SHORTCUTS_STORAGE_KEY];

export const isAllowedStorageKey = (key: string): boolean => ALLOWED_STORAGE_KEYS.includes(key);
