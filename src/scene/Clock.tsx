// Advances simulated time while playing, once per rendered frame (see state/playback.ts for the
// time-lapse scale); playback stops at the end of the span. The canvas draws on demand, so while
// playing each frame asks for the next one; paused, nothing does.
import { useFrame } from '@react-three/fiber';
import { useCorium } from '../state/store';
import { advancePlayback } from '../state/playback';

export function Clock({ spanHours }: { spanHours: number }) {
  useFrame(({ invalidate }, dt) => {
    const s = useCorium.getState();
    if (!s.playing) return;
    invalidate();
    const next = advancePlayback(s.timeHours, spanHours, dt, s.speed);
    s.setTime(next.timeHours);
    if (next.ended) s.setPlaying(false);
  });
  return null;
}
