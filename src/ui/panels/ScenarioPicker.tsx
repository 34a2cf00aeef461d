// The scenario picker: every model preset, grouped as the model groups them, plus the user's own
// run while it is shown; a "Compare with" choice; and the chosen scenario's one-line description.
import { useId } from 'react';
import { CUSTOM_SCENARIO_ID } from '../../model';
import { useCorium } from '../../state/store';
import { useT } from '../../i18n/useT';
import { scenarioDescription, scenarioTitle } from '../../i18n/scenarioText';
import { groupScenarios } from './scenarioGroups';
import './panels.css';

const GROUPS = groupScenarios();

function PresetOptions() {
  const t = useT();
  return GROUPS.map(({ group, scenarios }) => (
    <optgroup key={group} label={t(`panels.scenario.groups.${group}`)}>
      {scenarios.map((s) => <option key={s.id} value={s.id}>{scenarioTitle(s.id, null)}</option>)}
    </optgroup>
  ));
}

export function ScenarioPicker() {
  const t = useT();
  const id = useId();
  const scenario = useCorium((s) => s.scenario);
  const custom = useCorium((s) => s.custom);
  const compare = useCorium((s) => s.compare);
  const isCustom = scenario === CUSTOM_SCENARIO_ID && custom !== null;
  return (
    <div className="scenario-picker">
      <label htmlFor={`${id}-scenario`}>{t('panels.scenario.label')}</label>
      <select id={`${id}-scenario`} name="scenario" value={scenario} aria-describedby={`${id}-description`}
        onChange={(e) => useCorium.getState().setScenario(e.target.value)}>
        {isCustom && (
          <optgroup label={t('panels.scenario.groups.yours')}>
            <option value={CUSTOM_SCENARIO_ID}>{scenarioTitle(CUSTOM_SCENARIO_ID, custom)}</option>
          </optgroup>
        )}
        <PresetOptions />
      </select>
      <p id={`${id}-description`} className="scenario-picker__description">{scenarioDescription(scenario, custom)}</p>
      <label htmlFor={`${id}-compare`}>{t('panels.scenario.compare')}</label>
      <select id={`${id}-compare`} name="compare" value={compare ?? ''} onChange={(e) => useCorium.getState().setCompare(e.target.value || null)}>
        <option value="">{t('panels.scenario.compareNone')}</option>
        <PresetOptions />
      </select>
    </div>
  );
}
