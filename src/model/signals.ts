// The names, units and normalisation of every healing signal: a public contract for the
// scene (texture channels), the CLI (CSV columns) and the charts.

export const SIGNALS = [
  'platelets', 'neutrophils', 'macrophages', 'fibroblasts', 'myofibroblasts',
  'perfusion', 'erythema', 'vesselDensity', 'closure',
  'collagenI', 'collagenIII', 'alignment', 'elastin', 'strength', 'extent', 'elevationMm',
] as const;
export type SignalId = (typeof SIGNALS)[number];
export type Signals = Readonly<Record<SignalId, number>>;

export const SIGNAL_INFO: Readonly<Record<SignalId, { unit: string; meaning: string }>> = {
  platelets: { unit: '0..1', meaning: 'Clot: share of the wound space filled by platelets and fibrin.' },
  neutrophils: { unit: 'relative', meaning: 'Neutrophils in the wound; 1 = peak in the reference incision (2 mm deep, 1 × 30 mm, forearm).' },
  macrophages: { unit: 'relative', meaning: 'Macrophages; 1 = peak in the reference incision.' },
  fibroblasts: { unit: 'relative', meaning: 'Fibroblasts; 1 = peak in the reference incision.' },
  myofibroblasts: { unit: 'relative', meaning: 'Contractile myofibroblasts (α-SMA); 1 = peak in the reference incision.' },
  perfusion: { unit: '× baseline', meaning: 'Blood flow through the wound region; 1 = unwounded skin.' },
  erythema: { unit: '0..1', meaning: 'Visible redness; 0 = none, 1 = deep red. Below 0.05 the eye cannot tell it from normal skin.' },
  vesselDensity: { unit: '× baseline', meaning: 'Capillaries per area (new sprouts included); 1 = unwounded skin.' },
  closure: { unit: '0..1', meaning: 'Re-epithelialisation: share of the wound surface covered by new epidermis.' },
  collagenI: { unit: '× normal total', meaning: 'Type I collagen in the wound region; normal dermis total collagen = 1 (of which ~0.85 is type I).' },
  collagenIII: { unit: '× normal total', meaning: 'Type III collagen in the wound region; normal dermis ~0.15.' },
  alignment: { unit: '0..1', meaning: 'Collagen orientation: 0 = basket-weave, 1 = parallel bundles. Normal dermis ~0.15.' },
  elastin: { unit: '× normal', meaning: 'Elastic fibres in the wound region; 1 = unwounded skin.' },
  strength: { unit: '0..1', meaning: 'Tensile strength as a fraction of unwounded skin.' },
  extent: { unit: '× wound width', meaning: 'Width of the visible lesion relative to the original wound; 0 = invisible, above 1 = spreading beyond the wound (keloid).' },
  elevationMm: { unit: 'mm', meaning: 'Surface height over the wound: positive raised (hypertrophic, keloid), negative pitted (atrophic).' },
};

export const BASELINE: Signals = {
  platelets: 0, neutrophils: 0, macrophages: 0, fibroblasts: 0, myofibroblasts: 0,
  perfusion: 1, erythema: 0, vesselDensity: 1, closure: 1,
  collagenI: 0.85, collagenIII: 0.15, alignment: 0.15, elastin: 1, strength: 1, extent: 0, elevationMm: 0,
};
