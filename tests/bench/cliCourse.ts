// One timed run of the model without a browser, for `npm run bench` (run in a fresh process, so
// nothing is cached): a 4-session course laying 10,000 punctures, sampled over a year. Prints ms.
import { performance } from 'node:perf_hooks';
import {
  curveAtlas, days, doseFor, healingCurves, layPunctures, lookUpAll, scenarioById, sessionsHoursOf, SIGNALS, tissueAt, tissueFor, woundOf,
} from '../../src/model';

const PUNCTURES = 10_000;
const TIME_POINTS = 100;
/** A patch wide enough that two pen passes per session lay more than 10,000 punctures. */
const PATCH_MM = 14;

const started = performance.now();
const scenario = scenarioById('microneedling-course-4x');
if (!scenario?.treatment || scenario.treatment.sessions !== 4) throw new Error('microneedling-course-4x is not a 4-session course');
const sessionsHours = sessionsHoursOf(scenario);
const layout = layPunctures(scenario.treatment.device, scenario.treatment.passes, sessionsHours, PATCH_MM, 7, PUNCTURES);
if (layout.count !== PUNCTURES) throw new Error(`laid ${layout.count} punctures, wanted ${PUNCTURES}`);
const atlas = curveAtlas([healingCurves(woundOf(scenario))]);
const dose = doseFor(scenario.treatment.device, scenario.treatment.passes, tissueFor(scenario.site));
const doses = sessionsHours.map((atHours) => ({ atHours, holesPerCm2: dose.holesPerCm2, effectiveDepthMm: dose.effectiveDepthMm }));
const endHours = (sessionsHours.at(-1) ?? 0) + days(365);

// Every signal of every puncture at each time point, by look-up at its age; the checksum keeps
// the work from being optimised away and shows the run was real.
let checksum = 0;
const state = new Float32Array(SIGNALS.length);
for (let k = 0; k < TIME_POINTS; k++) {
  const hours = (endHours * k) / (TIME_POINTS - 1);
  for (let i = 0; i < layout.count; i++) {
    const age = hours - layout.createdAtHours[i];
    lookUpAll(atlas, 0, age, state);
    for (let k = 0; k < state.length; k++) checksum += state[k];
  }
  checksum += tissueAt(doses, hours).dermalCollagen;
}
const ms = performance.now() - started;
if (!Number.isFinite(checksum)) throw new Error('the course produced non-finite signals');
process.stdout.write(`${JSON.stringify({ ms, punctures: layout.count, timePoints: TIME_POINTS, checksum })}\n`);
