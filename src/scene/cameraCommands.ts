// The camera toolbar's commands (zoom in/out, rotate left/right, reset) and the maths of each, as
// plain vectors: the toolbar sends a command down a tiny channel, CameraRig turns it into a camera
// goal. Two more channels carry whole poses for the audience window: the presenter's camera as it
// moves, and the pose the audience's camera should take. No three and no React here, so the
// toolbar and the mirror (main bundle) do not pull in the 3D chunk, and nothing re-renders.

export const CAMERA_COMMANDS = ['zoomIn', 'zoomOut', 'rotateLeft', 'rotateRight', 'reset'] as const;
export type CameraCommand = (typeof CAMERA_COMMANDS)[number];

export type Vec3 = readonly [number, number, number];
/** Where the camera is and what it looks at, mm (block coordinates). */
export interface CameraPose { readonly position: Vec3; readonly target: Vec3 }
export interface DistanceLimits { readonly minDistance: number; readonly maxDistance: number }

/** Each zoom step moves the camera this many times closer (or further). */
export const ZOOM_FACTOR = 1.25;
/** Each rotate step turns the block by this much around the vertical axis, radians (22.5°). */
export const ROTATE_STEP_RAD = Math.PI / 8;

const clamp = (x: number, lo: number, hi: number): number => Math.min(Math.max(x, lo), hi);

/**
 * The pose after one command. Zoom scales the camera's distance to its target (within the
 * limits); rotate orbits the camera around the vertical line through the target, so "Rotate left"
 * turns the block to the left (the camera moves the other way); reset returns to `home`.
 */
export function commandPose(command: CameraCommand, pose: CameraPose, home: CameraPose, limits: DistanceLimits): CameraPose {
  if (command === 'reset') return home;
  const [tx, ty, tz] = pose.target;
  const [ox, oy, oz] = [pose.position[0] - tx, pose.position[1] - ty, pose.position[2] - tz];
  if (command === 'zoomIn' || command === 'zoomOut') {
    const distance = Math.hypot(ox, oy, oz);
    if (distance === 0) return pose;
    const wanted = command === 'zoomIn' ? distance / ZOOM_FACTOR : distance * ZOOM_FACTOR;
    const k = clamp(wanted, limits.minDistance, Math.max(limits.minDistance, limits.maxDistance)) / distance;
    return { target: pose.target, position: [tx + ox * k, ty + oy * k, tz + oz * k] };
  }
  const a = command === 'rotateLeft' ? ROTATE_STEP_RAD : -ROTATE_STEP_RAD;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  return { target: pose.target, position: [tx + ox * c + oz * s, ty + oy, tz - ox * s + oz * c] };
}

/** A value sent to whoever listens now; the last one is kept for those who come later. */
function channel<T>() {
  const listeners = new Set<(value: T) => void>();
  let last: T | null = null;
  return {
    send(value: T): void { last = value; for (const listener of listeners) listener(value); },
    /** Returns the unsubscribe function. */
    listen(listener: (value: T) => void): () => void { listeners.add(listener); return () => { listeners.delete(listener); }; },
    last: (): T | null => last,
    /** Forgets the kept value (a student who stops following takes their own camera back). */
    forget(): void { last = null; },
  };
}

const commands = channel<CameraCommand>();
/** Sends a command to the camera (a no-op while no 3D view is mounted). */
export const sendCameraCommand = commands.send;
/** CameraRig listens here. */
export const onCameraCommand = commands.listen;

/** The camera's pose each time it moves: the presenter's window sends it to the audience's. */
export const cameraMoves = channel<CameraPose>();

/**
 * Poses the camera should take, from the presenter (in the audience window). The last is kept:
 * a camera that mounts later starts there, and once one has come the camera follows only these.
 */
export const mirroredPoses = channel<CameraPose>();
