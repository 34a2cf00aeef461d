// Advances simulated time while playing, on the log-like time-lapse scale: each real second
// moves a fixed share of the axis, so minutes and months both get screen time.
import { useFrame } from '@react-three/fiber';
import { axisToTime, timeToAxis } from '../model';
import { useCorium, type Speed } from '../state/store';

/** Seconds of playback for the whole span at each speed. */
export const PLAYBACK_SECONDS: Readonly<Record<Speed, number>> = { slow: 90, normal: 40, fast: 15 };

export function Clock({ spanHours }: { spanHours: number }) {
  useFrame((_, dt) => {
    const s = useCorium.getState();
    if (!s.playing) return;
    const u = timeToAxis(s.timeHours, spanHours) + Math.min(dt, 0.1) / PLAYBACK_SECONDS[s.speed];
    if (u >= 1) { s.setTime(spanHours); s.setPlaying(false); return; }
    s.setTime(axisToTime(u, spanHours));
  });
  return null;
}
