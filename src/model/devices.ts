// Microneedling devices and the dose they deliver: dermaroller and motorised pen.
// Turns device settings into channel geometry, holes per cm², what the needles reach and pain.
// Not for healing: what happens after the needle leaves is in wounds/kinetics.
import type { SourceId } from './sources';
import { layerAt, type LayerId, type StructureId, type Tissue } from './tissue';
import { MM_PER_CM } from './units';

/** Needle lengths sold and used: 0.25–2.5 mm (needle-length). */
export const NEEDLE_LENGTH_MIN_MM = 0.25;
export const NEEDLE_LENGTH_MAX_MM = 2.5;
/** Pen frequencies: 25–120 Hz (pen-device). */
export const PEN_HZ_MIN = 25;
export const PEN_HZ_MAX = 120;

export interface Dermaroller {
  readonly kind: 'roller';
  readonly needleLengthMm: number;
  /** 192 needles in 8 rows (schwarz-laaff2011). */
  readonly needles: number;
  readonly rows: number;
  /** ~2 cm drum, ~2 cm wide (schwarz-laaff2011). */
  readonly drumDiameterCm: number;
  readonly drumWidthCm: number;
  /** Needle diameter 0.07–0.25 mm; Kalluri measured ~71 µm wide channels (kalluri2011). */
  readonly needleDiameterMm: number;
}

export interface MicroneedlingPen {
  readonly kind: 'pen';
  readonly needleLengthMm: number;
  /** 11–16 needles (pen-device). */
  readonly needles: number;
  readonly frequencyHz: number;
  readonly glideSpeedCmPerS: number;
  readonly tipWidthCm: number;
  readonly needleDiameterMm: number;
}

export type Device = Dermaroller | MicroneedlingPen;
export type DeviceKind = Device['kind'];

export function dermaroller(needleLengthMm: number): Dermaroller {
  return { kind: 'roller', needleLengthMm, needles: 192, rows: 8, drumDiameterCm: 2, drumWidthCm: 2, needleDiameterMm: 0.071 };
}

/** Defaults from pen-dose-derived: 12 needles × 100 Hz at 2 cm/s with a 0.8 cm tip. */
export function microneedlingPen(needleLengthMm: number, overrides: Partial<Omit<MicroneedlingPen, 'kind' | 'needleLengthMm'>> = {}): MicroneedlingPen {
  return { kind: 'pen', needleLengthMm, needles: 12, frequencyHz: 100, glideSpeedCmPerS: 2, tipWidthCm: 0.8, needleDiameterMm: 0.2, ...overrides };
}

/**
 * Rollers tent the skin: 770 µm needles made 152 µm deep channels (kalluri2011), so a roller
 * reaches ~20% of its needle length. Pens reach about the set depth (sasaki2019).
 */
export const ROLLER_PENETRATION_FRACTION = 152 / 770;
export const PEN_PENETRATION_FRACTION = 1;

export function effectiveDepthMm(device: Device): number {
  const fraction = device.kind === 'roller' ? ROLLER_PENETRATION_FRACTION : PEN_PENETRATION_FRACTION;
  return device.needleLengthMm * fraction;
}

/** Channel width ≈ needle diameter: 70–250 µm (schwarz-laaff2011, kalluri2011). */
export function channelWidthMm(device: Device): number {
  return device.needleDiameterMm;
}

/** Holes per cm² per pass. Roller: needles ÷ drum surface (roller-dose-derived); pen: pen-dose-derived. */
export function holesPerCm2PerPass(device: Device): number {
  if (device.kind === 'roller') return device.needles / (Math.PI * device.drumDiameterCm * device.drumWidthCm);
  return (device.needles * device.frequencyHz) / (device.glideSpeedCmPerS * device.tipWidthCm);
}

/** Needles that enter the skin at the same instant: one row of the drum, or the whole pen cartridge. */
export function needlesPerStamp(device: Device): number {
  return device.kind === 'roller' ? device.needles / device.rows : device.needles;
}

/**
 * Relative pain per stamp, 1 = a 26-gauge hypodermic injection (gill2008): 480 µm needles hurt ~5%,
 * 3× length → ~7× pain (exponent ln 7 / ln 3), 10× needle count → ~2× pain (exponent log10 2),
 * anchored so 50 needles hurt 5% at 480 µm and ~40% at 1,450 µm. Only needles that reach the nerve endings hurt (hilliges1995).
 */
const PAIN_ANCHOR = 0.05;
const PAIN_ANCHOR_DEPTH_MM = 0.48;
const PAIN_ANCHOR_NEEDLES = 50;
const PAIN_LENGTH_EXPONENT = Math.log(7) / Math.log(3);
const PAIN_COUNT_EXPONENT = Math.log10(2);

export function painIndex(depthMm: number, needles: number, reachesNerves: boolean): number {
  if (!reachesNerves || depthMm <= 0) return 0;
  return PAIN_ANCHOR * (depthMm / PAIN_ANCHOR_DEPTH_MM) ** PAIN_LENGTH_EXPONENT * (needles / PAIN_ANCHOR_NEEDLES) ** PAIN_COUNT_EXPONENT;
}

export interface Dose {
  readonly holesPerCm2: number;
  /** Share of the surface opened by channels, allowing for overlap (Poisson: 1 − e^(−density × area)). */
  readonly surfaceInjuredPct: number;
  /** Mean distance to the nearest neighbouring hole for randomly placed holes: 0.5 / √density. */
  readonly meanSpacingMm: number;
  readonly effectiveDepthMm: number;
  readonly channelWidthMm: number;
  /** Capillary loops reached → pinpoint bleeding. */
  readonly bleeding: boolean;
  readonly painIndex: number;
  readonly reachedStructures: readonly StructureId[];
  readonly stopsIn: LayerId;
  readonly sources: readonly SourceId[];
}

export function doseFor(device: Device, passes: number, tissue: Tissue): Dose {
  const holesPerCm2 = holesPerCm2PerPass(device) * passes;
  const depth = effectiveDepthMm(device);
  const width = channelWidthMm(device);
  const holeAreaCm2 = Math.PI * (width / 2 / MM_PER_CM) ** 2;
  const reachedStructures = tissue.structures.filter((s) => s.depthMm <= depth).map((s) => s.id);
  const reachesNerves = reachedStructures.includes('nerveEndings');
  return {
    holesPerCm2,
    surfaceInjuredPct: 100 * (1 - Math.exp(-holesPerCm2 * holeAreaCm2)),
    meanSpacingMm: holesPerCm2 > 0 ? (0.5 / Math.sqrt(holesPerCm2)) * MM_PER_CM : Infinity,
    effectiveDepthMm: depth,
    channelWidthMm: width,
    bleeding: reachedStructures.includes('capillaryLoops'),
    painIndex: painIndex(depth, needlesPerStamp(device), reachesNerves),
    reachedStructures,
    stopsIn: layerAt(tissue, depth),
    sources: device.kind === 'roller'
      ? ['schwarz-laaff2011', 'roller-dose-derived', 'roller-dose', 'kalluri2011', 'gill2008', 'hilliges1995', 'capillary-loops']
      : ['pen-device', 'pen-dose-derived', 'sasaki2019', 'gill2008', 'hilliges1995', 'capillary-loops'],
  };
}
