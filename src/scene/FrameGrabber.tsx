// Inside the 3D canvas: lets the share dialog take a picture by drawing one frame on demand
// (R3F's advance: the useFrame callbacks and the render, synchronously). See frameGrab.ts.
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { registerFrameGrabber } from './frameGrab';

export function FrameGrabber() {
  const advance = useThree((s) => s.advance);
  const gl = useThree((s) => s.gl);
  useEffect(() => registerFrameGrabber(() => { advance(performance.now(), true); return gl.domElement; }), [advance, gl]);
  return null;
}
