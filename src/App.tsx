// Top-level layout: a top bar (title, language, modes, sharing, help), the 3D view at the centre
// with the transport under it, and the panels docked beside it (landscape) or below (portrait),
// never over it. Notices and the live description sit outside the canvas.
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
import { LanguageSelect } from './ui/LanguageSelect';
import { Panel } from './ui/Panel';
import { useCorium } from './state/store';
import { useT } from './i18n/useT';

export function App() {
  useAddressSync();
  const t = useT();
  const mode = useCorium((s) => s.mode);
  return (
    <div className="app" data-mode={mode}>
      <header className="app__bar topbar">
        <h1 className="topbar__title">{t('common.app.title')} <span>{t('common.app.tagline')}</span></h1>
        <LanguageSelect />
      </header>
      <main className="app__view">
        <ErrorBoundary area="view">
          {canUseWebGL() ? <SkinScene label={t('common.app.canvasLabel')} describedBy={SCENE_DESCRIPTION_ID} /> : <NoWebGLFallback />}
          <SceneOverlay />
          <ContextLostNotice />
        </ErrorBoundary>
        <Notices />
      </main>
      <div className="app__transport">
        <Controls />
      </div>
      <aside className="app__panels" aria-label={t('common.app.panels')}>
        <ErrorBoundary area="panels">
          <CrashProbe area="panels" />
          <SceneDescription />
          <Panel id="treat" title="Treat" defaultOpen><TreatmentControls /></Panel>
          <Panel id="stages" title="Stages" defaultOpen><StageDiagram /></Panel>
          <SourcesPanel />
        </ErrorBoundary>
      </aside>
    </div>
  );
}
