// Mounts its children one per frame, in order. Software WebGL (and a weak GPU) compiles each new
// shader program on its first draw; staging lets the skin itself appear after one compile, and
// the vessels, cells and fibres follow over the next frames instead of holding the first picture
// back for all of them together.
import { Children, useState, type ReactNode } from 'react';
import { useFrame } from '@react-three/fiber';

export function Staged({ children }: { children: ReactNode }) {
  const items = Children.toArray(children);
  const [shown, setShown] = useState(0);
  useFrame(() => {
    if (shown < items.length) setShown(shown + 1);
  });
  return <>{items.slice(0, shown)}</>;
}
