// The block of skin for one body site: every layer at its model thickness (mm; surface at y = 0),
// one mesh and one ShaderMaterial (tissue.*.glsl) that draws each layer's texture in the chosen
// stain and layout, leaving out the layers hidden in the layers panel (uLayerShown). Until that
// program is compiled (compileAsync: in parallel where the browser can), the same mesh shows the
// flat first picture (firstPicture.ts), disposed once the textures are in. Not the place for
// vessels, needles or wounds; those are their own components.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ShaderMaterial, type DataTexture, type Mesh } from 'three';
import { useThree } from '@react-three/fiber';
import { useCorium } from '../state/store';
import { lesionOf, type LesionShape } from '../state/lesion';
import { conditionPicture } from '../state/condition';
import type { BlockData } from '../state/blockData';
import { useBlock, type BlockUniforms } from './blockContext';
import { skinBlockGeometry } from './skinBlockGeometry';
import { slabUniforms } from './slabs';
import { stageSource } from './shaderSource';
import { interiorShows, layerShownValues } from './partVisibility';
import { noiseLatticeTexture } from './noiseLattice';
import { STAIN_CODE } from './palette';
import { detailReady, flatColourUniform, flatTissueMaterial, programVariant } from './firstPicture';
import { useDetailSwap } from './useDetailSwap';
import vertexShader from '../../shaders/tissue.vert.glsl?raw';
import fragmentShader from '../../shaders/tissue.frag.glsl?raw';
import { retire } from './retire';
import { disposeOrKeep } from './programKeeper';

const LESION_CODE: Readonly<Record<LesionShape['kind'], number>> = { channels: 0, slot: 1, band: 2, bowl: 3 };

/** The block's own uniforms, from the model (the shared time/curve uniforms are added to these). */
export function tissueUniforms(data: BlockData) {
  const lesion = lesionOf(data);
  return {
    ...slabUniforms(data),
    uLesionKind: { value: LESION_CODE[lesion.kind] },
    uLesionHalfMm: { value: lesion.kind === 'channels' ? 0 : lesion.kind === 'bowl' ? lesion.radiusMm : lesion.halfWidthMm },
    uLesionDepthMm: { value: lesion.kind === 'channels' ? 0 : lesion.depthMm },
    uLayerShown: { value: layerShownValues([]) },
  };
}

/**
 * What the block's tissue program compiles in beyond its stain: LESION, an uncontrolled wound's
 * extent and fill; CONDITION, a treated condition's dent and altered tissue. Each is left
 * out where the block does not show it, so needled healthy skin gets the smallest program: software
 * WebGL builds a program at its first draw, in time that grows with its code (README Performance).
 */
export function tissueFeatures(data: BlockData): { LESION?: 1; CONDITION?: 1 } {
  return {
    ...(lesionOf(data).kind === 'channels' ? {} : { LESION: 1 }),
    ...(conditionPicture(data) === null ? {} : { CONDITION: 1 }),
  };
}

export type TissueMaterial = ShaderMaterial & { uniforms: ReturnType<typeof tissueUniforms> & BlockUniforms & { uNoise: { value: DataTexture } } };

export interface SkinBlockProps {
  /** Called once the full tissue program has drawn (after the flat first picture, if there was one). */
  onDetail?: () => void;
}

export function SkinBlock({ onDetail }: SkinBlockProps) {
  const { data, uniforms } = useBlock();
  const gl = useThree((s) => s.gl);
  const meshRef = useRef<Mesh>(null);
  const stain = useCorium((s) => s.stain);
  const layout = useCorium((s) => s.layout);
  const hidden = useCorium((s) => s.hidden);
  const shown = useMemo(() => layerShownValues(hidden), [hidden]);
  // The wavy junction faces inside the block (most of its triangles and of its build time) are
  // built the first time the inside shows, then kept with the block, so hiding and showing layers
  // again switches at once.
  const inside = interiorShows(layout, hidden);
  const [junctionBuiltFor, setJunctionBuiltFor] = useState<BlockData | null>(null);
  if (inside && junctionBuiltFor !== data) setJunctionBuiltFor(data);
  const outer = useMemo(() => skinBlockGeometry(data, false), [data]);
  const full = useMemo(() => (junctionBuiltFor === data ? skinBlockGeometry(data, true) : null), [data, junctionBuiltFor]);
  const geometry = inside && full ? full : outer;
  const own = useMemo(() => tissueUniforms(data), [data]);
  const material = useMemo(() => new ShaderMaterial({
    name: 'tissue',
    vertexShader: stageSource(vertexShader),
    fragmentShader: stageSource(fragmentShader),
    // Same {value} objects as the block's, so time and curves update with no per-frame JS here.
    uniforms: { ...uniforms, ...own, uNoise: { value: noiseLatticeTexture() } },
    // The stain chosen now, so a new block does not compile the natural program first for nothing.
    defines: { STAIN: STAIN_CODE[useCorium.getState().stain], ...tissueFeatures(data) },
    // Colours are authored as the illustration should look; tone mapping would wash the pale layers.
    toneMapped: false,
  }) as TissueMaterial, [uniforms, own, data]);
  // The effect below moves the define to the stain now; the variant is judged by it already.
  const variant = programVariant({ ...material.defines, STAIN: STAIN_CODE[stain] });
  const detailed = detailReady(gl, variant);
  // The flat picture exists only until this variant's full program is ready; a later stain not yet
  // compiled shows it again meanwhile (its colours follow the stain, no compile of its own).
  const flat = useMemo(() => (detailed ? null : flatTissueMaterial(uniforms, own, useCorium.getState().stain, material.defines.CONDITION === 1)),
    [detailed, uniforms, own, material]);

  useLayoutEffect(() => {
    if (material.defines.STAIN !== STAIN_CODE[stain]) {
      material.defines.STAIN = STAIN_CODE[stain];
      material.needsUpdate = true;
    }
    material.uniforms.uExplode.value = layout === 'exploded' ? 1 : 0;
    material.uniforms.uLayerShown.value = shown;
    flat?.uniforms.uLayerColour.value.splice(0, 18, ...flatColourUniform(stain));
  }, [material, flat, stain, layout, shown]);
  useDetailSwap(meshRef, material, flat, outer, variant, onDetail);
  useEffect(() => () => outer.dispose(), [outer]);
  useEffect(() => () => full?.dispose(), [full]);
  // Retired, not disposed: the next scenario's material shares its program (retire.ts), and a
  // variant the next one does not use stays compiled for the switch back (programKeeper.ts).
  useEffect(() => () => retire(() => {
    material.uniforms.uNoise.value.dispose();
    disposeOrKeep(material);
  }), [material]);
  useEffect(() => () => flat?.dispose(), [flat]);

  // The exploded layout moves slabs in the vertex shader, past the geometry's bounds.
  return <mesh ref={meshRef} name="skin-block" geometry={geometry} material={flat ?? material} frustumCulled={false} />;
}
