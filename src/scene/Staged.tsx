// Mounts its children one per frame, in order. Software WebGL (and a weak GPU) compiles each new
// shader program on its first draw; staging lets the skin itself appear after one compile, and
// the vessels, cells and fibres follow over the next frames instead of holding the first picture
// back for all of them together. `onDone` runs once the last child has had its frame. While
// `hold` is set, nothing is mounted yet (the skin's own program is still on its way).
import { Children, useEffect, useState, type ReactNode } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { stagingBegan, stagingEnded } from './graphicsStatus';

export function Staged({ children, onDone, hold = false }: { children: ReactNode; onDone?: () => void; hold?: boolean }) {
  const items = Children.toArray(children);
  const [shown, setShown] = useState(0);
  const invalidate = useThree((s) => s.invalidate);
  // Each step needs a frame: ask for the next one while steps remain (the loop may be on demand).
  useEffect(() => { if (!hold && shown <= items.length) invalidate(); }, [hold, shown, items.length, invalidate]);
  const [id] = useState(() => Symbol('staged'));
  useEffect(() => { stagingBegan(id); return () => stagingEnded(id); }, [id]);
  useFrame(() => {
    if (hold) return;
    if (shown < items.length) setShown(shown + 1);
    else if (shown === items.length) { setShown(shown + 1); stagingEnded(id); onDone?.(); }
  });
  return <>{items.slice(0, shown)}</>;
}
