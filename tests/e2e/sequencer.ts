// Runs the browser test files longest first, so that the two files running at a time finish
// together instead of one long file running alone at the end (longest-processing-time-first
// scheduling). Vitest's own order needs its results cache: on a fresh clone (CI) it runs the
// largest files first, which put two of the longest-running small files (fuzz, links) last.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file took, one file at a time, on this 2-core machine with other work running
 * (a whole-suite run with E2E_WORKERS=1; only the order matters). A file not listed (a new one)
 * runs first, as Vitest runs unknown files first.
 */
const SECONDS: Readonly<Record<string, number>> = {
  'tourPictures.test.ts': 83, 'idle.test.ts': 81, 'a11y.test.ts': 69, 'conditions.test.ts': 64,
  'robustness.test.ts': 59, 'modes.test.ts': 52, 'links.test.ts': 51, 'layout.test.ts': 50,
  'tours.test.ts': 41, 'fuzz.test.ts': 40, 'motion.test.ts': 39, 'soak.test.ts': 38,
  'scene.test.ts': 35, 'layers.test.ts': 30, 'offline.test.ts': 29, 'privacy.test.ts': 27,
  'classroom.test.ts': 19, 'colour.test.ts': 19, 'shaders.test.ts': 19, 'i18n.test.ts': 17,
  'surfaceStrip.test.ts': 14, 'panels.test.ts': 12, 'charts.test.ts': 11, 'scenarioPanels.test.ts': 10,
  'firstPicture.test.ts': 8, 'patient.test.ts': 7, 'explain.test.ts': 5, 'keyboard.test.ts': 4,
  'transport.test.ts': 4, 'canvas.test.ts': 1,
};

const seconds = (file: TestSpecification): number => SECONDS[path.basename(file.moduleId)] ?? Number.POSITIVE_INFINITY;

/** The browser files longest first; any other project's files in Vitest's own order. */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const browser = ordered.filter((f) => f.project.name === 'e2e').sort((a, b) => seconds(b) - seconds(a));
    return [...ordered.filter((f) => f.project.name !== 'e2e'), ...browser];
  }
}
