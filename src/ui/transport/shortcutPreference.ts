// Whether single-key shortcuts are on (WCAG 2.1.4: they can be turned off), remembered in this
// browser through the preferences module (`corium.shortcuts`) — a preference, nothing about the person.
import { create } from 'zustand';
import { readPreferences, writePreference } from '../../state/preferences';

export const useShortcutPreference = create<{ enabled: boolean; setEnabled(on: boolean): void }>()((set) => ({
  enabled: readPreferences().shortcuts === 'on',
  // Saved where storage allows; applies for this visit either way.
  setEnabled: (enabled) => { writePreference('shortcuts', enabled ? 'on' : 'off'); set({ enabled }); },
}));
