// The same 200 malformed share links the browser test opens, checked against the parser alone:
// each gives at least one notice and a valid state (known scenario, finite time in range).
import { describe, expect, it } from 'vitest';
import { BODY_SITES, MAX_AGE_HOURS, SCENARIO_IDS } from '../../src/model';
import { parseAddress, ZOOM_LEVELS } from '../../src/state/url';
import { malformedLinks } from '../e2e/malformedLinks';

describe('200 malformed share links', () => {
  const links = malformedLinks(200);
  it('are 200 distinct links', () => {
    expect(new Set(links.map((l) => l.query)).size).toBeGreaterThan(190);
  });
  it.each(links.map((l, i) => [i, l.query] as const))('link %i (%s) falls back to a valid state with a notice', (_, query) => {
    const { state, notices } = parseAddress(`?${query}`);
    expect(notices.length).toBeGreaterThan(0);
    expect(SCENARIO_IDS).toContain(state.scenario);
    if (state.compare !== null) expect(SCENARIO_IDS).toContain(state.compare);
    expect(Number.isFinite(state.timeHours) && state.timeHours >= 0 && state.timeHours <= MAX_AGE_HOURS).toBe(true);
    expect(ZOOM_LEVELS).toContain(state.view);
    if (state.site !== null) expect(BODY_SITES).toContain(state.site);
  });
});
