// The guided tours as data: each step says what to show (scenario, comparison, time, zoom,
// layout, labels) and which caption to read, and states what the model must be doing then
// (`expectStage`, `expectSignals`), so tests/tours checks every caption's claim against the
// model's own curves. Each step also sets the stain, the body site (a comparison shows both
// wounds in the same skin, so only the wound differs) and, where the picture cannot show a claim
// (strength), the numbers that do (`readout`); the camera goes to the zoom's home view.
// tests/e2e/tourPictures.test.ts checks that every step's picture shows a difference.
// Captions and quiz text live in the `tours` catalogue (en, es).
import type { BodySite, HealingStage, SignalId } from '../../model';
import type { Stain, TissueLayout, ZoomLevel } from '../../state/url';

export const TOUR_IDS = ['layers', 'session', 'scar', 'patient', 'acne-scars'] as const;
export type TourId = (typeof TOUR_IDS)[number];

/** A closed range a signal must lie in at the step's time (either bound may be omitted). */
export interface SignalRange { readonly min?: number; readonly max?: number }

export interface TourStep {
  readonly scenario: string;
  /** Scenario drawn beside it, or null for one block. */
  readonly compare: string | null;
  /** Simulated time the step jumps to, hours since the (first) session or wound. */
  readonly timeHours: number;
  readonly view: ZoomLevel;
  readonly layout: TissueLayout;
  readonly labels: boolean;
  readonly stain: Stain;
  /** Body site for both blocks (null: each scenario's own). */
  readonly site: BodySite | null;
  /** Signals the step shows as numbers beside the picture (for both blocks when comparing). */
  readonly readout: readonly SignalId[];
  /** The stage the caption describes for the main block (checked against the model). */
  readonly expectStage: HealingStage;
  /** The stage the caption describes for the compared block, if there is one. */
  readonly expectCompareStage?: HealingStage;
  /** Signal values the caption claims for the main block ("the surface has closed"). */
  readonly expectSignals?: Partial<Readonly<Record<SignalId, SignalRange>>>;
  /** The same for the compared block. */
  readonly expectCompareSignals?: Partial<Readonly<Record<SignalId, SignalRange>>>;
  /**
   * For a treated condition (an acne scar): the share of its lost tissue refilled at the step's
   * time (the model's conditionAt fill: "the floor has risen about halfway"), for the main block
   * and the compared one.
   */
  readonly expectFill?: SignalRange;
  readonly expectCompareFill?: SignalRange;
}

export interface QuizQuestion {
  /** Option ids; their text and explanation are `…quiz.<q>.options.<id>` and `…quiz.<q>.why.<id>`. */
  readonly options: readonly string[];
  readonly correct: string;
}

export interface Tour {
  readonly id: TourId;
  readonly steps: readonly TourStep[];
  readonly quiz: readonly QuizQuestion[];
}

const HOUR = 1;
const DAY = 24;
const ONE_SESSION = 'microneedling-face-0.5mm';
const DEEP_CUT = 'deep-incision';
/** The acne-scar tour: a boxcar scar through its 4-session course (sessions at 0, 30, 60 and 90 days). */
const BOXCAR = 'acne-scars-boxcar-course';
const ICEPICK = 'acne-scars-icepick-course';
const ROLLING = 'acne-scars-rolling-course';
const SECOND_SESSION = 30 * DAY;
const LAST_SESSION = 90 * DAY;
const YEAR_AFTER = LAST_SESSION + 365 * DAY;

type StepInput = Omit<TourStep, 'compare' | 'labels' | 'stain' | 'site' | 'readout'>
  & Partial<Pick<TourStep, 'compare' | 'labels' | 'stain' | 'site' | 'readout'>>;
const step = (s: StepInput): TourStep => ({ compare: null, labels: true, stain: 'natural', site: null, readout: [], ...s });
/** The deep cut's own skin: the channels beside it are made in the same skin, so only the wound differs. */
const CUT_SITE: BodySite = 'forearm';

export const TOURS: readonly Tour[] = [
  {
    id: 'layers',
    steps: [
      step({ scenario: ONE_SESSION, timeHours: 200 * DAY, view: 'tissue', layout: 'exploded', expectStage: 'resolved' }),
      step({ scenario: ONE_SESSION, timeHours: 200 * DAY, view: 'tissue', layout: 'cutaway', expectStage: 'resolved' }),
      step({ scenario: ONE_SESSION, timeHours: 200 * DAY, view: 'channel', layout: 'cutaway', expectStage: 'resolved' }),
      // Hair roots are drawn in the cut-away block (pulled apart, the layers are shown alone).
      step({ scenario: ONE_SESSION, timeHours: 200 * DAY, view: 'tissue', layout: 'cutaway', expectStage: 'resolved' }),
      step({ scenario: ONE_SESSION, timeHours: 1 * HOUR, view: 'channel', layout: 'cutaway', expectStage: 'hemostasis',
        expectSignals: { platelets: { min: 0.5 } } }),
    ],
    quiz: [
      { options: ['a', 'b', 'c'], correct: 'b' },
      { options: ['a', 'b', 'c'], correct: 'a' },
      { options: ['a', 'b', 'c'], correct: 'b' },
    ],
  },
  {
    id: 'session',
    steps: [
      step({ scenario: ONE_SESSION, timeHours: 0.25 * HOUR, view: 'channel', layout: 'cutaway', expectStage: 'hemostasis',
        expectSignals: { platelets: { min: 0.5 } } }),
      step({ scenario: ONE_SESSION, timeHours: 12 * HOUR, view: 'cells', layout: 'cutaway', expectStage: 'inflammation',
        expectSignals: { erythema: { min: 0.3 }, neutrophils: { min: 0.05 } } }),
      // The closed surface is a thin line at the top of the channel view: the number carries it.
      step({ scenario: ONE_SESSION, timeHours: 1 * DAY, view: 'channel', layout: 'cutaway', readout: ['closure'], expectStage: 'inflammation',
        expectSignals: { closure: { min: 0.95 } } }),
      step({ scenario: ONE_SESSION, timeHours: 5 * DAY, view: 'cells', layout: 'cutaway', expectStage: 'proliferation',
        expectSignals: { fibroblasts: { min: 0.1 }, erythema: { max: 0.05 } } }),
      // Which collagen fills a healed channel does not show at this scale: the numbers do.
      step({ scenario: ONE_SESSION, timeHours: 14 * DAY, view: 'channel', layout: 'cutaway', readout: ['collagenI', 'collagenIII'], expectStage: 'remodeling',
        expectSignals: { collagenI: { min: 0.5 }, collagenIII: { max: 0.3 }, extent: { max: 0.01 } } }),
      // Nothing more shows after two weeks (the channels were filled by about day 10): the
      // strength carries "back to normal".
      step({ scenario: ONE_SESSION, timeHours: 183 * DAY, view: 'tissue', layout: 'cutaway', readout: ['strength'], expectStage: 'resolved',
        expectSignals: { extent: { max: 0.05 }, erythema: { max: 0.05 }, strength: { min: 0.99 } } }),
    ],
    quiz: [
      { options: ['a', 'b', 'c'], correct: 'a' },
      { options: ['a', 'b', 'c'], correct: 'a' },
      { options: ['a', 'b', 'c'], correct: 'b' },
    ],
  },
  {
    id: 'scar',
    steps: [
      step({ scenario: DEEP_CUT, compare: ONE_SESSION, site: CUT_SITE, timeHours: 1 * HOUR, view: 'tissue', layout: 'cutaway',
        expectStage: 'hemostasis', expectCompareStage: 'hemostasis' }),
      step({ scenario: DEEP_CUT, compare: ONE_SESSION, site: CUT_SITE, timeHours: 2.5 * DAY, view: 'cells', layout: 'cutaway',
        expectStage: 'inflammation', expectCompareStage: 'proliferation', expectSignals: { erythema: { min: 0.5 }, neutrophils: { min: 0.3 } } }),
      step({ scenario: DEEP_CUT, compare: ONE_SESSION, site: CUT_SITE, timeHours: 10 * DAY, view: 'channel', layout: 'cutaway',
        expectStage: 'proliferation', expectCompareStage: 'proliferation', expectSignals: { fibroblasts: { min: 0.5 } } }),
      step({ scenario: DEEP_CUT, compare: ONE_SESSION, site: CUT_SITE, timeHours: 30 * DAY, view: 'cells', layout: 'cutaway',
        expectStage: 'remodeling', expectCompareStage: 'remodeling', expectSignals: { alignment: { min: 0.25 } } }),
      step({ scenario: DEEP_CUT, compare: ONE_SESSION, site: CUT_SITE, timeHours: 122 * DAY, view: 'tissue', layout: 'cutaway',
        expectStage: 'scar-normotrophic', expectCompareStage: 'resolved', expectSignals: { alignment: { min: 0.5 } } }),
      step({ scenario: DEEP_CUT, compare: ONE_SESSION, site: CUT_SITE, timeHours: 365 * DAY, view: 'tissue', layout: 'exploded',
        readout: ['strength'], expectStage: 'scar-normotrophic', expectCompareStage: 'resolved', expectSignals: { strength: { max: 0.85 } },
        expectCompareSignals: { strength: { min: 0.95 } } }),
    ],
    quiz: [
      { options: ['a', 'b', 'c'], correct: 'a' },
      { options: ['a', 'b', 'c'], correct: 'b' },
      { options: ['a', 'b', 'c'], correct: 'a' },
    ],
  },
  {
    id: 'patient',
    steps: [
      step({ scenario: ONE_SESSION, timeHours: 0.1 * HOUR, view: 'tissue', layout: 'cutaway', labels: false, expectStage: 'hemostasis',
        expectSignals: { platelets: { min: 0.5 } } }),
      step({ scenario: ONE_SESSION, timeHours: 12 * HOUR, view: 'tissue', layout: 'cutaway', labels: false, expectStage: 'inflammation',
        expectSignals: { erythema: { min: 0.3 } } }),
      step({ scenario: ONE_SESSION, timeHours: 1 * DAY, view: 'channel', layout: 'cutaway', labels: false, readout: ['closure'], expectStage: 'inflammation',
        expectSignals: { closure: { min: 0.95 } } }),
      step({ scenario: ONE_SESSION, timeHours: 3 * DAY, view: 'tissue', layout: 'cutaway', labels: false, expectStage: 'proliferation',
        expectSignals: { erythema: { max: 0.05 }, fibroblasts: { min: 0.1 } } }),
      // "You cannot see this": the strength the new collagen gives, as a number.
      step({ scenario: ONE_SESSION, timeHours: 14 * DAY, view: 'channel', layout: 'cutaway', labels: false, readout: ['strength'], expectStage: 'remodeling',
        expectSignals: { erythema: { max: 0.05 }, strength: { max: 0.9 } } }),
      // The holes were gone from the picture within days; "as strong as before" is the number.
      step({ scenario: ONE_SESSION, timeHours: 91 * DAY, view: 'tissue', layout: 'cutaway', labels: false, readout: ['strength'], expectStage: 'resolved',
        expectSignals: { extent: { max: 0.05 }, strength: { min: 0.99 } } }),
    ],
    quiz: [
      { options: ['a', 'b', 'c'], correct: 'b' },
      { options: ['a', 'b', 'c'], correct: 'a' },
      { options: ['a', 'b', 'c'], correct: 'a' },
    ],
  },
  {
    id: 'acne-scars',
    steps: [
      step({ scenario: BOXCAR, timeHours: 0.5 * HOUR, view: 'tissue', layout: 'cutaway', expectStage: 'hemostasis', expectFill: { max: 0.01 } }),
      // Day 3, while the needle holes still show in section, filling with new tissue (by day 5 they no longer do).
      step({ scenario: BOXCAR, timeHours: 3 * DAY, view: 'channel', layout: 'cutaway', expectStage: 'proliferation',
        expectSignals: { fibroblasts: { min: 0.1 }, extent: { min: 0.15 } } }),
      // The eve of the second session, between courses of repair (no fresh holes over the floor);
      // the floor's rise shows from here to a year after the last session (0.36 → 0.18 mm deep).
      step({ scenario: BOXCAR, timeHours: SECOND_SESSION - 1 * HOUR, view: 'tissue', layout: 'cutaway', expectStage: 'remodeling',
        expectFill: { min: 0.05, max: 0.15 } }),
      step({ scenario: BOXCAR, timeHours: YEAR_AFTER, view: 'tissue', layout: 'cutaway', expectStage: 'resolved', expectFill: { min: 0.45, max: 0.65 } }),
      step({ scenario: BOXCAR, compare: ICEPICK, timeHours: YEAR_AFTER, view: 'tissue', layout: 'cutaway', expectStage: 'resolved',
        expectCompareStage: 'resolved', expectFill: { min: 0.45 }, expectCompareFill: { max: 0.3 } }),
      step({ scenario: ROLLING, timeHours: YEAR_AFTER, view: 'tissue', layout: 'cutaway', expectStage: 'resolved', expectFill: { min: 0.5 } }),
    ],
    quiz: [
      { options: ['a', 'b', 'c'], correct: 'a' },
      { options: ['a', 'b', 'c'], correct: 'b' },
      { options: ['a', 'b', 'c'], correct: 'a' },
    ],
  },
];

export function tourById(id: string): Tour | undefined {
  return TOURS.find((t) => t.id === id);
}

/** Catalogue keys of a tour's texts (built at run time: tests/tours checks every one exists). */
export const tourKeys = {
  title: (id: TourId): string => `tours.list.${id}.title`,
  summary: (id: TourId): string => `tours.list.${id}.summary`,
  caption: (id: TourId, index: number): string => `tours.list.${id}.steps.s${index + 1}`,
  question: (id: TourId, q: number): string => `tours.list.${id}.quiz.q${q + 1}.question`,
  option: (id: TourId, q: number, option: string): string => `tours.list.${id}.quiz.q${q + 1}.options.${option}`,
  why: (id: TourId, q: number, option: string): string => `tours.list.${id}.quiz.q${q + 1}.why.${option}`,
};
