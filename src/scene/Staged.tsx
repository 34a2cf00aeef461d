// Mounts its children once the skin's full textures are on screen (`hold` until then), all in one
// frame. Software WebGL (and a weak GPU) compiles each new shader program on its first draw; held
// back, the structures' programs do not delay the skin's first picture or its textures. They used
// to follow one per frame, but every such frame redraws the whole view: on software WebGL that was
// 8 of the 16 frames a cold load drew, and most of its drawing (README, Test suite time). `onDone`
// runs once, right after the frame that first draws them.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { stagingBegan, stagingEnded } from './graphicsStatus';

export function Staged({ children, onDone, hold = false }: { children: ReactNode; onDone?: () => void; hold?: boolean }) {
  // Once released, they stay: a later hold (another stain compiling) does not take them away.
  const [shown, setShown] = useState(!hold);
  if (!hold && !shown) setShown(true);
  const invalidate = useThree((s) => s.invalidate);
  const [id] = useState(() => Symbol('staged'));
  const drawn = useRef(false);
  const latest = useRef(onDone);
  useEffect(() => { latest.current = onDone; }, [onDone]);
  useEffect(() => { stagingBegan(id); return () => stagingEnded(id); }, [id]);
  // The frame that draws them (the loop may be on demand), asked for as they are added, so it is
  // the same frame their mounting asks for rather than one more after it.
  useLayoutEffect(() => { if (shown) invalidate(); }, [shown, invalidate]);
  useFrame(() => {
    if (!shown || drawn.current) return;
    drawn.current = true;
    // This frame's render runs right after its callbacks, in the same task: the next task comes after it.
    setTimeout(() => { stagingEnded(id); latest.current?.(); }, 0);
  });
  return shown ? <>{children}</> : null;
}
