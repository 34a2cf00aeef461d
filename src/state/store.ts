// The app's state: what the user chose (the addressable state of url.ts: scenario, comparison,
// site, zoom, stain, layout, hidden parts…) and the simulated clock. Per-frame readers use
// `useCorium.getState()` so playback does not re-render the scene; only controls that show the
// time subscribe to it.
import { create } from 'zustand';
import { CUSTOM_SCENARIO_ID, MAX_AGE_HOURS, type BodySite, type CustomSpec, type SkinType } from '../model';
import { loadLanguage } from './languageLoader';
import { DEFAULT_ADDRESS, type AddressState, type Language, type Mode, type Notice, type Stain, type TissueLayout, type ZoomLevel } from './url';
import type { ScenePart } from './parts';

export type Speed = 'slow' | 'normal' | 'fast';

/** A puncture the user made by dragging a device over the block (mm on the surface, hours). */
export interface UserStroke { readonly xMm: number; readonly zMm: number; readonly atHours: number }

export interface CoriumState extends Omit<AddressState, 'lang'> {
  /** The language every string is shown in now (switched once its catalogue has loaded). */
  readonly lang: Language;
  /** Explanations show expert detail (terms, numbers, sources) instead of plain words. */
  readonly expert: boolean;
  readonly playing: boolean;
  readonly speed: Speed;
  readonly notices: readonly Notice[];
  /** Bumped whenever the user treats the skin, so the puncture buffers refresh once. */
  readonly strokes: readonly UserStroke[];
  setScenario(id: string): void;
  /** Shows a custom run (device panel or wound builder): the scenario becomes `custom`. */
  setCustom(spec: CustomSpec): void;
  setMode(mode: Mode): void;
  setLang(lang: Language): Promise<void>;
  setExpert(on: boolean): void;
  setHidden(part: ScenePart, hidden: boolean): void;
  /** Back to the start: default scenario, time 0, everything shown; keeps mode and language. */
  resetAll(): void;
  setCompare(id: string | null): void;
  setSite(site: BodySite | null): void;
  setView(view: ZoomLevel): void;
  /** The patient's skin type (null: not stated). */
  setSkinType(skinType: SkinType | null): void;
  setLayout(layout: TissueLayout): void;
  setStain(stain: Stain): void;
  setLabels(on: boolean): void;
  setTime(hours: number): void;
  setPlaying(on: boolean): void;
  setSpeed(speed: Speed): void;
  addStrokes(strokes: readonly UserStroke[]): void;
  /** The punctures made by hand, all at once (the audience window gets the presenter's). */
  setStrokes(strokes: readonly UserStroke[]): void;
  clearStrokes(): void;
  dismissNotices(): void;
  applyAddress(state: AddressState, notices: readonly Notice[]): void;
}

const clampTime = (h: number): number => (Number.isFinite(h) ? Math.min(Math.max(h, 0), MAX_AGE_HOURS) : 0);

export const useCorium = create<CoriumState>()((set, get) => ({
  ...DEFAULT_ADDRESS,
  lang: 'en',
  expert: false,
  playing: false,
  speed: 'normal',
  notices: [],
  strokes: [],
  setScenario: (scenario) => set({ scenario, custom: scenario === CUSTOM_SCENARIO_ID ? get().custom : null, strokes: [] }),
  setCustom: (custom) => set({ scenario: CUSTOM_SCENARIO_ID, custom, strokes: [] }),
  setMode: (mode) => set({ mode }),
  setLang: async (lang) => { await loadLanguage(lang); set({ lang }); },
  setExpert: (expert) => set({ expert }),
  setHidden: (part, hidden) => set((st) => ({ hidden: hidden ? [...new Set([...st.hidden, part])] : st.hidden.filter((p) => p !== part) })),
  resetAll: () => { const { mode, lang } = get(); set({ ...useCorium.getInitialState(), mode, lang }, true); },
  setCompare: (compare) => set({ compare }),
  setSite: (site) => set({ site, strokes: [] }),
  setView: (view) => set({ view }),
  setSkinType: (skinType) => set({ skinType }),
  setLayout: (layout) => set({ layout }),
  setStain: (stain) => set({ stain }),
  setLabels: (labels) => set({ labels }),
  setTime: (h) => set({ timeHours: clampTime(h) }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  addStrokes: (s) => set((st) => ({ strokes: [...st.strokes, ...s] })),
  setStrokes: (strokes) => set({ strokes }),
  clearStrokes: () => set({ strokes: [] }),
  dismissNotices: () => set({ notices: [] }),
  applyAddress: ({ lang, ...state }, notices) => {
    // The audience window applies every message the presenter sends: the same parts, the same array.
    const { hidden } = get();
    const sameParts = hidden.length === state.hidden.length && hidden.every((part) => state.hidden.includes(part));
    set({ ...state, hidden: sameParts ? hidden : state.hidden, timeHours: clampTime(state.timeHours), notices });
    if (lang && lang !== get().lang) void get().setLang(lang);
  },
}));
