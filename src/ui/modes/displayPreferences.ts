// The Display preferences while the app runs: colours and text size (shown as data-palette and
// data-text-size on <html>, which the CSS scales from), and the language. All three are saved on
// this device through src/state/preferences.ts; a language in the link wins over the saved one
// for that visit and is not saved.
import { useEffect } from 'react';
import { create } from 'zustand';
import { readPreferences, writePreference, type Palette, type TextSize } from '../../state/preferences';
import { parseAddress } from '../../state/url';
import { useCorium } from '../../state/store';

export interface DisplayState {
  readonly palette: Palette;
  readonly textSize: TextSize;
  setPalette(p: Palette): void;
  setTextSize(s: TextSize): void;
}

export const useDisplay = create<DisplayState>()((set) => {
  const saved = readPreferences();
  return {
    palette: saved.palette,
    textSize: saved.textSize,
    setPalette: (palette) => { writePreference('palette', palette); set({ palette }); },
    setTextSize: (textSize) => { writePreference('textSize', textSize); set({ textSize }); },
  };
});

/** Applies the saved preferences at start and keeps <html> and storage in step. Mount once. */
export function useDisplayPreferences(): void {
  const palette = useDisplay((s) => s.palette);
  const textSize = useDisplay((s) => s.textSize);
  useEffect(() => {
    document.documentElement.dataset.palette = palette;
    document.documentElement.dataset.textSize = textSize;
  }, [palette, textSize]);

  useEffect(() => {
    const linkLang = parseAddress(window.location.search).state.lang;
    const saved = readPreferences().lang;
    if (!linkLang && saved && saved !== useCorium.getState().lang) void useCorium.getState().setLang(saved);
    // The link's language arriving is not a choice to remember; any later change is.
    let linkLangPending = linkLang !== null && linkLang !== useCorium.getState().lang;
    return useCorium.subscribe((s, prev) => {
      if (s.lang === prev.lang) return;
      if (linkLangPending && s.lang === linkLang) { linkLangPending = false; return; }
      linkLangPending = false;
      writePreference('lang', s.lang);
    });
  }, []);
}
