// Swaps the skin block from its flat first picture to the full tissue program. After the frame that
// draws the flat picture, WebGLRenderer.compileAsync links it: where the browser offers
// KHR_parallel_shader_compile, without blocking the page; elsewhere its link was already issued as
// the block mounted (below), and what is left of its cost falls on the first draw. Once it is
// ready the block re-renders with it and asks for a frame (the frame loop may be on demand).
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Mesh, type BufferGeometry, type ShaderMaterial } from 'three';
import { useFrame, useThree } from '@react-three/fiber';
import { detailAllowed, markDetailReady, markFullDetail } from './firstPicture';

const noop = (): void => {};

export function useDetailSwap(
  mesh: RefObject<Mesh | null>,
  full: ShaderMaterial,
  flat: ShaderMaterial | null,
  geometry: BufferGeometry,
  /** The full program's variant (firstPicture.ts programVariant). */
  variant: string,
  onDetail: (() => void) | undefined,
): void {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const [, setCompiled] = useState(0);
  const requested = useRef<string | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => { alive.current = false; };
  }, []);

  // A mesh like the block's but outside the scene: the same program parameters, nothing drawn.
  const probe = useMemo(() => new Mesh(geometry, full), [geometry, full]);

  // Without KHR_parallel_shader_compile (SwiftShader, some weak GPUs) the full program's link is
  // issued as the block mounts, and flushed: the GPU process links it while the page's main thread
  // is still building the scene, and nothing waits on it until its first draw (three checks a
  // program on first use). compileAsync below then finds it linked. Bench set-up, 8 alternating
  // cold loads: first picture 2,305 → 1,751 ms, full detail 2,766 → 2,235 ms (floor 1,091). With
  // the extension (llvmpipe, GPUs) compileAsync already links without blocking the page, and the
  // early link only cost: the browser tests, on llvmpipe, took 6% longer with it (259 and 275 s
  // against 244 and 258 s, run back to back).
  useLayoutEffect(() => {
    if (!flat || gl.extensions.has('KHR_parallel_shader_compile')) return;
    gl.compile(probe, camera, scene);
    gl.getContext().flush();
  }, [gl, camera, scene, probe, flat]);

  useFrame(() => {
    const key = `${full.uuid}/${variant}`;
    if (!flat || requested.current === key) return;
    requested.current = key;
    setTimeout(() => {
      void detailAllowed()
        .then(() => gl.compileAsync(probe, camera, scene))
        // A failed compile is reported by three when the program is first used; draw it anyway.
        .catch(noop)
        .then(() => {
          markDetailReady(gl, variant);
          if (!alive.current) return;
          setCompiled((n) => n + 1);
          invalidate();
        });
    }, 0);
  });

  const latest = useRef(onDetail);
  useEffect(() => { latest.current = onDetail; }, [onDetail]);
  // Once the full program is on the mesh, its first draw is the moment of full detail. In the
  // commit that puts it there (a layout effect), so the frame that commit asks for is the one
  // marked: as a passive effect it ran after that frame and asked for one more.
  useLayoutEffect(() => {
    const m = mesh.current;
    if (flat || !m) return;
    m.onAfterRender = () => {
      m.onAfterRender = noop;
      markFullDetail();
      latest.current?.();
    };
    invalidate();
    return () => { m.onAfterRender = noop; };
  }, [mesh, full, flat, invalidate]);
}
