// The allow-list of what Corium may keep in the browser's localStorage: preferences only, never
// anything about the person or what they looked at. The privacy test fails on any other key.

/**
 * Keys the app may write. Empty today; the preferences feature (language, reduced motion,
 * shortcuts on/off) adds its keys here, each prefixed `corium.`, and nowhere else.
 */
export const ALLOWED_STORAGE_KEYS: readonly string[] = [];

export const isAllowedStorageKey = (key: string): boolean => ALLOWED_STORAGE_KEYS.includes(key);
