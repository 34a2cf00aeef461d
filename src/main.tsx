// Browser entry point: mounts the app. Nothing else belongs here.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './index.css';
import { AUDIENCE, FUZZ_MODE, PSEUDO_LOCALE, TEST_MODE } from './state/flags';
import { useCorium } from './state/store';
import { switchToPseudoLocale } from './i18n';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { canUseWebGL } from './scene/webglSupport';
import { viewSettled } from './scene/graphicsStatus';
import { useClass } from './ui/classroom/classStore';
import { cameraMoves, mirroredPoses } from './scene/cameraCommands';
import { useSurfaceStrip } from './scene/surfaceStrip';

// Presenter mode's audience window (`?audience`) is its own small chunk.
const AudienceApp = lazy(() => import('./ui/modes/AudienceApp').then((m) => ({ default: m.AudienceApp })));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// ?test: the browser tests read and drive the store, with or without the 3D view.
if (TEST_MODE) {
  Object.assign(window, {
    __corium: useCorium, __coriumClass: useClass, __coriumCamera: { moves: cameraMoves, mirrored: mirroredPoses }, __coriumStrip: useSurfaceStrip,
  });
}
if (PSEUDO_LOCALE) await switchToPseudoLocale(PSEUDO_LOCALE);

createRoot(root).render(
  <StrictMode>
    {AUDIENCE ? <Suspense><AudienceApp /></Suspense> : <App />}
  </StrictMode>,
);

// The offline copy waits for the 3D view to finish building (at most 10 s; at once without WebGL).
registerServiceWorker(canUseWebGL() ? viewSettled(10_000) : Promise.resolve());
// The fuzzer reaches into the scene (three, R3F): loaded only when asked for.
if (FUZZ_MODE) void import('./ui/fuzz').then((m) => m.startFuzz());
