// Shared per-block context for scene components: the model data of the block and the uniforms
// every shader of that block reads (time and the curve atlas), updated once per frame.
import { createContext, useContext } from 'react';
import type { DataTexture } from 'three';
import type { BlockData } from '../state/blockData';
import type { DentUniformValues } from '../state/condition';
import type { InjuryUniforms } from '../state/injury';
import type { SlabUniforms } from './slabs';

/** The condition's dent and tissue (shaders/lib/dent.glsl), updated with the clock by TissueBlock. */
export type DentUniforms = { readonly [K in keyof DentUniformValues]: { value: DentUniformValues[K] } };

/**
 * Also the exploded layout's (lib/explode.glsl; uExplode set by TissueBlock): every structure of
 * the block moves with the layer slab it lies in; and the area's injury now (src/state/injury.ts),
 * brought up to the clock once a frame by TissueBlock.
 */
export interface BlockUniforms extends DentUniforms, SlabUniforms, InjuryUniforms {
  /** Simulated time now, hours since the first session / the wound. */
  readonly uTimeHours: { value: number };
  /** Seconds of wall-clock animation (for flow and cell motion; frozen under reduced motion). */
  readonly uAnimSeconds: { value: number };
  readonly uCurves: { value: DataTexture };
  readonly uCurveSamples: { value: number };
  readonly uCurveRows: { value: number };
  readonly uRowsPerClass: { value: number };
  readonly uMaxAgeHours: { value: number };
  readonly uLogT0Hours: { value: number };
}

export interface BlockContextValue {
  readonly data: BlockData;
  readonly uniforms: BlockUniforms;
  /** 'primary' or 'compare': which side of a comparison this block is. */
  readonly role: 'primary' | 'compare';
}

export const BlockContext = createContext<BlockContextValue | null>(null);

export function useBlock(): BlockContextValue {
  const v = useContext(BlockContext);
  if (!v) throw new Error('useBlock must be used inside a <TissueBlock>');
  return v;
}
