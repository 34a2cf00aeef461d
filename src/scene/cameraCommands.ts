// The camera toolbar's commands (zoom in/out, rotate left/right, reset) and the maths of each, as
// plain vectors: the toolbar sends a command down a tiny channel, CameraRig turns it into a camera
// goal. No three and no React here, so the toolbar (main bundle) does not pull in the 3D chunk,
// and nothing re-renders when a command is sent.

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

type Listener = (command: CameraCommand) => void;
const listeners = new Set<Listener>();

/** Sends a command to the camera (a no-op while no 3D view is mounted). */
export function sendCameraCommand(command: CameraCommand): void {
  for (const listener of listeners) listener(command);
}

/** CameraRig listens here; returns the unsubscribe function. */
export function onCameraCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}
