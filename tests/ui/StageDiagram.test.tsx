// The stage diagram survives a change of scenario and time in one step (a link, a tour step, the
// teacher's state): it once deferred the stage index alone, which then pointed past the stages of
// the new scenario and crashed the panels.
// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCorium } from '../../src/state/store';
import { StageDiagram } from '../../src/ui/explain/StageDiagram';
import { blockDataFor } from '../../src/state/blockData';
import { SCENARIO_IDS } from '../../src/model';
import { reactHost, type ReactHost } from './reactHost';

let view: ReactHost;
beforeEach(() => { view = reactHost(); });
afterEach(() => view.unmount());

const stages = (id: string) => blockDataFor(id, null).curves.stages;

describe('StageDiagram', () => {
  it('follows a new scenario with fewer stages chosen together with a new time', () => {
    const byCount = [...SCENARIO_IDS].sort((a, b) => stages(b).length - stages(a).length);
    const [most, fewest] = [byCount[0], byCount.at(-1)!];
    expect(stages(most).length).toBeGreaterThan(stages(fewest).length);
    const last = stages(most).at(-1)!;
    act(() => useCorium.setState({ scenario: most, compare: null, custom: null, timeHours: last.startHours + 1 }));
    act(() => view.root.render(<StageDiagram />));
    const before = view.host.querySelector('figcaption')!.textContent;
    act(() => useCorium.setState({ scenario: fewest, timeHours: 0 }));
    const after = view.host.querySelector('figcaption')!.textContent;
    expect(after).not.toBe(before);
  });
});
