// The timeline strip's layout: stages session by session, bands that tile the axis in order,
// ticks at the right places, labels only where they fit, and mirrored for right-to-left.
import { describe, expect, it } from 'vitest';
import { HOURS_PER_DAY, timeToAxis } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { episodes, timelineLayout, TICKS, type LayoutInput } from '../../src/ui/transport/timeline';

const course = blockDataFor('microneedling-course-4x', null);
const cut = blockDataFor('deep-incision', null);
const courseEps = episodes(course.curves.stages, course.sessionsHours, course.spanHours);
const cutEps = episodes(cut.curves.stages, cut.sessionsHours, cut.spanHours);
const input = (over: Partial<LayoutInput> = {}): LayoutInput => ({
  episodes: courseEps, sessionsHours: course.sessionsHours, spanHours: course.spanHours, width: 600, rtl: false,
  labelWidth: () => 40, ...over,
});

describe('episodes', () => {
  it('a single wound has its stages once, as the model walks them', () => {
    expect(cutEps.map((e) => e.stage)).toEqual(cut.curves.stages.map((s) => s.stage));
    expect(cutEps.map((e) => e.startHours)).toEqual(cut.curves.stages.map((s) => s.startHours));
    expect(cutEps.at(-1)!.endHours).toBe(cut.spanHours);
  });

  it('a course restarts the stages at every session and never runs one into the next', () => {
    expect(course.sessionsHours).toHaveLength(4);
    for (const [i, s0] of course.sessionsHours.entries()) {
      const own = courseEps.filter((e) => e.session === i);
      expect(own[0]).toMatchObject({ stage: 'hemostasis', startHours: s0 });
      const next = course.sessionsHours[i + 1] ?? course.spanHours;
      for (const e of own) expect(e.endHours).toBeLessThanOrEqual(next);
    }
  });

  it('the episodes tile time from 0 to the span without gaps or overlaps', () => {
    for (const eps of [courseEps, cutEps]) {
      expect(eps[0].startHours).toBe(0);
      for (let i = 1; i < eps.length; i++) expect(eps[i].startHours).toBeCloseTo(eps[i - 1].endHours, 9);
    }
  });
});

describe('timeline layout', () => {
  it('bands run left to right across the whole width', () => {
    const { bands } = timelineLayout(input());
    expect(bands[0].x).toBe(0);
    const last = bands.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(600, 6);
    for (let i = 1; i < bands.length; i++) expect(bands[i].x).toBeCloseTo(bands[i - 1].x + bands[i - 1].width, 6);
  });

  it('a label is shown only where its band is wide enough for it', () => {
    const { bands } = timelineLayout(input({ labelWidth: () => 50 }));
    for (const b of bands) expect(b.showLabel).toBe(b.width >= 56);
    expect(bands.some((b) => b.showLabel)).toBe(true);
    expect(bands.some((b) => !b.showLabel)).toBe(true);
  });

  it('a band too narrow for its full name shows its short name where that fits, and the full one wherever it fits', () => {
    const { bands } = timelineLayout(input({ labelWidth: ({ short }) => (short ? 20 : 50) }));
    for (const b of bands) {
      expect(b.showLabel).toBe(b.width >= 26);
      expect(b.shortLabel).toBe(b.width >= 26 && b.width < 56);
    }
    expect(bands.some((b) => b.shortLabel)).toBe(true);
    // A stage without a short name (Infinity) is never shortened.
    const none = timelineLayout(input({ labelWidth: ({ short }) => (short ? Infinity : 50) }));
    expect(none.bands.every((b) => !b.shortLabel && b.showLabel === b.width >= 56)).toBe(true);
  });

  it('ticks sit where the log-like axis puts 1 h, 1 day, 1 week, 1 month and 1 year', () => {
    const { ticks } = timelineLayout(input());
    expect(ticks.map((k) => k.id)).toEqual(['hour', 'day', 'week', 'month', 'year']);
    expect(ticks[1].x).toBeCloseTo(timeToAxis(HOURS_PER_DAY, course.spanHours) * 600, 6);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x).toBeGreaterThan(ticks[i - 1].x);
  });

  it('tick labels never overlap: crowded ones are dropped, the ends stay inside', () => {
    for (const width of [120, 240, 400, 900]) {
      const w = 44;
      const { ticks } = timelineLayout(input({ width, labelWidth: () => w }));
      const shown = ticks.filter((k) => k.showLabel).map((k) => (k.anchor === 'start' ? k.x : k.anchor === 'end' ? k.x - w : k.x - w / 2));
      expect(shown.length).toBeGreaterThan(0);
      for (const from of shown) { expect(from).toBeGreaterThanOrEqual(0); expect(from + w).toBeLessThanOrEqual(width); }
      for (let i = 1; i < shown.length; i++) expect(shown[i]).toBeGreaterThanOrEqual(shown[i - 1] + w);
    }
  });

  it('a course has one marker per session, a single wound none', () => {
    expect(timelineLayout(input()).sessions.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    const single = timelineLayout(input({ episodes: cutEps, sessionsHours: cut.sessionsHours, spanHours: cut.spanHours }));
    expect(single.sessions).toEqual([]);
  });

  it('ticks beyond the span are left out', () => {
    const { ticks } = timelineLayout(input({ spanHours: 10 * HOURS_PER_DAY }));
    expect(ticks.map((k) => k.id)).toEqual(TICKS.filter(([, h]) => h <= 10 * HOURS_PER_DAY).map(([id]) => id));
  });

  it('right to left mirrors every position', () => {
    const ltr = timelineLayout(input());
    const rtl = timelineLayout(input({ rtl: true }));
    ltr.bands.forEach((b, i) => expect(rtl.bands[i].x).toBeCloseTo(600 - b.x - b.width, 6));
    ltr.sessions.forEach((s, i) => expect(rtl.sessions[i].x).toBeCloseTo(600 - s.x, 6));
    ltr.ticks.forEach((k, i) => expect(rtl.ticks[i].showLabel).toBe(k.showLabel));
  });
});
