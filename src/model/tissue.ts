// Skin layers and structure depths by body site (millimetres from the skin surface).
// Not for healing: this is the undisturbed tissue that devices and wounds act on.
import type { SourceId } from './sources';
import { um } from './units';

export const BODY_SITES = ['face', 'forehead', 'forearm', 'back', 'palm'] as const;
export type BodySite = (typeof BODY_SITES)[number];

export const LAYERS = ['stratumCorneum', 'viableEpidermis', 'papillaryDermis', 'reticularDermis', 'hypodermis'] as const;
export type LayerId = (typeof LAYERS)[number];

export const STRUCTURES = ['nerveEndings', 'capillaryLoops', 'subpapillaryPlexus', 'sebaceousGlands', 'follicleBulbs', 'deepPlexus'] as const;
export type StructureId = (typeof STRUCTURES)[number];

interface SiteMeasurements {
  stratumCorneumMm: number;
  viableEpidermisMm: number;
  dermisMm: number;
  hypodermisMm: number;
  reteRidgeDepthMm: number;
  /** Vellus follicles end in the reticular dermis, terminal bulbs sit in the fat; palms have none. */
  follicleBulbDepthMm: number | null;
  sebaceousGlandDepthMm: number | null;
}

/** Each site's measurements and the source of each one. */
const SITES: Record<BodySite, { label: string; m: SiteMeasurements; sources: Record<keyof SiteMeasurements, SourceId> }> = {
  face: {
    label: 'Face (cheek)',
    m: { stratumCorneumMm: um(14), viableEpidermisMm: um(60), dermisMm: 1.5, hypodermisMm: 3, reteRidgeDepthMm: um(60), follicleBulbDepthMm: 1.2, sebaceousGlandDepthMm: 0.5 },
    sources: { stratumCorneumMm: 'tsugita2013', viableEpidermisMm: 'chopra2015', dermisMm: 'chopra2015', hypodermisMm: 'hypodermis', reteRidgeDepthMm: 'rete-ridges', follicleBulbDepthMm: 'follicles', sebaceousGlandDepthMm: 'sebaceous' },
  },
  forehead: {
    label: 'Forehead',
    m: { stratumCorneumMm: um(14), viableEpidermisMm: um(50), dermisMm: 1.6, hypodermisMm: 2, reteRidgeDepthMm: um(60), follicleBulbDepthMm: 1.2, sebaceousGlandDepthMm: 0.5 },
    sources: { stratumCorneumMm: 'tsugita2013', viableEpidermisMm: 'chopra2015', dermisMm: 'chopra2015', hypodermisMm: 'hypodermis', reteRidgeDepthMm: 'rete-ridges', follicleBulbDepthMm: 'follicles', sebaceousGlandDepthMm: 'sebaceous' },
  },
  forearm: {
    label: 'Forearm',
    m: { stratumCorneumMm: um(18), viableEpidermisMm: um(57), dermisMm: 2.2, hypodermisMm: 4, reteRidgeDepthMm: um(70), follicleBulbDepthMm: 2.5, sebaceousGlandDepthMm: 0.6 },
    sources: { stratumCorneumMm: 'sandby2003', viableEpidermisMm: 'sandby2003', dermisMm: 'oltulu2018', hypodermisMm: 'hypodermis', reteRidgeDepthMm: 'rete-ridges', follicleBulbDepthMm: 'follicles', sebaceousGlandDepthMm: 'sebaceous' },
  },
  back: {
    label: 'Back',
    m: { stratumCorneumMm: um(11), viableEpidermisMm: um(80), dermisMm: 3.5, hypodermisMm: 8, reteRidgeDepthMm: um(100), follicleBulbDepthMm: 3.8, sebaceousGlandDepthMm: 0.8 },
    sources: { stratumCorneumMm: 'sandby2003', viableEpidermisMm: 'oltulu2018', dermisMm: 'oltulu2018', hypodermisMm: 'hypodermis', reteRidgeDepthMm: 'rete-ridges', follicleBulbDepthMm: 'follicles', sebaceousGlandDepthMm: 'sebaceous' },
  },
  palm: {
    label: 'Palm',
    m: { stratumCorneumMm: um(500), viableEpidermisMm: um(300), dermisMm: 2.2, hypodermisMm: 4, reteRidgeDepthMm: um(150), follicleBulbDepthMm: null, sebaceousGlandDepthMm: null },
    sources: { stratumCorneumMm: 'palm-thick-skin', viableEpidermisMm: 'palm-thick-skin', dermisMm: 'oltulu2018', hypodermisMm: 'hypodermis', reteRidgeDepthMm: 'rete-ridges', follicleBulbDepthMm: 'follicles', sebaceousGlandDepthMm: 'sebaceous' },
  },
};

/** Papillary dermis ≈ top fifth of the dermis, within 0.1–0.4 mm (papillary-fifth). */
const PAPILLARY_FRACTION = 0.2;
const PAPILLARY_MIN_MM = 0.1;
const PAPILLARY_MAX_MM = 0.4;
/** Capillary loop tips sit in the dermal papillae, ~50 µm below the junction: 0.1–0.2 mm deep in thin skin (capillary-loops). */
const LOOP_TIP_BELOW_JUNCTION_MM = um(50);
/** Free nerve endings reach up into the living epidermis just under the stratum corneum (hilliges1995). */
const NERVE_ENDINGS_BELOW_CORNEUM_MM = um(10);

export interface Layer {
  readonly id: LayerId;
  readonly topMm: number;
  readonly bottomMm: number;
}

export interface Structure {
  readonly id: StructureId;
  /** Shallowest depth at which a needle meets this structure. */
  readonly depthMm: number;
  readonly source: SourceId;
}

export interface Tissue {
  readonly site: BodySite;
  readonly label: string;
  readonly layers: readonly Layer[];
  readonly structures: readonly Structure[];
  readonly reteRidgeDepthMm: number;
  /** Epidermis plus dermis: the "skin thickness" of Dunkin 2007's 33% threshold. */
  readonly skinThicknessMm: number;
  readonly totalDepthMm: number;
  readonly sources: Readonly<Record<string, SourceId>>;
}

export function isBodySite(x: string): x is BodySite {
  return (BODY_SITES as readonly string[]).includes(x);
}

export function tissueFor(site: BodySite): Tissue {
  const { label, m, sources } = SITES[site];
  const papillaryMm = Math.min(Math.max(m.dermisMm * PAPILLARY_FRACTION, PAPILLARY_MIN_MM), PAPILLARY_MAX_MM);
  const bounds = [m.stratumCorneumMm, m.viableEpidermisMm, papillaryMm, m.dermisMm - papillaryMm, m.hypodermisMm];
  let top = 0;
  const layers = LAYERS.map((id, i) => {
    const layer = { id, topMm: top, bottomMm: top + bounds[i] };
    top = layer.bottomMm;
    return layer;
  });
  const junctionMm = m.stratumCorneumMm + m.viableEpidermisMm;
  const dermisBottomMm = junctionMm + m.dermisMm;
  const structures: Structure[] = [
    { id: 'nerveEndings', depthMm: m.stratumCorneumMm + NERVE_ENDINGS_BELOW_CORNEUM_MM, source: 'hilliges1995' },
    { id: 'capillaryLoops', depthMm: junctionMm + LOOP_TIP_BELOW_JUNCTION_MM, source: 'capillary-loops' },
    { id: 'subpapillaryPlexus', depthMm: junctionMm + papillaryMm, source: 'braverman1997' },
    { id: 'deepPlexus', depthMm: dermisBottomMm, source: 'braverman1997' },
  ];
  if (m.sebaceousGlandDepthMm !== null) structures.push({ id: 'sebaceousGlands', depthMm: m.sebaceousGlandDepthMm, source: 'sebaceous' });
  if (m.follicleBulbDepthMm !== null) structures.push({ id: 'follicleBulbs', depthMm: m.follicleBulbDepthMm, source: 'follicles' });
  structures.sort((a, b) => a.depthMm - b.depthMm);
  return {
    site, label, layers, structures,
    reteRidgeDepthMm: m.reteRidgeDepthMm,
    skinThicknessMm: dermisBottomMm,
    totalDepthMm: top,
    sources: { ...sources, papillaryDermisMm: 'papillary-fifth' },
  };
}

/** The layer in which a point at this depth lies (the deepest layer for anything below the block). */
export function layerAt(tissue: Tissue, depthMm: number): LayerId {
  const hit = tissue.layers.find((l) => depthMm < l.bottomMm);
  return (hit ?? tissue.layers[tissue.layers.length - 1]).id;
}

export function layer(tissue: Tissue, id: LayerId): Layer {
  const found = tissue.layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

export function structureDepth(tissue: Tissue, id: StructureId): number | null {
  return tissue.structures.find((s) => s.id === id)?.depthMm ?? null;
}
