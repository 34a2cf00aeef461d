// Where the camera goes: placed at once where it belongs when the view first appears and when the
// view changes shape (a glide there redrew the whole view a dozen times while the block swam into
// place), and eased over several frames to a new zoom level.
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useThree } from '@react-three/fiber';
import { Vector3, type Camera } from 'three';
import { beforeEach, describe, expect, it } from 'vitest';
import { CameraRig, zoomFrame, type ZoomFrame } from '../../src/scene/CameraRig';
import { useCorium } from '../../src/state/store';
import { mirroredPoses } from '../../src/scene/cameraCommands';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Where CameraRig puts the camera for a frame, `fit` times the frame's distance away. */
const homeOf = (f: ZoomFrame, fit = 1): Vector3 => new Vector3(...f.target).addScaledVector(new Vector3(...f.direction), f.distanceMm * fit);

const TISSUE = zoomFrame('tissue', 5, 4, 0.5);
const CHANNEL = zoomFrame('channel', 5, 4, 0.5);

interface Handles { camera?: Camera; setSize?: (width: number, height: number) => void }

function Handle({ into }: { into: Handles }) {
  into.camera = useThree((s) => s.camera);
  into.setSize = useThree((s) => s.setSize);
  return null;
}

async function rig(frame: ZoomFrame, into: Handles) {
  const scene = (f: ZoomFrame) => <><CameraRig frame={f} comparing={false} /><Handle into={into} /></>;
  // The app's canvas starts its camera elsewhere (SkinScene), wide enough that the block fits (aspect 2).
  const r = await ReactThreeTestRenderer.create(scene(frame), { width: 800, height: 400, camera: { position: [7.5, 4.2, 9], fov: 35 } });
  return { r, show: (f: ZoomFrame) => r.update(scene(f)) };
}

const frames = (r: { advanceFrames(n: number, dt: number): Promise<void> }, n: number) =>
  ReactThreeTestRenderer.act(async () => r.advanceFrames(n, 1 / 30));

// A pose kept from the presenter would be followed instead (cameraCommands.test sends some).
beforeEach(() => mirroredPoses.forget());

describe('CameraRig', () => {
  it('draws the first frame from where the camera belongs, not from the canvas default', async () => {
    const into: Handles = {};
    await rig(TISSUE, into);
    expect(into.camera!.position.distanceTo(homeOf(TISSUE))).toBeLessThan(1e-6);
  });

  it('glides to a new zoom level over several frames', async () => {
    const into: Handles = {};
    const { r, show } = await rig(TISSUE, into);
    // The zoom level and its frame change together (SkinScene), and the orbit's limits follow the level.
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setView('channel'));
    await show(CHANNEL);
    const goal = homeOf(CHANNEL);
    const start = into.camera!.position.distanceTo(goal);
    expect(start).toBeGreaterThan(1);
    await frames(r, 1);
    const after = into.camera!.position.distanceTo(goal);
    expect(after).toBeLessThan(start);
    expect(after).toBeGreaterThan(0.2 * start);
    await frames(r, 120);
    expect(into.camera!.position.distanceTo(goal)).toBeLessThan(CHANNEL.distanceMm * 0.01);
  });

  it('re-fits at once when the view changes shape', async () => {
    const into: Handles = {};
    await rig(TISSUE, into);
    // An upright phone: the block needs the camera further back (FIT_ASPECT 1.3 / aspect 0.75).
    await ReactThreeTestRenderer.act(async () => into.setSize!(300, 400));
    expect(into.camera!.position.distanceTo(homeOf(TISSUE, 1.3 / 0.75))).toBeLessThan(1e-6);
  });
});
