// The scenario picker's groups come from the model: every preset once, in its own group.
import { describe, expect, it } from 'vitest';
import { SCENARIOS, type Scenario } from '../../src/model';
import { groupScenarios } from '../../src/ui/panels/scenarioGroups';
import { en } from '../../src/i18n/en';

describe('groupScenarios', () => {
  it('lists every preset exactly once, each under the group the model gives it', () => {
    const groups = groupScenarios();
    const ids = groups.flatMap((g) => g.scenarios.map((s) => s.id));
    expect([...ids].sort()).toEqual(SCENARIOS.map((s) => s.id).sort());
    for (const g of groups) for (const s of g.scenarios) expect(s.group).toBe(g.group);
    expect(groups.map((g) => g.group)).toEqual(['microneedling', 'conditions', 'uncontrolled', 'what-if']);
  });

  it('every group has a name in the catalogue', () => {
    for (const g of groupScenarios()) expect(en.panels.scenario.groups[g.group]).toBeTruthy();
  });

  it('keeps the order of first appearance for any list', () => {
    const mk = (id: string, group: Scenario['group']): Scenario => ({ ...SCENARIOS[0], id, group });
    const groups = groupScenarios([mk('a', 'what-if'), mk('b', 'microneedling'), mk('c', 'what-if')]);
    expect(groups.map((g) => [g.group, g.scenarios.map((s) => s.id)])).toEqual([['what-if', ['a', 'c']], ['microneedling', ['b']]]);
  });
});
