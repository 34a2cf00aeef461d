// The camera buttons' maths: zoom scales the distance to the target within the limits and keeps the
// direction; rotate orbits around the vertical through the target, keeping distance and height;
// reset goes home; and the channel delivers commands to whoever listens, until it unsubscribes.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  CAMERA_COMMANDS, ROTATE_STEP_RAD, ZOOM_FACTOR, cameraMoves, commandPose, mirroredPoses, onCameraCommand, sendCameraCommand, type CameraPose, type Vec3,
} from '../../src/scene/cameraCommands';

const LIMITS = { minDistance: 0.5, maxDistance: 40 };
const HOME: CameraPose = { target: [0, -0.5, 0], position: [5, 3, 7] };
const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const len = (v: Vec3): number => Math.hypot(...v);
const close = (a: Vec3, b: Vec3, eps = 1e-9): void => a.forEach((x, i) => expect(x).toBeCloseTo(b[i], -Math.log10(eps)));

const coord = fc.double({ min: -10, max: 10, noNaN: true });
const poseArb = fc.record({
  target: fc.tuple(coord, coord, coord),
  offset: fc.tuple(coord, coord, coord).filter((o) => len(o) > 1 && len(o) < 30),
}).map(({ target, offset }): CameraPose => ({ target, position: [target[0] + offset[0], target[1] + offset[1], target[2] + offset[2]] }));

describe('zoom', () => {
  it('moves the camera 1.25× closer or further along its line of sight, target fixed', () => {
    fc.assert(fc.property(poseArb, (pose) => {
      const d = len(sub(pose.position, pose.target));
      for (const [cmd, want] of [['zoomIn', d / ZOOM_FACTOR], ['zoomOut', d * ZOOM_FACTOR]] as const) {
        const next = commandPose(cmd, pose, HOME, LIMITS);
        expect(next.target).toEqual(pose.target);
        const off = sub(next.position, next.target);
        expect(len(off)).toBeCloseTo(Math.min(Math.max(want, LIMITS.minDistance), LIMITS.maxDistance), 9);
        // Same direction: the unit offsets agree.
        const u0 = sub(pose.position, pose.target).map((x) => x / d) as unknown as Vec3;
        close(off.map((x) => x / len(off)) as unknown as Vec3, u0);
      }
    }));
  });

  it('stops at the limits, and zooming in then out comes back', () => {
    const near: CameraPose = { target: [0, 0, 0], position: [0, 0, 0.55] };
    expect(len(commandPose('zoomIn', near, HOME, LIMITS).position)).toBeCloseTo(LIMITS.minDistance, 12);
    const far: CameraPose = { target: [0, 0, 0], position: [0, 0, 39] };
    expect(len(commandPose('zoomOut', far, HOME, LIMITS).position)).toBeCloseTo(LIMITS.maxDistance, 12);
    const back = commandPose('zoomOut', commandPose('zoomIn', HOME, HOME, LIMITS), HOME, LIMITS);
    close(back.position, HOME.position);
  });
});

describe('rotate', () => {
  it('keeps distance and height, and turns the horizontal offset by 22.5°', () => {
    fc.assert(fc.property(poseArb, (pose) => {
      const off0 = sub(pose.position, pose.target);
      fc.pre(Math.hypot(off0[0], off0[2]) > 0.1);
      for (const [cmd, sign] of [['rotateLeft', 1], ['rotateRight', -1]] as const) {
        const next = commandPose(cmd, pose, HOME, LIMITS);
        const off = sub(next.position, next.target);
        expect(len(off)).toBeCloseTo(len(off0), 9);
        expect(off[1]).toBeCloseTo(off0[1], 9);
        const turned = Math.atan2(off[0], off[2]) - Math.atan2(off0[0], off0[2]);
        expect(Math.cos(turned)).toBeCloseTo(Math.cos(ROTATE_STEP_RAD), 9);
        expect(Math.sin(turned)).toBeCloseTo(sign * Math.sin(ROTATE_STEP_RAD), 9);
      }
    }));
  });

  it('"Rotate left" moves a camera in front of the block towards its right (the block turns left)', () => {
    const next = commandPose('rotateLeft', { target: [0, 0, 0], position: [0, 0, 10] }, HOME, LIMITS);
    expect(next.position[0]).toBeGreaterThan(0);
  });

  it('left then right is no move; sixteen steps are a full turn', () => {
    close(commandPose('rotateRight', commandPose('rotateLeft', HOME, HOME, LIMITS), HOME, LIMITS).position, HOME.position);
    let pose: CameraPose = { target: [1, 0, 0], position: [3, 2, 5] };
    for (let i = 0; i < 16; i++) pose = commandPose('rotateLeft', pose, HOME, LIMITS);
    close(pose.position, [3, 2, 5]);
  });
});

describe('reset and the channel', () => {
  it('reset returns the home pose from anywhere', () => {
    fc.assert(fc.property(poseArb, (pose) => { expect(commandPose('reset', pose, HOME, LIMITS)).toEqual(HOME); }));
  });

  it('delivers each command to the listeners until they unsubscribe', () => {
    const listener = vi.fn();
    const off = onCameraCommand(listener);
    for (const c of CAMERA_COMMANDS) sendCameraCommand(c);
    expect(listener.mock.calls.map((c) => c[0])).toEqual([...CAMERA_COMMANDS]);
    off();
    sendCameraCommand('reset');
    expect(listener).toHaveBeenCalledTimes(CAMERA_COMMANDS.length);
  });

  it('the pose channels keep the last pose for a camera that mounts later', () => {
    for (const poses of [cameraMoves, mirroredPoses]) {
      const early = vi.fn();
      const off = poses.listen(early);
      const a: CameraPose = { position: [1, 2, 3], target: [0, 0, 0] };
      const b: CameraPose = { position: [4, 5, 6], target: [0, -1, 0] };
      poses.send(a);
      poses.send(b);
      expect(early.mock.calls.map((c) => c[0])).toEqual([a, b]);
      off();
      poses.send(a);
      expect(early).toHaveBeenCalledTimes(2);
      expect(poses.last()).toBe(a);
    }
  });
});
