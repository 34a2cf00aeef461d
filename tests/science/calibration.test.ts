// Calibration: the model reproduces REFERENCE.md §3–6. Each test names its source and checks the
// reference's range, not one number.
import { describe, expect, it } from 'vitest';
import { days, doseFor, dermaroller, simulate, scenarioById, tissueFor, SCAR_DEPTH_FRACTION, OUTCOME_RANK } from '../../src/model';
import { curvesOf, firstTime, peakTime, stageStart, wound } from './helpers';

describe('acute inflammation in a cut (REFERENCE §4, stage-inflammation [S/M])', () => {
  const cut = curvesOf('deep-incision');
  it('neutrophils peak 24–48 h after a cut', () => {
    const t = peakTime(cut, 'neutrophils', days(10));
    expect(t).toBeGreaterThanOrEqual(24);
    expect(t).toBeLessThanOrEqual(48);
  });
  it('macrophages peak on day 3–5 after a cut', () => {
    const t = peakTime(cut, 'macrophages', days(20));
    expect(t).toBeGreaterThanOrEqual(days(3));
    expect(t).toBeLessThanOrEqual(days(5));
  });
  it('collagen I is dominant again by about week 2 (stage-proliferation)', () => {
    const s = cut.at(days(14));
    expect(s.collagenI).toBeGreaterThan(s.collagenIII);
    const early = cut.at(days(5));
    expect(early.collagenIII / (early.collagenI + early.collagenIII)).toBeGreaterThan(0.3);
  });
});

describe('micro-channels heal fast (REFERENCE §3–4: stumpp2009, channel-closure, chu2021)', () => {
  for (const scenario of ['microneedling-face-0.5mm', 'microneedling-roller-1.0mm', 'microneedling-course-4x']) {
    it(`${scenario}: channels re-epithelialise within ~1 day (10–28 h)`, () => {
      const t = firstTime(curvesOf(scenario), 'closure', (v) => v >= 0.95, days(3));
      expect(t).not.toBeNull();
      expect(t!).toBeGreaterThanOrEqual(6);
      expect(t!).toBeLessThanOrEqual(28);
    });
    it(`${scenario}: redness (≤ 1 mm) is gone within 3 days`, () => {
      const c = curvesOf(scenario);
      expect(c.at(days(3)).erythema).toBeLessThan(0.05);
      expect(Math.max(c.at(3).erythema, c.at(12).erythema)).toBeGreaterThan(0.2);
    });
  }
  it('deeper needling gives more redness than shallow', () => {
    const peak = (d: number): number => {
      const c = wound({ kind: 'microchannel', depthMm: d, widthMm: 0.2, lengthMm: 0.2 });
      return c.at(peakTime(c, 'erythema', days(3))).erythema;
    };
    expect(peak(0.25)).toBeLessThan(peak(1.0));
    expect(peak(1.0)).toBeLessThan(peak(2.0));
  });
  it('inflammation after a micro-channel is brief and low-grade (brogden2012)', () => {
    const micro = curvesOf('microneedling-face-0.5mm');
    const cut = curvesOf('deep-incision');
    expect(micro.at(peakTime(micro, 'neutrophils', days(5))).neutrophils).toBeLessThan(0.3);
    expect(stageStart(micro, 'proliferation')!).toBeLessThan(stageStart(cut, 'proliferation')!);
  });
});

describe('the depth threshold for scarring (REFERENCE §6, dunkin2007)', () => {
  for (const site of ['face', 'forehead', 'forearm', 'back'] as const) {
    const threshold = SCAR_DEPTH_FRACTION * tissueFor(site).skinThicknessMm;
    it(`${site}: a cut shallower than a third of the skin (${threshold.toFixed(2)} mm) heals without a scar, a deeper one scars`, () => {
      expect(wound({ kind: 'cut', site, depthMm: threshold * 0.85 }).outcome).toBe('resolved');
      expect(wound({ kind: 'cut', site, depthMm: threshold * 1.25 }).outcome).not.toBe('resolved');
    });
  }
  it('on thin facial skin the threshold lies near 0.56 mm', () => {
    for (const site of ['face', 'forehead'] as const) {
      const mm = SCAR_DEPTH_FRACTION * tissueFor(site).skinThicknessMm;
      expect(mm).toBeGreaterThan(0.45);
      expect(mm).toBeLessThan(0.62);
    }
  });
  it('needles longer than 0.56 mm do not thereby scar (caveat: a puncture removes no tissue)', () => {
    for (const d of [0.75, 1.5, 2.5]) expect(wound({ kind: 'microchannel', depthMm: d, widthMm: 0.25, lengthMm: 0.25 }).outcome).toBe('resolved');
  });
  it('the shallow scratch is invisible by week 18', () => {
    const scratch = curvesOf('shallow-scratch-0.3mm');
    expect(scratch.outcome).toBe('resolved');
    expect(scratch.at(days(18 * 7)).extent).toBeLessThan(0.05);
    expect(stageStart(scratch, 'resolved')!).toBeLessThanOrEqual(days(18 * 7));
  });
});

describe('scars versus resolved tissue (REFERENCE §4, §6)', () => {
  it('scar collagen is more aligned than resolved tissue (scar-collagen-pattern)', () => {
    const resolved = curvesOf('microneedling-face-0.5mm').at(days(365)).alignment;
    for (const id of ['deep-incision', 'burn-deep-partial', 'keloid-prone-incision', 'cystic-acne-lesion']) {
      expect(curvesOf(id).at(days(365)).alignment).toBeGreaterThan(resolved + 0.2);
    }
  });
  it('resolved tissue returns to 80–90% collagen I (normal-collagen)', () => {
    for (const id of ['microneedling-face-0.5mm', 'microneedling-acne-scars-1.5mm', 'shallow-scratch-0.3mm']) {
      const s = curvesOf(id).at(days(365));
      const share = s.collagenI / (s.collagenI + s.collagenIII);
      expect(share).toBeGreaterThanOrEqual(0.8);
      expect(share).toBeLessThanOrEqual(0.9);
    }
  });
  it('a hypertrophic scar appears at 4–8 weeks, peaks by 6 months, then regresses (gauglitz2011)', () => {
    const burn = curvesOf('burn-deep-partial');
    expect(burn.outcome).toBe('hypertrophic');
    const appears = stageStart(burn, 'scar-hypertrophic')!;
    expect(appears).toBeGreaterThanOrEqual(days(28));
    expect(appears).toBeLessThanOrEqual(days(56));
    const peak = peakTime(burn, 'elevationMm', days(365));
    expect(peak).toBeGreaterThan(days(90));
    expect(peak).toBeLessThanOrEqual(days(200));
    expect(burn.at(days(365)).elevationMm).toBeLessThan(0.8 * burn.at(peak).elevationMm);
    expect(burn.at(days(365)).extent).toBeLessThanOrEqual(1);
  });
  it('hypertrophic scars are richer in collagen III than normal scars (oliveira2009)', () => {
    const share = (id: string): number => { const s = curvesOf(id).at(days(365)); return s.collagenIII / (s.collagenI + s.collagenIII); };
    expect(share('burn-deep-partial')).toBeGreaterThan(share('deep-incision'));
  });
  it('a keloid grows beyond the wound and does not regress within the year (gauglitz2011)', () => {
    const keloid = curvesOf('keloid-prone-incision');
    expect(keloid.outcome).toBe('keloid');
    let previous = 0;
    for (let d = 30; d <= 365; d += 15) {
      const s = keloid.at(days(d));
      expect(s.extent).toBeGreaterThanOrEqual(previous);
      previous = s.extent;
    }
    expect(keloid.at(days(365)).extent).toBeGreaterThan(1.2);
    expect(keloid.at(days(365)).elevationMm).toBeGreaterThanOrEqual(keloid.at(days(180)).elevationMm);
  });
  it('a cystic acne lesion leaves a pitted (atrophic) scar, 0.1 mm deep or more (fabbrocini2010)', () => {
    const acne = curvesOf('cystic-acne-lesion');
    expect(acne.outcome).toBe('atrophic');
    expect(acne.at(days(365)).elevationMm).toBeLessThan(-0.1);
  });
  it('keloid tendency turns the same cut into a keloid', () => {
    expect(OUTCOME_RANK[curvesOf('keloid-prone-incision').outcome]).toBeGreaterThan(OUTCOME_RANK[curvesOf('deep-incision').outcome]);
  });
});

describe('tensile strength of a cut (REFERENCE §4, ireton2013)', () => {
  const cut = curvesOf('deep-incision');
  it('is about 50% of unwounded skin at 3 months', () => {
    expect(cut.at(days(90)).strength).toBeGreaterThanOrEqual(0.4);
    expect(cut.at(days(90)).strength).toBeLessThanOrEqual(0.62);
  });
  it('plateaus at no more than 85% (70–85%)', () => {
    for (const d of [365, 540, 730]) {
      expect(cut.at(days(d)).strength).toBeLessThanOrEqual(0.85);
      expect(cut.at(days(d)).strength).toBeGreaterThanOrEqual(0.7);
    }
  });
});

describe('microneedling outcomes (REFERENCE §3, §5)', () => {
  it('a 4-session course raises dermal collagen by tens of percent up to about double at 6 months — never 400%', () => {
    const r = simulate(scenarioById('microneedling-course-4x')!);
    const { hours, dermalCollagen, epidermalThickness } = r.tissue.series;
    const at180 = dermalCollagen[hours.findIndex((h) => h >= days(180))];
    expect(at180).toBeGreaterThanOrEqual(1.2);
    expect(at180).toBeLessThanOrEqual(2.05);
    expect(Math.max(...dermalCollagen)).toBeLessThan(2.1);
    const epi = epidermalThickness[hours.findIndex((h) => h >= days(180))];
    expect(epi).toBeGreaterThan(1.1);
    expect(epi).toBeLessThanOrEqual(1.6);
  });
  it('a single session gives less collagen than a course', () => {
    const one = simulate(scenarioById('microneedling-face-0.5mm')!).tissue.series.dermalCollagen.at(-1)!;
    const four = simulate(scenarioById('microneedling-course-4x')!).tissue.series.dermalCollagen.at(-1)!;
    expect(one).toBeGreaterThan(1);
    expect(one).toBeLessThan(four);
  });
  it('a roller, 15 passes, makes about 250 holes/cm² (roller-dose)', () => {
    const holes = doseFor(dermaroller(1), 15, tissueFor('face')).holesPerCm2;
    expect(holes).toBeGreaterThanOrEqual(200);
    expect(holes).toBeLessThanOrEqual(300);
  });
  it('a roller channel is far shallower than its needle (kalluri2011): 0.77 mm → ~0.15 mm', () => {
    const d = doseFor(dermaroller(0.77), 1, tissueFor('forearm'));
    expect(d.effectiveDepthMm).toBeGreaterThan(0.14);
    expect(d.effectiveDepthMm).toBeLessThan(0.165);
  });
  it('even 0.5 mm on the face reaches capillary loops: pinpoint bleeding (capillary-loops)', () => {
    expect(simulate(scenarioById('microneedling-face-0.5mm')!).dose!.bleeding).toBe(true);
  });
  it('contraindicated scenarios carry explicit warnings (contraindications)', () => {
    for (const id of ['microneedling-active-acne', 'microneedling-keloid-prone']) {
      expect(simulate(scenarioById(id)!).warnings.some((w) => w.startsWith('Contraindication'))).toBe(true);
    }
    expect(simulate(scenarioById('microneedling-face-0.5mm')!).warnings).toEqual([]);
  });
  it('needling over active acne prolongs inflammation (contraindications, scar-persistence)', () => {
    expect(stageStart(curvesOf('microneedling-active-acne'), 'prolonged-inflammation')).toBeDefined();
    expect(stageStart(curvesOf('microneedling-face-0.5mm'), 'prolonged-inflammation')).toBeUndefined();
  });
});
