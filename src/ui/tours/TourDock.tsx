// Where a running tour shows: docked under the 3D view (in the transport row), never over the
// skin block. The player is its own lazy chunk, fetched when a tour starts.
import { lazy, Suspense } from 'react';
import { TEST_MODE } from '../../state/flags';
import { useCorium } from '../../state/store';
import { useTours } from './tourStore';

const TourPlayer = lazy(() => import('./TourPlayer').then((m) => ({ default: m.TourPlayer })));

// `?test`: the browser tests read the app store and the tour state even without WebGL (where
// the 3D scene, which otherwise exposes the store, never loads).
if (TEST_MODE && typeof window !== 'undefined') {
  const w = window as unknown as Record<string, unknown>;
  w.__corium ??= useCorium;
  w.__coriumTours = useTours;
}

export function TourDock() {
  const active = useTours((s) => s.tourId !== null);
  return active ? <Suspense fallback={null}><TourPlayer /></Suspense> : null;
}
