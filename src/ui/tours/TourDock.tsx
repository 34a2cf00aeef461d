// Where a running tour shows: docked under the 3D view (in the transport row), never over the
// skin block. The player is its own lazy chunk, fetched when a tour starts.
import { lazy, Suspense } from 'react';
import { TEST_MODE } from '../../state/flags';
import { useTours } from './tourStore';

const TourPlayer = lazy(() => import('./TourPlayer').then((m) => ({ default: m.TourPlayer })));

// `?test`: the browser tests read the tour state (main.tsx exposes the app store).
if (TEST_MODE && typeof window !== 'undefined') Object.assign(window, { __coriumTours: useTours });

export function TourDock() {
  const active = useTours((s) => s.tourId !== null);
  return active ? <Suspense fallback={null}><TourPlayer /></Suspense> : null;
}
