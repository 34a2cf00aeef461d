// Advances simulated time while playing, once per rendered frame (see state/playback.ts for the
// time-lapse scale); playback stops at the end of the span.
import { useFrame } from '@react-three/fiber';
import { useCorium } from '../state/store';
import { advancePlayback } from '../state/playback';

export function Clock({ spanHours }: { spanHours: number }) {
  useFrame((_, dt) => {
    const s = useCorium.getState();
    if (!s.playing) return;
    const next = advancePlayback(s.timeHours, spanHours, dt, s.speed);
    s.setTime(next.timeHours);
    if (next.ended) s.setPlaying(false);
  });
  return null;
}
