// Wounds: the four kinds of injury the model heals, their geometry, and the patient factors
// that change how they heal. Also the contraindication warnings those factors raise.
// Not for kinetics: how a wound heals over time is in response.ts and kinetics.ts.
import type { BodySite } from './tissue';

export const WOUND_KINDS = ['microchannel', 'cut', 'burn', 'acne'] as const;
export type WoundKind = (typeof WOUND_KINDS)[number];

export interface PatientFactors {
  /** Personal or family history of keloid or hypertrophic scars. */
  readonly keloidProne: boolean;
  /** Active inflammatory acne or another skin infection at the site. */
  readonly activeAcne: boolean;
  /** Anticoagulant drugs or a bleeding disorder. */
  readonly anticoagulant: boolean;
}

export const NO_FACTORS: PatientFactors = { keloidProne: false, activeAcne: false, anticoagulant: false };

export interface WoundSpec {
  readonly kind: WoundKind;
  readonly site: BodySite;
  /** Depth of tissue injured, from the surface. */
  readonly depthMm: number;
  /** Width across the wound (channel diameter, cut gape, burn or lesion width). */
  readonly widthMm: number;
  /** Length along the wound (a channel's length is its width). */
  readonly lengthMm: number;
  readonly factors: PatientFactors;
}

/** Sane bounds for custom wounds; outside them the CLI and UI refuse with a message. */
export const WOUND_LIMITS: Readonly<Record<WoundKind, { depthMm: [number, number]; widthMm: [number, number]; lengthMm: [number, number] }>> = {
  microchannel: { depthMm: [0.01, 2.5], widthMm: [0.02, 0.3], lengthMm: [0.02, 0.3] },
  cut: { depthMm: [0.05, 8], widthMm: [0.05, 10], lengthMm: [1, 200] },
  burn: { depthMm: [0.05, 8], widthMm: [1, 200], lengthMm: [1, 200] },
  acne: { depthMm: [0.2, 5], widthMm: [0.5, 10], lengthMm: [0.5, 10] },
};

/** A stable key: wounds with equal keys share one set of healing curves. */
export function woundKey(w: WoundSpec): string {
  const f = w.factors;
  return [w.kind, w.site, w.depthMm.toFixed(4), w.widthMm.toFixed(4), w.lengthMm.toFixed(3),
    f.keloidProne ? 'K' : '-', f.activeAcne ? 'A' : '-', f.anticoagulant ? 'C' : '-'].join('|');
}

/** Plain-language description of what is wrong with a spec, or null when it is valid. */
export function validateWound(w: WoundSpec): string | null {
  const lim = WOUND_LIMITS[w.kind];
  const check = (name: string, v: number, [lo, hi]: [number, number]): string | null =>
    Number.isFinite(v) && v >= lo && v <= hi ? null : `${name} must be a number from ${lo} to ${hi} mm for a ${w.kind}`;
  return check('depth', w.depthMm, lim.depthMm) ?? check('width', w.widthMm, lim.widthMm) ?? check('length', w.lengthMm, lim.lengthMm);
}

export interface Warning {
  readonly id: 'keloid-tendency' | 'active-acne' | 'anticoagulant' | 'reaches-fat';
  readonly text: string;
  /** A contraindication (clinical consensus) rather than a caution. */
  readonly contraindication: boolean;
}

/** Contraindications for microneedling from the clinical consensus (contraindications [S]). */
export function treatmentWarnings(factors: PatientFactors): Warning[] {
  const out: Warning[] = [];
  if (factors.keloidProne) out.push({ id: 'keloid-tendency', contraindication: true, text: 'Contraindication: a tendency to keloid or hypertrophic scars. Needling injures the dermis and can trigger a raised scar in people prone to them.' });
  if (factors.activeAcne) out.push({ id: 'active-acne', contraindication: true, text: 'Contraindication: active inflammatory acne or infection. Needles can spread bacteria, prolong inflammation and leave dark marks.' });
  if (factors.anticoagulant) out.push({ id: 'anticoagulant', contraindication: true, text: 'Contraindication: anticoagulants or a bleeding disorder. Expect more bleeding and bruising; the clot forms more slowly.' });
  return out;
}

export function reachesFatWarning(depthMm: number, fatTopMm: number): Warning | null {
  return depthMm > fatTopMm
    ? { id: 'reaches-fat', contraindication: false, text: `At this site the needles pass the dermis (${fatTopMm.toFixed(2)} mm) and reach the fat below. Choose a shorter needle.` }
    : null;
}
