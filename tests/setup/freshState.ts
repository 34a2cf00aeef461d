// Runs before every unit test file that shares its worker's modules (the `unit` project,
// `isolate: false` in vite.config.ts): three, React and the model are imported once per worker
// instead of once per file. So that no file inherits another's state, every store goes back to
// the state it was created with and the language back to English before each file.
// tests/lint/sharedModules.test.ts fails if a store is added without being listed here.
import type { StoreApi } from 'zustand';
import { i18n } from '../../src/i18n';
import { useCorium } from '../../src/state/store';
import { useClass } from '../../src/ui/classroom/classStore';
import { usePointer } from '../../src/ui/modes/pointerStore';
import { useDisplay } from '../../src/ui/modes/displayPreferences';
import { usePrintNote } from '../../src/ui/patient/printNote';
import { useShortcutPreference } from '../../src/ui/transport/shortcutPreference';
import { useTours } from '../../src/ui/tours/tourStore';
import { useTreatmentMotion } from '../../src/scene/treatmentMotion';
import { useGraphicsStatus } from '../../src/scene/graphicsStatus';
import { useSurfaceLayout } from '../../src/scene/surfaceLayout';
import { useSurfaceStrip } from '../../src/scene/surfaceStrip';
import { cameraMoves, mirroredPoses } from '../../src/scene/cameraCommands';

const STORES: readonly StoreApi<object>[] = [
  useCorium, useClass, usePointer, useDisplay, usePrintNote, useShortcutPreference, useTours,
  useTreatmentMotion, useGraphicsStatus, useSurfaceLayout, useSurfaceStrip,
];

for (const store of STORES) store.setState(store.getInitialState(), true);
// The camera's pose channels keep their last pose for a camera that mounts later: a pose left by
// one file would be followed by the next file's camera.
cameraMoves.forget();
mirroredPoses.forget();
if (i18n.language !== 'en') await i18n.changeLanguage('en');
