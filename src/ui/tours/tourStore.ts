// Which tour is running, at which step, or its quiz (UI-only state, never in a link). Applying a
// step writes the app store in one set, so the view changes once per step; starting a tour
// saves what the user was looking at and exiting puts it back, and gives focus back to the
// control that started the tour.
import { create } from 'zustand';
import { useCorium, type CoriumState } from '../../state/store';
import { tourById, type TourId, type TourStep } from './tours';
import { sendCameraCommand } from '../../scene/cameraCommands';

/** What a tour changes in the app store (and so what exiting restores). */
const TOUR_OWNED = ['scenario', 'compare', 'custom', 'site', 'timeHours', 'view', 'layout', 'stain', 'labels', 'hidden', 'playing', 'strokes'] as const;
type Saved = Pick<CoriumState, (typeof TOUR_OWNED)[number]>;

export type TourPhase = 'steps' | 'quiz';

export interface TourState {
  readonly tourId: TourId | null;
  readonly stepIndex: number;
  readonly phase: TourPhase;
  /** The user's view before the tour, restored on exit. */
  readonly saved: Saved | null;
  /** Where focus goes back to on exit (the button that started the tour). */
  readonly opener: HTMLElement | null;
  startTour(id: TourId, opener?: HTMLElement | null): void;
  next(): void;
  back(): void;
  /** From the last step to the quiz (next() does the same on the last step). */
  toQuiz(): void;
  exit(): void;
}

function save(): Saved {
  const s = useCorium.getState();
  return Object.fromEntries(TOUR_OWNED.map((k) => [k, s[k]])) as unknown as Saved;
}

/** Shows one step: everything the step sets, in one store update, and the camera at the zoom's home view. */
export function applyStep(step: TourStep): void {
  useCorium.setState({
    scenario: step.scenario, compare: step.compare, custom: null, site: step.site, timeHours: step.timeHours,
    view: step.view, layout: step.layout, stain: step.stain, labels: step.labels, hidden: [], playing: false, strokes: [],
  });
  // A camera the user turned or zoomed would hide what the step is about.
  sendCameraCommand('reset');
}

/** Launcher's id: focus returns here when the control that started a tour is gone. */
export const TOURS_LAUNCHER_ID = 'tours-launcher';

export const useTours = create<TourState>()((set, get) => {
  const go = (index: number): void => {
    const tour = get().tourId ? tourById(get().tourId!) : undefined;
    if (!tour) return;
    const i = Math.min(Math.max(index, 0), tour.steps.length - 1);
    applyStep(tour.steps[i]);
    set({ stepIndex: i, phase: 'steps' });
  };
  return {
    tourId: null,
    stepIndex: 0,
    phase: 'steps',
    saved: null,
    opener: null,
    startTour: (id, opener = null) => {
      const tour = tourById(id);
      if (!tour) return;
      // Switching tours keeps the state saved before the first one.
      const saved = get().saved ?? save();
      set({ tourId: id, stepIndex: 0, phase: 'steps', saved, opener });
      applyStep(tour.steps[0]);
    },
    next: () => {
      const { tourId, stepIndex, phase } = get();
      const tour = tourId ? tourById(tourId) : undefined;
      if (!tour || phase !== 'steps') return;
      if (stepIndex + 1 < tour.steps.length) go(stepIndex + 1);
      else set({ phase: 'quiz' });
    },
    back: () => {
      const { phase, stepIndex } = get();
      go(phase === 'quiz' ? stepIndex : stepIndex - 1);
    },
    toQuiz: () => { if (get().tourId) set({ phase: 'quiz' }); },
    exit: () => {
      const { saved, opener, tourId } = get();
      if (!tourId) return;
      if (saved) useCorium.setState(saved);
      set({ tourId: null, stepIndex: 0, phase: 'steps', saved: null, opener: null });
      if (typeof document === 'undefined') return;
      const target = opener?.isConnected ? opener : document.getElementById(TOURS_LAUNCHER_ID);
      target?.focus();
    },
  };
});

/** For other features (the patient-mode button): starts a tour by id. */
export function startTour(id: TourId, opener?: HTMLElement | null): void {
  useTours.getState().startTour(id, opener);
}
