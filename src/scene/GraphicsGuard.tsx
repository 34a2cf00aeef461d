// Lives inside the one <Canvas>: keeps the view alive through a lost WebGL context (the browser
// may take it back at any time), frees the programs kept for scenario switches with the renderer and, under `?test`/`?fuzz`, exposes render counts and the scene.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { Material, Mesh, Scene } from 'three';
import { FUZZ_MODE, TEST_MODE } from '../state/flags';
import { stagingIdle, useGraphicsStatus } from './graphicsStatus';
import { releaseKept } from './programKeeper';
import { FLAT_MATERIAL_NAME } from './firstPicture';
import { surfacePasses } from './SurfaceView';

/** GPU resources three holds right now: constant counts over time mean nothing leaks. */
export interface RenderInfo {
  geometries: number; textures: number; programs: number; calls: number; lost: boolean; programNames: string[];
  /** Renders since the renderer began: unchanged over a few animation frames means the picture stands still. */
  frames: number;
  /** three's tone-mapping constant the renderer draws with (SkinScene's choice, not R3F's default). */
  toneMapping: number;
  /** Blocks showing their flat first picture: each swaps in its textures once its program is ready. */
  flat: number;
  /** Surface drawings made (SurfaceView.tsx): none until the surface view is first shown. */
  surfaces: number;
}

let liveScene: Scene | null = null;
/** The scene being drawn, for runtime assertions (fuzz mode); null before the canvas exists. */
export const currentScene = (): Scene | null => liveScene;

/** Meshes drawn with the flat first picture's material. */
function flatBlocks(scene: Scene): number {
  let n = 0;
  scene.traverse((o) => { if ((o as Mesh).isMesh && ((o as Mesh).material as Material).name === FLAT_MATERIAL_NAME) n++; });
  return n;
}

export function GraphicsGuard() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const advance = useThree((s) => s.advance);

  // The programs kept for scenario switches belong to this renderer: freed with it.
  useEffect(() => () => releaseKept(), [gl]);

  useEffect(() => {
    const canvas = gl.domElement;
    // Without preventDefault the browser never offers the context back.
    const onLost = (e: Event): void => { e.preventDefault(); useGraphicsStatus.getState().setLost(true); };
    // three re-creates its GL state on restore and re-uploads buffers, textures and programs on
    // the next render, because it also lost its record of them; one frame brings the picture back.
    const onRestored = (): void => { useGraphicsStatus.getState().setLost(false); invalidate(); };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', onRestored);
    };
  }, [gl, invalidate]);

  useEffect(() => {
    if (!TEST_MODE && !FUZZ_MODE) return;
    liveScene = scene;
    const info = (): RenderInfo => ({
      geometries: gl.info.memory.geometries,
      textures: gl.info.memory.textures,
      programs: gl.info.programs?.length ?? 0,
      calls: gl.info.render.calls,
      frames: gl.info.render.frame,
      lost: gl.getContext().isContextLost(),
      toneMapping: gl.toneMapping,
      // Each program carries its material's name ('tissue', 'tissue-flat', …).
      programNames: (gl.info.programs ?? []).map((p) => p.name),
      flat: flatBlocks(scene),
      surfaces: surfacePasses.size,
    });
    // Every block has mounted its structures and drawn them once (Staged): nothing more to build.
    const settled = (): boolean => useGraphicsStatus.getState().settled && stagingIdle();
    // `__coriumAdvance(ms)` draws one frame now (useFrame callbacks + render), so soak tests can
    // drive thousands of frames without waiting for the display's refresh.
    Object.assign(window, { __coriumRenderInfo: info, __coriumSettled: settled, __coriumAdvance: (ms: number) => advance(ms, true) });
    return () => { liveScene = null; };
  }, [gl, scene, advance]);

  return null;
}
