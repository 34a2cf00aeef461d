// Runs the browser test files longest first, so that the two files running at a time finish
// together instead of one long file running alone at the end (longest-processing-time-first
// scheduling). Vitest's own order needs its results cache: on a fresh clone (CI) it runs the
// largest files first, which put two of the longest-running small files (fuzz, links) last.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file took in a whole-suite run, two at a time, on this 2-core machine with other
 * work running (only the order matters). A file not listed (a new one)
 * runs first, as Vitest runs unknown files first.
 */
const SECONDS: Readonly<Record<string, number>> = {
  'idle.test.ts': 66, 'scene.test.ts': 62, 'robustness.test.ts': 56, 'soak.test.ts': 52,
  'modes.test.ts': 47, 'fuzz.test.ts': 45, 'conditions.test.ts': 43, 'tourPictures.test.ts': 40,
  'offline.test.ts': 37, 'layout.test.ts': 36, 'layers.test.ts': 36, 'links.test.ts': 34,
  'colour.test.ts': 34, 'motion.test.ts': 30, 'a11y.test.ts': 27, 'tours.test.ts': 23,
  'surfaceStrip.test.ts': 19, 'classroom.test.ts': 19, 'privacy.test.ts': 18,
  'shaders.test.ts': 15, 'patient.test.ts': 12, 'i18n.test.ts': 12, 'explain.test.ts': 10,
  'charts.test.ts': 10, 'firstPicture.test.ts': 10, 'panels.test.ts': 8,
  'scenarioPanels.test.ts': 7, 'transport.test.ts': 6, 'keyboard.test.ts': 6, 'canvas.test.ts': 0,
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
