// The canvas draws on demand (frameloop="demand"): nothing while nothing changes, so a paused,
// untouched page costs no GPU or battery. This asks for a frame whenever something the picture
// depends on changes: any store change (the clock while playing, scrubbing, every panel setting,
// strokes, mode, language), the needle device's motion, a lost or restored context, the presenter's
// camera reaching the audience window, and the view's size. What animates by itself keeps asking
// from its own frame callback while it lasts: the clock while playing (Clock), a camera glide and
// orbit damping (CameraRig, OrbitControls), a device sweep (NeedleDevice), punctures fading in
// (Punctures), the structures mounting once the skin's textures are in (Staged).
// What a frame draws is written in layout effects (in the commit), not passive ones: a passive
// effect can run after the frame its change asked for, which then draws the old value and nothing
// draws the new one (the cells' and fibres' stain colours were missing from the frame that first
// showed them).
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
    // Of the graphics status, only a lost or restored context changes the picture (the view
    // settling does not: a frame for it redrew the whole view for nothing).
    const askIfLost = (s: { lost: boolean }, prev: { lost: boolean }): void => { if (s.lost !== prev.lost) ask(); };
    const stops = [useCorium.subscribe(ask), useTreatmentMotion.subscribe(ask), useGraphicsStatus.subscribe(askIfLost), mirroredPoses.listen(ask)];
    return () => stops.forEach((stop) => stop());
  }, [invalidate]);

  // A new size re-projects the camera and the labels.
  useEffect(() => invalidate(), [size, invalidate]);

  return null;
}
