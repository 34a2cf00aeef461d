// The canvas draws on demand (frameloop="demand"): nothing while nothing changes, so a paused,
// untouched page costs no GPU or battery. This asks for a frame whenever something the picture
// depends on changes: any store change (the clock while playing, scrubbing, every panel setting,
// strokes, mode, language), the needle device's motion, the graphics status, the presenter's
// camera reaching the audience window, and the view's size. What animates by itself keeps asking
// from its own frame callback while it lasts: the clock while playing (Clock), a camera glide and
// orbit damping (CameraRig, OrbitControls), a device sweep (NeedleDevice), punctures fading in
// (Punctures), structures mounting one per frame (Staged).
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { useCorium } from '../state/store';
import { useTreatmentMotion } from './treatmentMotion';
import { useGraphicsStatus } from './graphicsStatus';
import { mirroredPoses } from './cameraCommands';

export function FrameDemand() {
  const invalidate = useThree((s) => s.invalidate);
  const size = useThree((s) => s.size);

  useEffect(() => {
    const ask = (): void => invalidate();
    const stops = [useCorium.subscribe(ask), useTreatmentMotion.subscribe(ask), useGraphicsStatus.subscribe(ask), mirroredPoses.listen(ask)];
    return () => stops.forEach((stop) => stop());
  }, [invalidate]);

  // A new size re-projects the camera and the labels.
  useEffect(() => invalidate(), [size, invalidate]);

  return null;
}
