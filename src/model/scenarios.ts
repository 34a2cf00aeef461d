// Named presets used by the UI, the CLI, share links and tests. The ids are a public contract.
// A scenario is either a microneedling treatment (device, passes, sessions) or one uncontrolled
// wound; patient factors apply to both. Custom runs build the same shape.
import { conditionFor, protocolFor, type IndicationId } from './conditions';
import { dermaroller, microneedlingPen, type Device } from './devices';
import type { BodySite } from './tissue';
import { NO_FACTORS, type PatientFactors, type WoundKind } from './wounds';

export type ScenarioGroup = 'microneedling' | 'conditions' | 'uncontrolled' | 'what-if';

export interface Treatment {
  readonly device: Device;
  readonly passes: number;
  readonly sessions: number;
  readonly intervalDays: number;
  /** Skin area treated, for counting punctures (a cheek is ~20–30 cm²). */
  readonly areaCm2: number;
}

export interface WoundGeometry {
  readonly kind: Exclude<WoundKind, 'microchannel'>;
  readonly depthMm: number;
  readonly widthMm: number;
  readonly lengthMm: number;
}

export interface Scenario {
  readonly id: string;
  readonly group: ScenarioGroup;
  readonly title: string;
  readonly description: string;
  readonly site: BodySite;
  readonly factors: PatientFactors;
  readonly treatment?: Treatment;
  readonly wound?: WoundGeometry;
  /** The condition the treatment is for (conditions.ts); absent = healthy skin. */
  readonly indication?: IndicationId;
}

const CHEEK_CM2 = 25;
const treat = (device: Device, passes: number, sessions = 1, intervalDays = 28): Treatment =>
  ({ device, passes, sessions, intervalDays, areaCm2: CHEEK_CM2 });

/** A condition treated with its protocol (conditions.ts): the scenario id is a public contract. */
function conditionCourse(id: string, indication: IndicationId, title: string, description: string): Scenario {
  const p = protocolFor(indication);
  const device = p.device === 'pen' ? microneedlingPen(p.depthMm) : dermaroller(p.depthMm);
  return { id, group: 'conditions', title, description, site: conditionFor(indication).site, factors: NO_FACTORS, indication,
    treatment: treat(device, p.passes, p.sessions, p.intervalDays) };
}

export const SCENARIOS: readonly Scenario[] = [
  { id: 'microneedling-face-0.5mm', group: 'microneedling', title: 'Pen, 0.5 mm, cheek', site: 'face', factors: NO_FACTORS,
    description: 'One pen session at 0.5 mm on the cheek: fine lines and texture.', treatment: treat(microneedlingPen(0.5), 1) },
  { id: 'microneedling-roller-1.0mm', group: 'microneedling', title: 'Roller, 1.0 mm, cheek', site: 'face', factors: NO_FACTORS,
    description: 'A 1.0 mm dermaroller, 15 rolls: the skin tents, so channels are much shallower than the needles.', treatment: treat(dermaroller(1.0), 15) },
  { id: 'microneedling-acne-scars-1.5mm', group: 'microneedling', title: 'Pen, 1.5 mm, acne scars', site: 'face', factors: NO_FACTORS,
    description: 'A scar protocol: pen at 1.5 mm, 4 passes, to uniform pinpoint bleeding.', treatment: treat(microneedlingPen(1.5), 4) },
  { id: 'microneedling-course-4x', group: 'microneedling', title: 'Course of 4 sessions, 4 weeks apart', site: 'face', factors: NO_FACTORS,
    description: 'Four pen sessions at 1.0 mm, 4 weeks apart: collagen builds up over months.', treatment: treat(microneedlingPen(1.0), 2, 4, 28) },
  conditionCourse('acne-scars-icepick-course', 'icepick', 'Ice-pick acne scar, 4 sessions',
    'A narrow, deep ice-pick scar treated with a pen at 1.5 mm, 4 sessions 30 days apart: it changes least.'),
  conditionCourse('acne-scars-boxcar-course', 'boxcar', 'Boxcar acne scar, 4 sessions',
    'A flat-bottomed boxcar scar 2.5 mm wide and 0.4 mm deep, pen at 1.5 mm, 4 sessions 30 days apart: its floor rises.'),
  conditionCourse('acne-scars-rolling-course', 'rolling', 'Rolling acne scar, 4 sessions',
    'A wide, sloping rolling scar tethered to the fat, pen at 1.5 mm, 4 sessions 30 days apart.'),
  conditionCourse('fine-lines-course', 'fine-lines', 'Fine lines, 4 sessions',
    'A fine line over photo-aged dermis, pen at 1.0 mm, 4 sessions 30 days apart: the furrow grows shallower.'),
  conditionCourse('stretch-marks-course', 'stretch-marks', 'Stretch mark, 3 sessions',
    'A white stretch mark on the back, pen at 2.0 mm, 3 sessions 4 weeks apart: thin parallel collagen thickens.'),
  conditionCourse('stretch-marks-red-course', 'stretch-marks-red', 'Red stretch mark, 3 sessions',
    'A new, red stretch mark on the back (widened vessels), pen at 2.0 mm, 3 sessions 4 weeks apart: red ones respond better than white.'),
  conditionCourse('enlarged-pores-course', 'pores', 'Enlarged pores, 3 sessions',
    'Enlarged pores on the cheek, pen at 0.5 mm, 3 sessions a month apart. No controlled study has measured pore size.'),
  { id: 'shallow-scratch-0.3mm', group: 'uncontrolled', title: 'Shallow scratch, 0.3 mm', site: 'forearm', factors: NO_FACTORS,
    description: 'A graze 0.3 mm deep: shallower than a third of the skin, it fades without a scar.', wound: { kind: 'cut', depthMm: 0.3, widthMm: 0.3, lengthMm: 20 } },
  { id: 'deep-incision', group: 'uncontrolled', title: 'Deep cut, 2 mm', site: 'forearm', factors: NO_FACTORS,
    description: 'A cut 2 mm deep and 30 mm long through most of the dermis: it heals with a flat scar.', wound: { kind: 'cut', depthMm: 2, widthMm: 1, lengthMm: 30 } },
  { id: 'burn-deep-partial', group: 'uncontrolled', title: 'Deep partial-thickness burn', site: 'forearm', factors: NO_FACTORS,
    description: 'A 15 × 20 mm burn into the deep dermis: slow to close, it leaves a raised (hypertrophic) scar.', wound: { kind: 'burn', depthMm: 1.3, widthMm: 15, lengthMm: 20 } },
  { id: 'keloid-prone-incision', group: 'uncontrolled', title: 'Deep cut in keloid-prone skin', site: 'forearm', factors: { ...NO_FACTORS, keloidProne: true },
    description: 'The same deep cut in someone prone to keloids: the scar grows beyond the wound.', wound: { kind: 'cut', depthMm: 2, widthMm: 1, lengthMm: 30 } },
  { id: 'cystic-acne-lesion', group: 'uncontrolled', title: 'Cystic acne lesion', site: 'face', factors: NO_FACTORS,
    description: 'An inflamed cyst 4 mm wide destroys collagen from within: it leaves a pitted (atrophic) scar.', wound: { kind: 'acne', depthMm: 2, widthMm: 4, lengthMm: 4 } },
  { id: 'microneedling-active-acne', group: 'what-if', title: 'What if: needling over active acne', site: 'face', factors: { ...NO_FACTORS, activeAcne: true },
    description: 'Pen at 1.0 mm over inflamed acne: a contraindication. Inflammation lasts longer.', treatment: treat(microneedlingPen(1.0), 2) },
  { id: 'microneedling-keloid-prone', group: 'what-if', title: 'What if: needling keloid-prone skin', site: 'face', factors: { ...NO_FACTORS, keloidProne: true },
    description: 'Pen at 1.0 mm in someone prone to keloids: a contraindication, even though punctures this narrow rarely scar.', treatment: treat(microneedlingPen(1.0), 2) },
];

export const SCENARIO_IDS = SCENARIOS.map((s) => s.id);
export const DEFAULT_SCENARIO_ID = 'microneedling-face-0.5mm';

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
