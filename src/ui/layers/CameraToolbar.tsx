// Camera buttons beside the 3D view (zoom in/out, rotate left/right, reset), for touch screens and
// keyboards: each sends a command to CameraRig down a channel, so pressing one re-renders nothing.
// Not shown without WebGL (no camera to move). The canvas itself takes pinch and drag gestures.
import type { ReactNode } from 'react';
import { CAMERA_COMMANDS, sendCameraCommand, type CameraCommand } from '../../scene/cameraCommands';
import { canUseWebGL } from '../../scene/webglSupport';
import { SCENE_CONTROL_ATTR } from '../../scene/overlayId';
import { useT } from '../../i18n/useT';
import './layers.css';

/** 24×24 stroke icons, drawn in the button's text colour. */
const ICONS: Readonly<Record<CameraCommand, ReactNode>> = {
  zoomIn: <><circle cx="10" cy="10" r="6.5" /><path d="M15 15l6 6M7 10h6M10 7v6" /></>,
  zoomOut: <><circle cx="10" cy="10" r="6.5" /><path d="M15 15l6 6M7 10h6" /></>,
  rotateLeft: <><path d="M4 4v5h5" /><path d="M4.6 14.5A8 8 0 1 0 6.3 6.3L4 9" /></>,
  rotateRight: <><path d="M20 4v5h-5" /><path d="M19.4 14.5A8 8 0 1 1 17.7 6.3L20 9" /></>,
  reset: <><path d="M3 11.5L12 4l9 7.5" /><path d="M5.5 10v10h13V10" /></>,
};

export function CameraToolbar() {
  const t = useT();
  if (!canUseWebGL()) return null;
  return (
    // Marked as a control over the view: the scene's labels keep off it.
    <div className="camera-tools" role="group" aria-label={t('layers.camera.toolbar')} {...{ [SCENE_CONTROL_ATTR]: '' }}>
      {CAMERA_COMMANDS.map((command) => (
        <button key={command} type="button" className="camera-tools__button" aria-label={t(`layers.camera.${command}`)}
          title={t(`layers.camera.${command}`)} onClick={() => sendCameraCommand(command)}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
            strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">{ICONS[command]}</svg>
        </button>
      ))}
    </div>
  );
}
