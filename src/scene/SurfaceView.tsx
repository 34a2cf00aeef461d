// The surface view's drawing: for each block, a screen-filling quad with the surface shader
// (shaders/surface.*.glsl) in a scene of its own, which SplitRenderer draws into part of the
// canvas when `view=surface`. The primary block also draws the strip's small pictures
// off-screen, once per block and skin type (not per frame), into a render target read back to
// PNGs. Owns and disposes its geometry, material, textures and render target.
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { Mesh, OrthographicCamera, PlaneGeometry, Scene, ShaderMaterial, WebGLRenderTarget, type WebGLRenderer } from 'three';
import { useCorium } from '../state/store';
import type { BlockData } from '../state/blockData';
import { useCurveUniforms } from './useCurveUniforms';
import { noiseLatticeTexture } from './noiseLattice';
import { stageSource } from './shaderSource';
import { collagenGainAt, surfaceAgeHours, surfaceParams } from './surfaceParams';
import { stripMoments, useSurfaceStrip, type StripFrame } from './surfaceStrip';
import vertexShader from '../../shaders/surface.vert.glsl?raw';
import fragmentShader from '../../shaders/surface.frag.glsl?raw';

/** The patch of skin shown across its shorter side, mm: "a few centimetres", life size on a tablet. */
export const SURFACE_FIELD_MM = 24;
/** Thumbnail edge, pixels. */
export const THUMB_PX = 96;

export interface Viewport { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
export type SurfacePass = (gl: WebGLRenderer, viewport: Viewport, timeHours: number) => void;

/** The surface passes of the blocks on screen, by role; SplitRenderer draws them. */
export const surfacePasses = new Map<'primary' | 'compare', SurfacePass>();

type SurfaceMaterial = ShaderMaterial & { uniforms: Record<string, { value: unknown }> };

export function SurfaceLayer({ data, role }: { data: BlockData; role: 'primary' | 'compare' }) {
  const gl = useThree((s) => s.gl);
  const skinType = useCorium((s) => s.skinType);
  const curveUniforms = useCurveUniforms(data);
  const params = surfaceParams(data, skinType);

  const { scene, camera, material } = useMemo(() => {
    const mat = new ShaderMaterial({
      vertexShader: stageSource(vertexShader),
      fragmentShader: stageSource(fragmentShader),
      depthTest: false,
      depthWrite: false,
      uniforms: {
        ...curveUniforms,
        uNoise: { value: noiseLatticeTexture() },
        uAgeHours: { value: 0 }, uFieldMm: { value: [SURFACE_FIELD_MM, SURFACE_FIELD_MM] }, uTone: { value: [0.8, 0.6, 0.5] },
        uHolesPerMm2: { value: 0 }, uBleed: { value: 0 }, uFlake: { value: [0, 0, 0] }, uBruise: { value: [0, 0, 0] },
        uPigment: { value: [0, 0, 0] }, uWound: { value: [0, 0, 0, 0] }, uSmooth: { value: 0 }, uLineDepth: { value: 0 },
        uPoreMm: { value: 1 }, uRednessShown: { value: 1 },
      },
    }) as SurfaceMaterial;
    const s = new Scene();
    const quad = new Mesh(new PlaneGeometry(2, 2), mat);
    quad.frustumCulled = false;
    s.add(quad);
    return { scene: s, camera: new OrthographicCamera(-1, 1, 1, -1, 0, 1), material: mat };
  }, [curveUniforms]);

  useEffect(() => () => {
    (material.uniforms.uNoise.value as { dispose(): void }).dispose();
    material.dispose();
    scene.traverse((o) => { if (o instanceof Mesh) o.geometry.dispose(); });
  }, [material, scene]);

  // Static inputs: set once per block and skin type.
  useEffect(() => {
    const u = material.uniforms;
    u.uTone.value = [...params.tone];
    u.uHolesPerMm2.value = params.holesPerMm2;
    u.uBleed.value = params.bleed;
    u.uFlake.value = [...params.flake];
    u.uBruise.value = [...params.bruise];
    u.uPigment.value = [...params.pigment];
    u.uWound.value = [...params.wound];
    u.uPoreMm.value = params.poreMm;
    u.uLineDepth.value = params.lineDepth;
  }, [material, params]);

  useEffect(() => {
    const pass: SurfacePass = (renderer, vp, timeHours) => {
      const u = material.uniforms;
      const aspect = vp.width / Math.max(1, vp.height);
      u.uFieldMm.value = aspect >= 1 ? [SURFACE_FIELD_MM * aspect, SURFACE_FIELD_MM] : [SURFACE_FIELD_MM, SURFACE_FIELD_MM / aspect];
      u.uAgeHours.value = surfaceAgeHours(data, timeHours);
      u.uSmooth.value = collagenGainAt(data, timeHours);
      renderer.setViewport(vp.x, vp.y, vp.width, vp.height);
      renderer.setScissor(vp.x, vp.y, vp.width, vp.height);
      renderer.render(scene, camera);
    };
    surfacePasses.set(role, pass);
    return () => { if (surfacePasses.get(role) === pass) surfacePasses.delete(role); };
  }, [material, scene, camera, data, role]);

  // The strip: drawn off-screen once per block and skin type, a moment after it changes.
  useEffect(() => {
    if (role !== 'primary') return;
    const key = `${data.key}|${skinType ?? '-'}`;
    if (useSurfaceStrip.getState().key === key) return;
    const timer = window.setTimeout(() => {
      const pass = surfacePasses.get('primary');
      if (!pass) return;
      useSurfaceStrip.getState().setFrames(key, drawStrip(gl, pass, data));
    }, 150);
    return () => window.clearTimeout(timer);
  }, [gl, data, skinType, role, params]);

  return null;
}

function drawStrip(gl: WebGLRenderer, pass: SurfacePass, data: BlockData): StripFrame[] {
  const target = new WebGLRenderTarget(THUMB_PX, THUMB_PX);
  const pixels = new Uint8Array(THUMB_PX * THUMB_PX * 4);
  const canvas = document.createElement('canvas');
  canvas.width = THUMB_PX;
  canvas.height = THUMB_PX;
  const ctx = canvas.getContext('2d');
  const previous = gl.getRenderTarget();
  const frames: StripFrame[] = [];
  try {
    for (const m of stripMoments(data.sessionsHours, data.spanHours)) {
      gl.setRenderTarget(target);
      pass(gl, { x: 0, y: 0, width: THUMB_PX, height: THUMB_PX }, m.hours);
      gl.readRenderTargetPixels(target, 0, 0, THUMB_PX, THUMB_PX, pixels);
      if (!ctx) continue;
      const image = ctx.createImageData(THUMB_PX, THUMB_PX);
      // WebGL rows run bottom-up; images top-down.
      for (let row = 0; row < THUMB_PX; row++) image.data.set(pixels.subarray((THUMB_PX - 1 - row) * THUMB_PX * 4, (THUMB_PX - row) * THUMB_PX * 4), row * THUMB_PX * 4);
      ctx.putImageData(image, 0, 0);
      frames.push({ ...m, url: canvas.toDataURL('image/png') });
    }
  } finally {
    gl.setRenderTarget(previous);
    target.dispose();
  }
  return frames;
}
