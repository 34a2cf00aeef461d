// The app's single 3D view: canvas, camera, lights and controls around the skin block.
// Keep exactly one of these mounted for the app's lifetime; remounting a Canvas leaks renderers.
import { Canvas } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { NeutralToneMapping } from 'three';
import { SkinBlock } from './SkinBlock';
import { BACKGROUND_COLOR } from './palette';

/** `?test` keeps the last frame readable for pixel checks; it costs a copy per frame otherwise. */
const TEST_MODE = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('test');

const LABEL = '3D block of skin showing its layers, from the stratum corneum at the surface down to the fat';
/** Vertical centre of the drawn block (mm below the surface), where the camera looks. */
const BLOCK_CENTRE_Y_MM = -1.2;

export function SkinScene() {
  return (
    <Canvas
      dpr={[1, 2]}
      frameloop="demand"
      gl={{ antialias: true, preserveDrawingBuffer: TEST_MODE, toneMapping: NeutralToneMapping }}
      camera={{ position: [7.5, 4.2, 9], fov: 35, near: 0.1, far: 100 }}
      fallback={<p>{LABEL}. Your browser could not start WebGL, so the 3D view is unavailable.</p>}
      onCreated={({ gl }) => {
        gl.domElement.setAttribute('role', 'img');
        gl.domElement.setAttribute('aria-label', LABEL);
      }}
    >
      <color attach="background" args={[BACKGROUND_COLOR]} />
      <hemisphereLight args={['#ffffff', '#5a6372', 1.7]} />
      <directionalLight position={[3, 6, 8]} intensity={2.2} />
      <directionalLight position={[8, 2, -2]} intensity={0.9} />
      <SkinBlock site="face" />
      <OrbitControls
        makeDefault
        target={[0, BLOCK_CENTRE_Y_MM, 0]}
        minDistance={3}
        maxDistance={25}
        maxPolarAngle={Math.PI * 0.8}
        enablePan={false}
      />
    </Canvas>
  );
}
