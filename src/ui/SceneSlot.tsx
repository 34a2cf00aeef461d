// The 3D view in its slot. Its code (three, R3F and the scene) is its own chunk, fetched as soon
// as this module runs on a device with WebGL, while the page's controls render; a device without
// WebGL never downloads it. The view is shown by a state update the moment the chunk arrives, not
// through React.lazy: a Suspense boundary that is showing its fallback reveals its content at
// most every 300 ms after any fallback on the page last appeared or went (React batches pop-ins);
// in a traced load that left the page idle for 390 ms before the scene mounted (README, Performance).
import { useEffect, useState } from 'react';
import type { SkinScene } from '../scene/SkinScene';
import { canUseWebGL } from '../scene/webglSupport';
import { useT } from '../i18n/useT';

type Scene = typeof SkinScene;

const sceneChunk: Promise<Scene> | null = canUseWebGL() ? import('../scene/SkinScene').then((m) => m.SkinScene) : null;
/** The chunk's outcome once known, so a slot mounted later renders it at once. */
const outcome: { scene: Scene | null; error: Error | null } = { scene: null, error: null };
/** Settles once `outcome` holds the chunk's scene or its error. */
const settled: Promise<void> | null = sceneChunk?.then(
  (scene) => { outcome.scene = scene; },
  (e: unknown) => { outcome.error = e instanceof Error ? e : new Error(String(e)); },
) ?? null;

/** The scene once its chunk has loaded, a status line until then; a failed load throws to the view's error boundary. */
export function SceneSlot({ describedBy }: { describedBy: string }) {
  const t = useT();
  const [scene, setScene] = useState(() => outcome.scene);
  const [error, setError] = useState(() => outcome.error);
  useEffect(() => {
    if (scene || error || !settled) return;
    let live = true;
    void settled.then(() => {
      if (!live) return;
      setScene(() => outcome.scene);
      setError(outcome.error);
    });
    return () => { live = false; };
  }, [scene, error]);
  if (error) throw error;
  const View = scene;
  return View
    ? <View label={t('common.app.canvasLabel')} describedBy={describedBy} />
    : <p className="app__loading" role="status">{t('common.app.loadingView')}</p>;
}
