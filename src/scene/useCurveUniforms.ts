// Uploads a block's curve atlas as a float DataTexture and builds the uniforms shaders share
// (see shaders/lib/curves.glsl). The hook disposes the texture when the block's data changes or unmounts.
import { useEffect, useMemo } from 'react';
import { DataTexture, FloatType, NearestFilter, RGBAFormat, ClampToEdgeWrapping } from 'three';
import { LOG_TIME_T0_HOURS } from '../model';
import type { BlockData } from '../state/blockData';
import type { BlockUniforms, DentUniforms } from './blockContext';
import { NO_DENT } from '../state/condition';
import { injuryUniforms } from '../state/injury';
import { slabUniforms } from './slabs';

export function useCurveUniforms(data: BlockData): BlockUniforms {
  const uniforms = useMemo<BlockUniforms>(() => curveUniformsFor(data), [data]);
  useEffect(() => () => uniforms.uCurves.value.dispose(), [uniforms]);
  return uniforms;
}

/** A block's uniforms with a new curve texture, which the caller disposes (outside React: the strip's painter). */
export function curveUniformsFor(data: BlockData): BlockUniforms {
  const a = data.atlas;
  const rows = a.classes * a.rowsPerClass;
  const tex = new DataTexture(a.data, a.samples, rows, RGBAFormat, FloatType);
  // Float textures filter linearly only with an optional extension: fetch texels and mix in GLSL.
  tex.magFilter = NearestFilter;
  tex.minFilter = NearestFilter;
  tex.wrapS = ClampToEdgeWrapping;
  tex.wrapT = ClampToEdgeWrapping;
  tex.needsUpdate = true;
  return {
    uTimeHours: { value: 0 },
    uAnimSeconds: { value: 0 },
    uCurves: { value: tex },
    uCurveSamples: { value: a.samples },
    uCurveRows: { value: rows },
    uRowsPerClass: { value: a.rowsPerClass },
    uMaxAgeHours: { value: a.maxAgeHours },
    uLogT0Hours: { value: LOG_TIME_T0_HOURS },
    ...injuryUniforms(data),
    ...dentUniformObjects(),
    ...slabUniforms(data),
  };
}

/** Fresh {value} objects for the dent uniforms (no dent until TissueBlock sets the condition). */
export function dentUniformObjects(): DentUniforms {
  return Object.fromEntries(Object.entries(NO_DENT).map(([k, v]) => [k, { value: Array.isArray(v) ? [...v] : v }])) as unknown as DentUniforms;
}
