// Mounts its children one per frame, in order. Software WebGL (and a weak GPU) compiles each new
// shader program on its first draw; staging lets the skin itself appear after one compile, and
// the vessels, cells and fibres follow over the next frames instead of holding the first picture
// back for all of them together. `onDone` runs once the last child has had its frame.
import { Children, useState, type ReactNode } from 'react';
import { useFrame } from '@react-three/fiber';

export function Staged({ children, onDone }: { children: ReactNode; onDone?: () => void }) {
  const items = Children.toArray(children);
  const [shown, setShown] = useState(0);
  useFrame(() => {
    if (shown < items.length) setShown(shown + 1);
    else if (shown === items.length) { setShown(shown + 1); onDone?.(); }
  });
  return <>{items.slice(0, shown)}</>;
}
