// The bench's floor: the least a page built with our toolchain (vite, react, R3F, three) needs to
// show one lit mesh in one <Canvas>. The app's bundle and first frame are measured against it.
import { createRoot } from 'react-dom/client';
import { Canvas } from '@react-three/fiber';

const root = document.getElementById('root');
if (!root) throw new Error('floor page has no #root element');

createRoot(root).render(
  <Canvas camera={{ position: [2, 1.5, 3] }}>
    <color attach="background" args={['#1c232d']} />
    <hemisphereLight args={['#ffffff', '#5a6372', 1.7]} />
    <mesh>
      <boxGeometry args={[1.5, 1, 1.5]} />
      <meshStandardMaterial color="#d39a78" />
    </mesh>
  </Canvas>,
);
