// The scenario picker's groups, read from the model: each preset says which group it belongs to
// (microneedling, uncontrolled wound, what-if), so a new preset lands in its group without a list here.
import { SCENARIOS, type Scenario, type ScenarioGroup } from '../../model';

export interface ScenarioGroupOptions {
  readonly group: ScenarioGroup;
  readonly scenarios: readonly Scenario[];
}

/** Presets by group, groups in the order the model first lists them, presets in model order. */
export function groupScenarios(list: readonly Scenario[] = SCENARIOS): ScenarioGroupOptions[] {
  const groups = new Map<ScenarioGroup, Scenario[]>();
  for (const s of list) {
    const members = groups.get(s.group) ?? [];
    members.push(s);
    groups.set(s.group, members);
  }
  return [...groups].map(([group, scenarios]) => ({ group, scenarios }));
}
