// The app's single 3D view: canvas, lights, camera rig, the clock, and one or two skin blocks.
// Keep exactly one of these mounted for the app's lifetime; remounting a Canvas leaks renderers.
import { Canvas, useThree } from '@react-three/fiber';
import { NeutralToneMapping } from 'three';
import { useCorium } from '../state/store';
import { useBlocks } from '../state/useBlocks';
import { BACKGROUND_COLOR, PRESENTER_BACKGROUND_COLOR } from './palette';
import { CameraRig, zoomFrame } from './CameraRig';
import { Clock } from './Clock';
import { SplitRenderer, COMPARE_OFFSET_MM } from './SplitRenderer';
import { TissueBlock } from './TissueBlock';
import { LabelProjector } from './LabelProjector';
import { useLayoutEffect, useMemo, useState } from 'react';
import { GraphicsGuard } from './GraphicsGuard';
import { CrashProbe } from '../state/crashProbe';
import { FrameGrabber } from './FrameGrabber';
import { FrameDemand } from './FrameDemand';
import { SurfaceLayer } from './SurfaceView';
import { VIEW_MEASURE } from './viewMeasure';
import { viewRenderer } from './viewRenderer';
import { TEST_MODE } from '../state/flags';

export interface SkinSceneProps {
  /** The canvas's accessible name (must mention skin) and its live description's element id. */
  label: string;
  describedBy: string;
}

/** The canvas as an image of skin for assistive technology, its name in the language shown now. */
function CanvasName({ label, describedBy }: SkinSceneProps) {
  const canvas = useThree((s) => s.gl.domElement);
  useLayoutEffect(() => {
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
    canvas.setAttribute('aria-describedby', describedBy);
  }, [canvas, label, describedBy]);
  return null;
}

export function SkinScene({ label, describedBy }: SkinSceneProps) {
  const view = useCorium((s) => s.view);
  const presenting = useCorium((s) => s.mode === 'presenter');
  const { primary, secondary } = useBlocks();
  const span = Math.max(primary.spanHours, secondary?.spanHours ?? 0);
  const focusDepth = primary.wound.kind === 'microchannel' ? primary.wound.depthMm : Math.min(primary.wound.depthMm, 1);
  const frame = useMemo(() => zoomFrame(view, primary.blockMm, primary.drawnDepthMm, focusDepth), [view, primary, focusDepth]);
  // The surface's drawing (its inputs from the model: the plan's windows, the skin's tone) is made
  // the first time the surface view is shown, not before the first picture of a page that may never
  // show it; then kept, so switching back draws at once with its program still compiled.
  const [surfaceMade, setSurfaceMade] = useState(view === 'surface');
  if (view === 'surface' && !surfaceMade) setSurfaceMade(true);

  return (
    <Canvas
      // Draws only when something changed (FrameDemand lists what asks): a paused page stays still.
      frameloop="demand"
      // Sized the moment its container is laid out, not 50 ms later (viewMeasure.ts).
      resize={VIEW_MEASURE}
      dpr={TEST_MODE ? 1 : [1, 2]}
      // On the WebGL check's context, made with VIEW_CONTEXT (webglSupport.ts): under `?test` its
      // last frame stays readable for pixel checks (a copy per frame otherwise), unantialiased.
      gl={viewRenderer}
      camera={{ position: [7.5, 4.2, 9], fov: 35, near: 0.05, far: 200 }}
      onCreated={({ gl }) => {
        // Over R3F's own choice (ACES) for a renderer a factory made; R3F sets it again only if
        // `flat` changes, which the view never passes (the browser tests check it).
        gl.toneMapping = NeutralToneMapping;
        // ?test: shader compile/link errors are recorded for the browser tests.
        if (TEST_MODE) {
          const errors: string[] = [];
          Object.assign(window, { __coriumShaderErrors: errors });
          gl.debug.onShaderError = (g, program, vs, fs) => { errors.push([g.getProgramInfoLog(program), g.getShaderInfoLog(vs), g.getShaderInfoLog(fs)].join('\n')); };
        }
      }}
    >
      {/* Keyed: a new colour object is attached when the mode changes the background. */}
      <color key={String(presenting)} attach="background" args={[presenting ? PRESENTER_BACKGROUND_COLOR : BACKGROUND_COLOR]} />
      <hemisphereLight args={['#ffffff', '#5a6372', 1.7]} />
      <directionalLight position={[3, 6, 8]} intensity={2.2} />
      <directionalLight position={[8, 2, -2]} intensity={0.9} />
      <Clock spanHours={span} />
      <TissueBlock data={primary} role="primary" offsetXMm={0} />
      {secondary && <TissueBlock data={secondary} role="compare" offsetXMm={COMPARE_OFFSET_MM} />}
      {surfaceMade && <SurfaceLayer data={primary} role="primary" />}
      {surfaceMade && secondary && <SurfaceLayer key={secondary.key} data={secondary} role="compare" />}
      {/* Beside the surface, the section has half the width, as when comparing. */}
      <CameraRig frame={frame} comparing={secondary !== null || view === 'surface'} />
      <LabelProjector />
      <SplitRenderer comparing={secondary !== null} />
      <CanvasName label={label} describedBy={describedBy} />
      <GraphicsGuard />
      <CrashProbe area="scene" />
      <FrameGrabber />
      <FrameDemand />
    </Canvas>
  );
}
