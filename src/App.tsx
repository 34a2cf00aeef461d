// Top-level layout: the 3D view, the controls beside it, notices and the live description.
import { SkinScene } from './scene/SkinScene';
import { useAddressSync } from './state/useAddressSync';
import { SceneDescription, SCENE_DESCRIPTION_ID } from './ui/SceneDescription';
import { Notices } from './ui/Notices';
import { Controls } from './ui/Controls';
import { SceneOverlay } from './ui/SceneOverlay';
import { TreatmentControls } from './ui/TreatmentControls';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { CrashProbe } from './ui/CrashProbe';
import { ContextLostNotice, NoWebGLFallback } from './ui/GraphicsNotice';
import { canUseWebGL } from './scene/webglSupport';
import { StageDiagram } from './ui/StageDiagram';
import { SourcesPanel } from './ui/SourcesPanel';

const CANVAS_LABEL = '3D block of skin, cut open to show its layers and how it heals';

export function App() {
  useAddressSync();
  return (
    <main className="app">
      <div className="app__view">
        <ErrorBoundary area="3D view">
          {canUseWebGL() ? <SkinScene label={CANVAS_LABEL} describedBy={SCENE_DESCRIPTION_ID} /> : <NoWebGLFallback />}
          <SceneOverlay />
          <ContextLostNotice />
        </ErrorBoundary>
      </div>
      <h1 className="app__title">Corium</h1>
      <Notices />
      <div className="app__panels">
        <ErrorBoundary area="panels">
          <CrashProbe area="panels" />
          <SceneDescription />
          <StageDiagram />
          <Controls />
          <TreatmentControls />
          <SourcesPanel />
        </ErrorBoundary>
      </div>
    </main>
  );
}
