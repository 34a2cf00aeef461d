// The app's state: what the user chose (scenario, comparison, site, zoom, stain, layout) and the
// simulated clock. Per-frame readers use `useCorium.getState()` so playback does not re-render
// the scene; only controls that show the time subscribe to it.
import { create } from 'zustand';
import { MAX_AGE_HOURS, type BodySite } from '../model';
import { DEFAULT_ADDRESS, type AddressState, type ZoomLevel } from './url';

export type TissueLayout = 'cutaway' | 'exploded';
export type Stain = 'natural' | 'he' | 'trichrome';
export type Speed = 'slow' | 'normal' | 'fast';

/** A puncture the user made by dragging a device over the block (mm on the surface, hours). */
export interface UserStroke { readonly xMm: number; readonly zMm: number; readonly atHours: number }

export interface CoriumState extends AddressState {
  readonly playing: boolean;
  readonly speed: Speed;
  readonly layout: TissueLayout;
  readonly stain: Stain;
  readonly labels: boolean;
  readonly notices: readonly string[];
  /** Bumped whenever the user treats the skin, so the puncture buffers refresh once. */
  readonly strokes: readonly UserStroke[];
  setScenario(id: string): void;
  setCompare(id: string | null): void;
  setSite(site: BodySite | null): void;
  setView(view: ZoomLevel): void;
  setLayout(layout: TissueLayout): void;
  setStain(stain: Stain): void;
  setLabels(on: boolean): void;
  setTime(hours: number): void;
  setPlaying(on: boolean): void;
  setSpeed(speed: Speed): void;
  addStrokes(strokes: readonly UserStroke[]): void;
  clearStrokes(): void;
  dismissNotices(): void;
  applyAddress(state: AddressState, notices: readonly string[]): void;
}

const clampTime = (h: number): number => (Number.isFinite(h) ? Math.min(Math.max(h, 0), MAX_AGE_HOURS) : 0);

export const useCorium = create<CoriumState>()((set) => ({
  ...DEFAULT_ADDRESS,
  playing: false,
  speed: 'normal',
  layout: 'cutaway',
  stain: 'natural',
  labels: true,
  notices: [],
  strokes: [],
  setScenario: (scenario) => set({ scenario, strokes: [] }),
  setCompare: (compare) => set({ compare }),
  setSite: (site) => set({ site, strokes: [] }),
  setView: (view) => set({ view }),
  setLayout: (layout) => set({ layout }),
  setStain: (stain) => set({ stain }),
  setLabels: (labels) => set({ labels }),
  setTime: (h) => set({ timeHours: clampTime(h) }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  addStrokes: (s) => set((st) => ({ strokes: [...st.strokes, ...s] })),
  clearStrokes: () => set({ strokes: [] }),
  dismissNotices: () => set({ notices: [] }),
  applyAddress: (state, notices) => set({ ...state, timeHours: clampTime(state.timeHours), notices }),
}));
