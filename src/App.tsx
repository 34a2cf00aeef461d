// Top-level layout: a top bar (title, language, modes, sharing, help), the 3D view at the centre
// with the transport under it, and the panels docked beside it (landscape) or below (portrait),
// never over it. Notices and the live description sit outside the canvas.
import { lazy, useState } from 'react';
import './layout.css';
import { useAddressSync } from './state/useAddressSync';
import { SceneDescription, SCENE_DESCRIPTION_ID } from './ui/explain/SceneDescription';
import { Notices } from './ui/Notices';
import { Transport } from './ui/transport/Transport';
import { KeyboardHelp } from './ui/transport/KeyboardHelp';
import { SceneOverlay } from './ui/SceneOverlay';
import { DevicePanel, ScenarioPanel, TreatPanel, WoundPanel } from './ui/panels/Panels';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { CrashProbe } from './state/crashProbe';
import { ContextLostNotice, NoWebGLFallback } from './ui/GraphicsNotice';
import { canUseWebGL } from './scene/webglSupport';
import { StageDiagram } from './ui/explain/StageDiagram';
import { SourcesDialogButton } from './ui/explain/SourcesDialog';
import { AboutDialogButton, Disclaimer } from './ui/explain/About';
import { LanguageSelect } from './ui/LanguageSelect';
import { Panel } from './ui/Panel';
import { useCorium } from './state/store';
import { useT } from './i18n/useT';
import { LayersPanel } from './ui/layers/LayersPanel';
import { CameraToolbar } from './ui/layers/CameraToolbar';
import { TourLauncher } from './ui/tours/TourLauncher';
import { TourDock } from './ui/tours/TourDock';
import { ModeTools } from './ui/modes/ModeSwitch';
import { PresenterPointer } from './ui/modes/PointerRing';
import { DisplayDialog } from './ui/modes/DisplayDialog';
import { ShareDialog } from './ui/share/ShareDialog';
import { SceneSlot } from './ui/SceneSlot';
import { TeacherBar } from './ui/classroom/ClassTeacher';
import { QuestionDialog, StudentBanner } from './ui/classroom/ClassStudent';
import { TeacherTourCaption } from './ui/classroom/ClassTourCaption';
import { useClassroomLink } from './ui/classroom/useClassroomLink';
import { useClass } from './ui/classroom/classStore';
import { DeferredHandout } from './ui/patient/DeferredHandout';
import { DeferredPanels } from './ui/DeferredPanels';

// The charts (uPlot) and the explanation load when their panel is first opened.
const ChartsPanel = lazy(() => import('./ui/charts/ChartsPanel'));
const PlanPanel = lazy(() => import('./ui/patient/PlanPanel'));
const MythsPanel = lazy(() => import('./ui/patient/MythsPanel'));
const Explanation = lazy(() => import('./ui/explain/Explanation').then((m) => ({ default: m.Explanation })));

export function App() {
  useAddressSync();
  useClassroomLink();
  const t = useT();
  const mode = useCorium((s) => s.mode);
  const patient = mode === 'patient';
  // A student following the teacher sees the teacher's choices in the controls, read-only.
  const locked = useClass((s) => s.role === 'student' && s.following && s.status === 'live');
  // Presenter mode keeps the panels in a drawer, opened on demand; a phone held upright folds the
  // top-bar tools into a menu (layout.css says when each applies).
  const [drawer, setDrawer] = useState(false);
  const [menu, setMenu] = useState(false);
  return (
    <div className="app" data-mode={mode} data-drawer={drawer ? 'open' : 'closed'} data-menu={menu ? 'open' : 'closed'}>
      <header className="app__bar topbar">
        <h1 className="topbar__title">{t('common.app.title')} <span>{t('common.app.tagline')}</span></h1>
        <button type="button" className="topbar__menu" aria-expanded={menu} aria-controls="topbar-tools" onClick={() => setMenu(!menu)}>{t('common.app.menu')}</button>
        {mode === 'presenter' && (
          <button type="button" className="topbar__drawer" aria-expanded={drawer} aria-controls="app-panels" onClick={() => setDrawer(!drawer)}>{t('common.app.showPanels')}</button>
        )}
        {/* Top-bar tools, in tab order: modes (and presenter tools), tours, share, help, sources/about, display,
            language. In presenter mode the ones after the modes fold into "Menu" at the bar's end (layout.css). */}
        <div className="topbar__tools" id="topbar-tools">
          <ModeTools />
          {mode === 'presenter' && (
            <button type="button" className="topbar__more-toggle" aria-expanded={menu} aria-controls="topbar-more" onClick={() => setMenu(!menu)}>{t('common.app.menu')}</button>
          )}
          <div className="topbar__more" id="topbar-more" onKeyDown={(e) => {
            // Escape folds the presenter's menu (not while one of its dialogs, which live inside it, is open).
            if (e.key !== 'Escape' || mode !== 'presenter' || !menu || (e.target as Element).closest('dialog')) return;
            setMenu(false);
            document.querySelector<HTMLElement>('.topbar__more-toggle')?.focus();
          }}>
            <TourLauncher />
            <ShareDialog />
            <KeyboardHelp />
            <span className="explain-tools"><SourcesDialogButton /><AboutDialogButton /></span>
            <DisplayDialog />
            <LanguageSelect />
          </div>
        </div>
      </header>
      <main className="app__view">
        <ErrorBoundary area="view">
          {canUseWebGL()
            ? <SceneSlot describedBy={SCENE_DESCRIPTION_ID} />
            : <NoWebGLFallback />}
          <SceneOverlay />
          {/* View tools (camera buttons, presenter pointer, tour caption) sit here, beside the canvas. */}
          <CameraToolbar />
          <PresenterPointer />
          <ContextLostNotice />
        </ErrorBoundary>
        <Notices />
      </main>
      <div className="app__transport">
        <StudentBanner />
        <TeacherTourCaption />
        <TeacherBar />
        <TourDock />
        <fieldset className="follow-lock" disabled={locked}><Transport /></fieldset>
      </div>
      <QuestionDialog />
      {/* While following, every control in the panels is disabled: the panels themselves take the
          focus then, so a keyboard can still scroll what the teacher shows. */}
      <aside className="app__panels" id="app-panels" aria-label={t('common.app.panels')} tabIndex={locked ? 0 : undefined}>
        <ErrorBoundary area="panels">
          <fieldset className="follow-lock" disabled={locked}>
            <CrashProbe area="panels" />
            <SceneDescription />
            <DeferredPanels>
              {/* Panels, top to bottom: scenario, device/treat, wound builder, layers, plan, myths, explanation, stages, charts.
                  Patient mode keeps what the conversation needs (scenario and area, the plan with its surface strip
                  and printing, the myths, the plain explanation); device engineering, layers and charts stay in Explore. */}
              <ScenarioPanel />
              {!patient && <TreatPanel />}
              {!patient && <DevicePanel />}
              {!patient && <WoundPanel />}
              {!patient && <LayersPanel />}
              <Panel key={`plan-${mode}`} id="plan" title={t('plan.panel.title')} defaultOpen={patient}><PlanPanel /></Panel>
              <Panel id="myths" title={t('plan.myths.title')}><MythsPanel /></Panel>
              <Panel id="explain" title={t('explain.panel.title')} defaultOpen><Explanation /></Panel>
              {!patient && <Panel id="stages" title={t('explain.diagram.title')} defaultOpen><StageDiagram /></Panel>}
              {!patient && <Panel id="charts" title={t('charts.title')}><ChartsPanel /></Panel>}
            </DeferredPanels>
          </fieldset>
        </ErrorBoundary>
        <Disclaimer />
      </aside>
      {/* The printed handout, hidden until the page is printed: mounted once the view has its picture. */}
      <DeferredHandout />
    </div>
  );
}
