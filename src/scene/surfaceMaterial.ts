// The surface view's drawing for one block, outside React: a screen-filling quad with the surface
// shader (shaders/surface.*.glsl) in a scene of its own, its inputs read from the model once per
// block and skin type, and a function that sets the moment and draws it into a viewport. Used by
// the live view (SurfaceView.tsx, on the app's renderer) and by the strip's painter
// (stripPainter.ts, on a small renderer of its own). The owner calls dispose().
import { Mesh, OrthographicCamera, PlaneGeometry, Scene, ShaderMaterial, type WebGLRenderer } from 'three';
import type { SkinType } from '../model';
import type { BlockData } from '../state/blockData';
import { conditionPicture, conditionStateAt, dentUniforms } from '../state/condition';
import type { BlockUniforms } from './blockContext';
import { noiseLatticeTexture } from './noiseLattice';
import { stageSource } from './shaderSource';
import { collagenGainAt, surfaceAgeHours, surfaceParams } from './surfaceParams';
import vertexShader from '../../shaders/surface.vert.glsl?raw';
import fragmentShader from '../../shaders/surface.frag.glsl?raw';

/** The patch of skin shown across its shorter side, mm: "a few centimetres", life size on a tablet. */
export const SURFACE_FIELD_MM = 24;

export interface Viewport { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

type Uniforms = Record<string, { value: unknown }>;

export interface SurfaceDrawing {
  /** Sets the skin type's inputs (tone, the plan's windows): once per block and skin type. */
  setSkinType(skinType: SkinType | null): void;
  /** Draws the surface at a time (hours since the first session / the wound) into a viewport. */
  draw(gl: WebGLRenderer, viewport: Viewport, timeHours: number): void;
  dispose(): void;
}

/** The drawing of a block's surface; `curves` are the block's curve uniforms (the caller owns their texture). */
export function surfaceDrawing(data: BlockData, curves: BlockUniforms): SurfaceDrawing {
  const material = new ShaderMaterial({
    name: 'surface',
    vertexShader: stageSource(vertexShader),
    fragmentShader: stageSource(fragmentShader),
    depthTest: false,
    depthWrite: false,
    uniforms: {
      ...curves,
      uNoise: { value: noiseLatticeTexture() },
      uAgeHours: { value: 0 }, uFieldMm: { value: [SURFACE_FIELD_MM, SURFACE_FIELD_MM] }, uTone: { value: [0.8, 0.6, 0.5] },
      uHolesPerMm2: { value: 0 }, uBleed: { value: 0 }, uFlake: { value: [0, 0, 0] }, uBruise: { value: [0, 0, 0] },
      uPigment: { value: [0, 0, 0] }, uWound: { value: [0, 0, 0, 0] }, uSmooth: { value: 0 }, uLineDepth: { value: 0 },
      uPoreMm: { value: 1 }, uRednessShown: { value: 1 }, uCondSpread: { value: [1, 0] },
    },
  });
  const u = material.uniforms as Uniforms;
  const scene = new Scene();
  const geometry = new PlaneGeometry(2, 2);
  const quad = new Mesh(geometry, material);
  quad.frustumCulled = false;
  scene.add(quad);
  const camera = new OrthographicCamera(-1, 1, 1, -1, 0, 1);
  const condition = conditionPicture(data);

  return {
    setSkinType(skinType) {
      const p = surfaceParams(data, skinType);
      u.uTone.value = [...p.tone];
      u.uHolesPerMm2.value = p.holesPerMm2;
      u.uBleed.value = p.bleed;
      u.uFlake.value = [...p.flake];
      u.uBruise.value = [...p.bruise];
      u.uPigment.value = [...p.pigment];
      u.uWound.value = [...p.wound];
      u.uPoreMm.value = p.poreMm;
      u.uLineDepth.value = p.lineDepth;
      u.uCondSpread.value = [...p.conditionSpread];
    },
    draw(gl, vp, timeHours) {
      const aspect = vp.width / Math.max(1, vp.height);
      u.uFieldMm.value = aspect >= 1 ? [SURFACE_FIELD_MM * aspect, SURFACE_FIELD_MM] : [SURFACE_FIELD_MM, SURFACE_FIELD_MM / aspect];
      u.uAgeHours.value = surfaceAgeHours(data, timeHours);
      u.uSmooth.value = collagenGainAt(data, timeHours);
      // The condition (scars, lines, striae, pores) as the model has it at this time of the course.
      if (condition) for (const [k, v] of Object.entries(dentUniforms(condition, conditionStateAt(condition, timeHours)))) u[k].value = v;
      gl.setViewport(vp.x, vp.y, vp.width, vp.height);
      gl.setScissor(vp.x, vp.y, vp.width, vp.height);
      gl.render(scene, camera);
    },
    dispose() {
      (u.uNoise.value as { dispose(): void }).dispose();
      material.dispose();
      geometry.dispose();
    },
  };
}
