// Whether single-key shortcuts are on (WCAG 2.1.4: they can be turned off), remembered in this
// browser under `corium.shortcuts` — a preference, nothing about the person.
import { create } from 'zustand';
import { SHORTCUTS_STORAGE_KEY } from '../../state/preferences';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(SHORTCUTS_STORAGE_KEY) !== 'off';
  } catch {
    return true; // storage blocked (private mode, sandbox): shortcuts on, nothing remembered
  }
}

export const useShortcutPreference = create<{ enabled: boolean; setEnabled(on: boolean): void }>()((set) => ({
  enabled: stored(),
  setEnabled: (enabled) => {
    set({ enabled });
    try {
      globalThis.localStorage?.setItem(SHORTCUTS_STORAGE_KEY, enabled ? 'on' : 'off');
    } catch {
      // not remembered; still applies for this visit
    }
  },
}));
