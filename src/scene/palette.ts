// Colours and display names of the skin layers, shared by the 3D block and the DOM legend.
// Not biology: depths come from src/model/tissue.ts. Neighbouring layers differ in lightness as
// well as hue, so they stay distinguishable with red–green colour blindness.
import type { LayerId } from '../model/tissue';
import type { Stain } from '../state/url';

export const LAYER_STYLE: Record<LayerId, { label: string; color: string }> = {
  stratumCorneum: { label: 'Stratum corneum', color: '#f3ecd6' },
  viableEpidermis: { label: 'Living epidermis', color: '#d39a78' },
  papillaryDermis: { label: 'Papillary dermis', color: '#f0b9b6' },
  reticularDermis: { label: 'Reticular dermis', color: '#b4536a' },
  hypodermis: { label: 'Hypodermis (fat)', color: '#ecd58e' },
};

export const BACKGROUND_COLOR = '#1c232d';
/** Presenter mode (projector profile): a light background, so the block reads on a washed-out screen. */
export const PRESENTER_BACKGROUND_COLOR = '#eef0f2';

/** Each stain's number in the shaders: tissue.frag.glsl's STAIN define, lesion.frag.glsl's uStain. */
export const STAIN_CODE: Readonly<Record<Stain, number>> = { natural: 0, he: 1, trichrome: 2 };
