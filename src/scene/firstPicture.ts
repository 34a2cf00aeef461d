// The skin block's first picture: while the full tissue program compiles (software WebGL builds it
// at its first draw, in a frame that costs several ordinary ones: README Performance), the block is
// drawn with a flat material (shaders/tissue.flat.frag.glsl): every layer at its true depth in the
// full shader's mean colour of that layer, so the textures arrive without a jump. Here: those
// colours per stain, which programs a renderer has ready (so the flat picture is shown only until
// then), the hold that lets a browser test read the flat picture, and the mark the bench times
// full detail by.
import { ShaderMaterial, type WebGLRenderer } from 'three';
import type { Stain } from '../state/url';
import { HOLD_DETAIL } from '../state/flags';
import { stageSource } from './shaderSource';
import vertexShader from '../../shaders/tissue.vert.glsl?raw';
import fragmentShader from '../../shaders/tissue.flat.frag.glsl?raw';

type Rgb = readonly [number, number, number];

/**
 * The full tissue shader's mean colour (sRGB bytes, light divided out) of each layer, stratum
 * corneum … fat, then of the skin's surface, in each stain. Measured in Chromium at the default
 * view of the default scenario before treatment (no redness), structures hidden, from the full
 * picture over each layer's pixels; the stratum corneum, under a pixel thick there, is its base
 * colour (its lamellae fade out unresolved). tests/e2e/firstPicture.test.ts fails if the flat
 * picture drifts from the full one.
 */
export const FLAT_COLOURS: Readonly<Record<Stain, readonly Rgb[]>> = {
  natural: [[246, 236, 212], [200, 146, 118], [240, 198, 191], [200, 100, 120], [245, 217, 158], [227, 186, 156]],
  he: [[240, 188, 210], [192, 130, 171], [244, 200, 220], [234, 137, 182], [249, 229, 239], [235, 186, 207]],
  trichrome: [[214, 52, 62], [200, 118, 128], [193, 211, 238], [51, 99, 180], [220, 227, 235], [209, 72, 78]],
};

/** FLAT_COLOURS of one stain as the shader's uLayerColour[6]: 18 floats, 0–1. */
export function flatColourUniform(stain: Stain): number[] {
  return FLAT_COLOURS[stain].flatMap((c) => c.map((v) => v / 255));
}

/** The uniforms the flat material shares with the full one (the same {value} objects). */
export interface SharedTissueUniforms {
  readonly uBoundsMm: { value: [number, number, number, number] };
  readonly uReteRidgeMm: { value: number };
  readonly uExplode: { value: number };
  readonly uExplodeGapMm: { value: number };
  readonly uLayerShown: { value: number[] };
}

/** The flat material's name (three names each program after its material's). */
export const FLAT_MATERIAL_NAME = 'tissue-flat';

export type FlatTissueMaterial = ShaderMaterial & { uniforms: SharedTissueUniforms & { uLayerColour: { value: number[] } } };

/**
 * `block`: the block's shared uniforms (a condition's dent among them); `shared`: the full material's
 * own; `condition`: the block shows a treated condition, whose dent the layers follow (define CONDITION).
 */
export function flatTissueMaterial(block: object, shared: SharedTissueUniforms, stain: Stain, condition: boolean): FlatTissueMaterial {
  const { uBoundsMm, uReteRidgeMm, uExplode, uExplodeGapMm, uLayerShown } = shared;
  return new ShaderMaterial({
    name: FLAT_MATERIAL_NAME,
    defines: condition ? { CONDITION: 1 } : {},
    vertexShader: stageSource(vertexShader),
    fragmentShader: stageSource(fragmentShader),
    uniforms: { ...block, uBoundsMm, uReteRidgeMm, uExplode, uExplodeGapMm, uLayerShown, uLayerColour: { value: flatColourUniform(stain) } },
    toneMapped: false,
  }) as FlatTissueMaterial;
}

// Which variants of the full tissue program (its defines: stain, wound, condition) each renderer
// has compiled: a block made later (another scenario, the comparison) draws those at once, with no
// flat picture in between.
const ready = new WeakMap<WebGLRenderer, Set<string>>();

/** The full program's variant, from the defines that choose it: `LESION=1 STAIN=2`. */
export function programVariant(defines: Readonly<Record<string, unknown>>): string {
  return Object.keys(defines).sort().map((k) => `${k}=${String(defines[k])}`).join(' ');
}

export function detailReady(gl: WebGLRenderer, variant: string): boolean {
  return ready.get(gl)?.has(variant) ?? false;
}

export function markDetailReady(gl: WebGLRenderer, variant: string): void {
  const set = ready.get(gl) ?? new Set<string>();
  set.add(variant);
  ready.set(gl, set);
}

// `?test&detail=hold`: the full program is not compiled until the test calls
// window.__coriumShowDetail(), so it can read the flat picture; __coriumHoldDetail() holds the next.
let held = HOLD_DETAIL;
const waiting: (() => void)[] = [];
if (HOLD_DETAIL && typeof window !== 'undefined') {
  Object.assign(window, {
    __coriumShowDetail: () => { held = false; waiting.splice(0).forEach((go) => go()); },
    __coriumHoldDetail: () => { held = true; },
  });
}

/** Resolves when the full program may be compiled: at once, except while a test holds it. */
export function detailAllowed(): Promise<void> {
  return held ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve();
}

/** performance.mark set when the full tissue program first draws (the bench's fullDetailMs). */
export const FULL_DETAIL_MARK = 'corium:full-detail';

export function markFullDetail(): void {
  if (performance.getEntriesByName(FULL_DETAIL_MARK).length === 0) performance.mark(FULL_DETAIL_MARK);
}
