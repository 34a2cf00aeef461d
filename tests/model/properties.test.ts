// Property tests (issue §3): the model is deterministic, never produces NaN/∞/negative signals,
// walks stages forward only, ignores the seed for stage times, never heals a bigger wound better,
// always finishes, and its GPU atlas agrees with the exact curves. Random inputs stay inside the
// limits the CLI and UI accept (WOUND_LIMITS, src/cli/args.ts).
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import {
  ATLAS_ROWS_PER_CLASS, ATLAS_STAGE_ROW, BASELINE, BODY_SITES, MAX_AGE_HOURS, OUTCOME_RANK, SCENARIOS, SIGNALS, STAGES, STAGE_RANK,
  TRANSITIONS, WOUND_KINDS, WOUND_LIMITS, axisToTime, curveAtlas, days, healingCurves, isTerminal, lookUp, simulate, stageOf,
  type Outcome, type Scenario, type WoundKind, type WoundSpec,
} from '../../src/model';

type Model = typeof import('../../src/model');
const RUNS = { numRuns: 60 };
const FAST = { samples: 25 }; // few time samples: the properties are about values, not resolution
const inRange = ([min, max]: readonly [number, number]) => fc.double({ min, max, noNaN: true });

const siteArb = fc.constantFrom(...BODY_SITES);
const factorsArb = fc.record({ keloidProne: fc.boolean(), activeAcne: fc.boolean(), anticoagulant: fc.boolean() });
const woundOfKind = (kind: WoundKind) => fc.record({
  kind: fc.constant(kind), site: siteArb, factors: factorsArb,
  depthMm: inRange(WOUND_LIMITS[kind].depthMm), widthMm: inRange(WOUND_LIMITS[kind].widthMm), lengthMm: inRange(WOUND_LIMITS[kind].lengthMm),
});
/** Any valid wound spec of any kind, microchannels included. */
const woundArb: fc.Arbitrary<WoundSpec> = fc.constantFrom(...WOUND_KINDS).chain(woundOfKind);

const flagsArb = fc.subarray(['--keloid-prone', '--active-acne', '--anticoagulant']);
const deviceArgv = fc.tuple(fc.constantFrom('roller', 'pen'), fc.double({ min: 0.25, max: 2.5, noNaN: true }), fc.integer({ min: 1, max: 30 }),
  fc.integer({ min: 1, max: 12 }), fc.double({ min: 7, max: 120, noNaN: true }), siteArb, flagsArb)
  .map(([d, depth, passes, sessions, interval, site, flags]) => ['--device', d, '--depth', String(depth), '--passes', String(passes),
    '--sessions', String(sessions), '--interval-days', String(interval), '--site', site, ...flags]);
const woundArgv = fc.tuple(fc.constantFrom('cut', 'burn', 'acne') as fc.Arbitrary<Exclude<WoundKind, 'microchannel'>>, siteArb, flagsArb)
  .chain(([kind, site, flags]) => fc.tuple(inRange(WOUND_LIMITS[kind].depthMm), inRange(WOUND_LIMITS[kind].widthMm), inRange(WOUND_LIMITS[kind].lengthMm))
    .map(([d, w, l]) => ['--wound', kind, '--depth', String(d), '--width', String(w), '--length', String(l), '--site', site, ...flags]));
/** A custom scenario exactly as `npm run simulate -- …` builds it from its arguments. */
const cliScenarioArb: fc.Arbitrary<Scenario> = fc.oneof(deviceArgv, woundArgv).map((argv) => parseArgs(argv).scenario!);
const anyScenarioArb = fc.oneof(fc.constantFrom(...SCENARIOS), cliScenarioArb);
/** Ages across the whole horizon, log-spaced, plus a few beyond it. */
const AGES = [...Array.from({ length: 48 }, (_, i) => axisToTime(i / 47)), MAX_AGE_HOURS * 1.5];
const terminalFor = (o: Outcome): string => (o === 'resolved' ? 'resolved' : `scar-${o}`);

/** Every number in a result, with its path; `endHours: null` (lasts past the horizon) is not a number. */
function numbersIn(x: unknown, at = '$'): [string, number][] {
  if (typeof x === 'number') return [[at, x]];
  if (Array.isArray(x)) return x.flatMap((v, i) => numbersIn(v, `${at}[${i}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => numbersIn(v, `${at}.${k}`));
  return [];
}
const badNumbers = (r: unknown): [string, number][] =>
  numbersIn(r).filter(([p, v]) => !Number.isFinite(v) || (v < 0 && !/\.elevationMm\[|\.indication\.(change|publishedRange)/.test(p)));

describe('(a) determinism', () => {
  let fresh: [Model, Model];
  beforeAll(async () => {
    vi.resetModules();
    const a = (await import('../../src/model')) as Model;
    vi.resetModules();
    const b = (await import('../../src/model')) as Model;
    fresh = [a, b];
  });

  it('loads two independent model instances (separate curve caches)', () => {
    expect(fresh[0].healingCurves).not.toBe(fresh[1].healingCurves);
  });

  it('simulate gives deep-equal results for the same scenario and options, even from separate instances', () => {
    fc.assert(fc.property(anyScenarioArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 730 }), (s, seed, d) => {
      const opts = { seed, days: d, ...FAST };
      expect(fresh[0].simulate(s, opts)).toEqual(fresh[1].simulate(s, opts));
      expect(simulate(s, opts)).toEqual(simulate(s, opts));
    }), RUNS);
  });

  it('healingCurves on equal (separately built) specs gives identical stages and signals', () => {
    fc.assert(fc.property(woundArb, (w) => {
      const copy: WoundSpec = { ...w, factors: { ...w.factors } };
      const [a, b] = [fresh[0].healingCurves(w), fresh[1].healingCurves(copy)];
      expect(a.stages).toEqual(b.stages);
      expect(a.outcome).toBe(b.outcome);
      for (const t of AGES) expect(a.at(t)).toEqual(b.at(t));
    }), RUNS);
  });
});

describe('(b) no NaN, no infinity, no negative signals', () => {
  it('healing curves of any valid wound stay finite and non-negative at every age (elevation may be negative)', () => {
    fc.assert(fc.property(woundArb, fc.double({ min: 0, max: MAX_AGE_HOURS, noNaN: true }), (w, extra) => {
      const c = healingCurves(w);
      for (const t of [...AGES, extra]) {
        const s = c.at(t);
        for (const id of SIGNALS) {
          expect(Number.isFinite(s[id]), `${id} at ${t} h`).toBe(true);
          if (id !== 'elevationMm') expect(s[id], `${id} at ${t} h`).toBeGreaterThanOrEqual(0);
        }
      }
    }), RUNS);
  });

  it('simulate output of any named or CLI-built scenario has only finite, non-negative numbers (elevation aside)', () => {
    fc.assert(fc.property(anyScenarioArb, fc.integer({ min: 1, max: 730 }), (s, d) => {
      expect(badNumbers(simulate(s, { days: d, ...FAST }))).toEqual([]);
    }), RUNS);
  });

  it('only the last stage has endHours null; all other stage times are finite', () => {
    fc.assert(fc.property(anyScenarioArb, (s) => {
      const stages = simulate(s, FAST).wounds[0].stages;
      expect(stages.at(-1)!.endHours).toBeNull();
      for (const st of stages.slice(0, -1)) expect(Number.isFinite(st.endHours)).toBe(true);
    }), RUNS);
  });
});

describe('(c) stage order is monotone', () => {
  it('stages start at hemostasis at 0 h and climb strictly in rank, contiguous in time', () => {
    fc.assert(fc.property(woundArb, (w) => {
      const stages = healingCurves(w).stages;
      expect(stages[0].stage).toBe('hemostasis');
      expect(stages[0].startHours).toBe(0);
      for (let i = 1; i < stages.length; i++) {
        expect(STAGE_RANK[stages[i].stage]).toBeGreaterThan(STAGE_RANK[stages[i - 1].stage]);
        expect(stages[i].startHours).toBeGreaterThanOrEqual(stages[i - 1].startHours);
        expect(stages[i - 1].endHours).toBe(stages[i].startHours);
      }
      expect(stages.at(-1)!.endHours).toBe(Infinity);
    }), RUNS);
  });

  it('every stage after the first was entered by a transition of the table, with its reason', () => {
    fc.assert(fc.property(woundArb, (w) => {
      const stages = healingCurves(w).stages;
      for (let i = 1; i < stages.length; i++) {
        const tr = TRANSITIONS.find((t) => t.id === stages[i].transitionId);
        expect(tr && [tr.from, tr.to, tr.reason]).toEqual([stages[i - 1].stage, stages[i].stage, stages[i].reason]);
      }
    }), RUNS);
  });
});

describe('(d) the seed only changes puncture counts', () => {
  it('stage times are the same for any two seeds', () => {
    fc.assert(fc.property(anyScenarioArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (s, s1, s2) => {
      expect(simulate(s, { seed: s1, ...FAST }).wounds.map((w) => w.stages)).toEqual(simulate(s, { seed: s2, ...FAST }).wounds.map((w) => w.stages));
    }), RUNS);
  });

  it('everything except the wound counts is the same for any two seeds', () => {
    const withoutCounts = (r: ReturnType<typeof simulate>) => ({ ...r, wounds: r.wounds.map((w) => ({ ...w, count: 0 })) });
    fc.assert(fc.property(anyScenarioArb, fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (s, s1, s2) => {
      expect(withoutCounts(simulate(s, { seed: s1, ...FAST }))).toEqual(withoutCounts(simulate(s, { seed: s2, ...FAST })));
    }), RUNS);
  });
});

describe('(e) a bigger wound never heals better', () => {
  /** Two wounds of one kind, site and factors; the second is at least as deep and as wide. */
  const pairArb = fc.constantFrom(...WOUND_KINDS).chain((kind) => {
    const lim = WOUND_LIMITS[kind];
    const sorted = (r: readonly [number, number]) => fc.oneof(inRange(r).map((x) => [x, x] as const),
      fc.tuple(inRange(r), inRange(r)).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const));
    return fc.record({ site: siteArb, factors: factorsArb, d: sorted(lim.depthMm), w: sorted(lim.widthMm), len: inRange(lim.lengthMm) })
      .map(({ site, factors, d, w, len }) => {
        const make = (depthMm: number, widthMm: number): WoundSpec =>
          ({ kind, site, factors, depthMm, widthMm, lengthMm: kind === 'microchannel' ? widthMm : len });
        return [make(d[0], w[0]), make(d[1], w[1])] as const;
      });
  });

  it('the outcome rank never falls as depth and width grow', () => {
    fc.assert(fc.property(pairArb, ([small, big]) => {
      expect(OUTCOME_RANK[healingCurves(big).outcome]).toBeGreaterThanOrEqual(OUTCOME_RANK[healingCurves(small).outcome]);
    }), { numRuns: 100 });
  });

  it('tensile strength at 365 days never rises as depth and width grow', () => {
    fc.assert(fc.property(pairArb, ([small, big]) => {
      expect(healingCurves(big).at(days(365)).strength).toBeLessThanOrEqual(healingCurves(small).at(days(365)).strength + 1e-12);
    }), { numRuns: 100 });
  });
});

describe('(f) every wound finishes', () => {
  it.each(SCENARIOS.map((s) => [s.id, s]))('scenario %s reaches resolved or a scar within two years', (_id, s) => {
    const last = simulate(s, FAST).wounds[0].stages.at(-1)!;
    expect(isTerminal(last.stage as (typeof STAGES)[number])).toBe(true);
    expect(last.startHours).toBeLessThanOrEqual(MAX_AGE_HOURS);
  });

  it('every random valid wound reaches resolved or a scar within two years', () => {
    fc.assert(fc.property(woundArb, (w) => {
      const last = healingCurves(w).stages.at(-1)!;
      expect(isTerminal(last.stage), JSON.stringify(w)).toBe(true);
      expect(last.startHours).toBeLessThanOrEqual(MAX_AGE_HOURS);
    }), { numRuns: 100 });
  });

  it('every random CLI-built scenario reaches resolved or a scar within two years', () => {
    fc.assert(fc.property(cliScenarioArb, (s) => {
      const last = simulate(s, FAST).wounds[0].stages.at(-1)!;
      expect(isTerminal(last.stage as (typeof STAGES)[number])).toBe(true);
    }), RUNS);
  });

  it('the terminal stage reached is the predicted outcome (resolved, or scar-<outcome>)', () => {
    fc.assert(fc.property(woundArb, (w) => {
      const c = healingCurves(w);
      expect(c.stages.at(-1)!.stage).toBe(terminalFor(c.outcome));
    }), { numRuns: 100 });
  });
});

describe('(g) the transition table', () => {
  it('every transition goes to a higher stage rank', () => {
    for (const t of TRANSITIONS) expect(STAGE_RANK[t.to], t.id).toBeGreaterThan(STAGE_RANK[t.from]);
  });

  it('terminal stages have no outgoing transitions', () => {
    const terminal = STAGES.filter(isTerminal);
    expect(terminal.sort()).toEqual(['resolved', 'scar-atrophic', 'scar-hypertrophic', 'scar-keloid', 'scar-normotrophic']);
    expect(TRANSITIONS.filter((t) => isTerminal(t.from))).toEqual([]);
  });

  it('every non-terminal stage has a way out', () => {
    for (const s of STAGES.filter((x) => !isTerminal(x))) expect(TRANSITIONS.some((t) => t.from === s), s).toBe(true);
  });

  it('every stage is reachable from hemostasis', () => {
    const seen = new Set<string>(['hemostasis']);
    for (let grew = true; grew;) {
      grew = false;
      for (const t of TRANSITIONS) if (seen.has(t.from) && !seen.has(t.to)) { seen.add(t.to); grew = true; }
    }
    expect([...seen].sort()).toEqual([...STAGES].sort());
  });

  it('has unique transition ids and a plain-language reason for each', () => {
    expect(new Set(TRANSITIONS.map((t) => t.id)).size).toBe(TRANSITIONS.length);
    for (const t of TRANSITIONS) expect(t.reason.length, t.id).toBeGreaterThan(10);
  });
});

describe('(h) evaluation by age: the GPU atlas', () => {
  const classesArb = fc.uniqueArray(woundArb, { minLength: 1, maxLength: 3, selector: (w) => JSON.stringify(w) }).map((ws) => ws.map(healingCurves));

  it('is a Float32Array of width × height × 4 (RGBA), height = classes × rows per class', () => {
    fc.assert(fc.property(classesArb, fc.integer({ min: 2, max: 300 }), (cs, samples) => {
      const atlas = curveAtlas(cs, samples);
      expect(atlas.data).toBeInstanceOf(Float32Array);
      expect(atlas.data.length).toBe(samples * cs.length * ATLAS_ROWS_PER_CLASS * 4);
      expect([atlas.samples, atlas.classes, atlas.rowsPerClass]).toEqual([samples, cs.length, ATLAS_ROWS_PER_CLASS]);
    }), { numRuns: 20 });
  });

  it('lookUp matches curves.at exactly (to float32) at the atlas columns', () => {
    fc.assert(fc.property(classesArb, fc.integer({ min: 0, max: 255 }), (cs, j) => {
      const atlas = curveAtlas(cs, 256);
      const age = axisToTime(j / 255);
      cs.forEach((c, ci) => {
        for (const id of SIGNALS) expect(lookUp(atlas, ci, id, age)).toBeCloseTo(Math.fround(c.at(age)[id]), 4);
      });
    }), { numRuns: 30 });
  });

  it('lookUp agrees with curves.at within 1% between columns, from the first quarter-hour on', () => {
    // The clot forms within minutes, before the atlas's second column, so the first minutes are excluded.
    fc.assert(fc.property(classesArb, fc.double({ min: 0.25, max: MAX_AGE_HOURS, noNaN: true }), (cs, age) => {
      const atlas = curveAtlas(cs, 256);
      cs.forEach((c, ci) => {
        const exact = c.at(age);
        for (const id of SIGNALS) expect(Math.abs(lookUp(atlas, ci, id, age) - exact[id]), `${id} at ${age} h`).toBeLessThanOrEqual(0.01 * Math.max(1, Math.abs(exact[id])));
      });
    }), { numRuns: 30 });
  });

  it('the stage row holds the index of the stage the wound is in at each column', () => {
    fc.assert(fc.property(classesArb, (cs) => {
      const samples = 64;
      const atlas = curveAtlas(cs, samples);
      cs.forEach((c, ci) => {
        for (let j = 0; j < samples; j++) {
          const stageIndex = atlas.data[((ci * ATLAS_ROWS_PER_CLASS + ATLAS_STAGE_ROW) * samples + j) * 4];
          expect(STAGES[stageIndex]).toBe(stageOf(c, axisToTime(j / (samples - 1))));
        }
      });
    }), { numRuns: 20 });
  });

  it('lookUp before the wound exists (age < 0) returns the unwounded baseline, as does curves.at', () => {
    fc.assert(fc.property(classesArb, fc.double({ min: -1e6, max: -1e-9, noNaN: true }), (cs, age) => {
      const atlas = curveAtlas(cs, 16);
      cs.forEach((c, ci) => {
        for (const id of SIGNALS) expect(lookUp(atlas, ci, id, age)).toBe(BASELINE[id]);
        expect(c.at(age)).toEqual(BASELINE);
      });
    }), { numRuns: 20 });
  });
});

describe('lookUpAll reads a whole state at once', () => {
  it('agrees with lookUp for every signal at random ages', async () => {
    const m = await import('../../src/model');
    const atlas = m.curveAtlas([m.healingCurves(m.woundOf(m.scenarioById('deep-incision')!))]);
    const out = new Float32Array(m.SIGNALS.length);
    fc.assert(fc.property(fc.double({ min: -10, max: m.MAX_AGE_HOURS, noNaN: true }), (age) => {
      m.lookUpAll(atlas, 0, age, out);
      m.SIGNALS.forEach((id, k) => expect(out[k]).toBeCloseTo(m.lookUp(atlas, 0, id, age), 5));
    }), { numRuns: 200 });
  });
});
