// Playback without the 3D view (no WebGL): the page's own animation frames advance the clock the
// way the view's frame loop does (state/playback.ts), so the description, stage diagram and
// charts still play. With the 3D view mounted, its loop is the clock and this stays idle.
import { useEffect } from 'react';
import { canUseWebGL } from '../../scene/webglSupport';
import { advancePlayback } from '../../state/playback';
import { useCorium } from '../../state/store';

export function usePagePlayback(spanHours: number): void {
  const playing = useCorium((s) => s.playing);
  useEffect(() => {
    if (!playing || canUseWebGL()) return;
    let frame = 0;
    let last = performance.now();
    const tick = (now: number) => {
      const s = useCorium.getState();
      const next = advancePlayback(s.timeHours, spanHours, (now - last) / 1000, s.speed);
      last = now;
      s.setTime(next.timeHours);
      if (next.ended) s.setPlaying(false);
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, spanHours]);
}
