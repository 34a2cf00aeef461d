// The Charts panel body (a lazy chunk with uPlot and its CSS): the model's signals over time for
// the chosen scenario and the comparison, one small chart per group of signals, a key to the
// line styles and the CSV download.
import 'uplot/dist/uPlot.min.css';
import './charts.css';
import { useMemo } from 'react';
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { useT } from '../../i18n/useT';
import { scenarioTitle } from '../../i18n/scenarioText';
import { CHART_GROUPS, chartData, conditionCharts, type ChartScenario } from './series';
import { conditionPicture } from '../../state/condition';
import { ConditionChart } from './ConditionChart';
import { SignalChart } from './SignalChart';
import { ScenarioKey } from './ScenarioKey';
import { CsvDownload } from './CsvDownload';

export default function ChartsPanel() {
  const t = useT();
  const { primary, secondary } = useBlocks();
  const custom = useCorium((s) => s.custom);
  const lang = useCorium((s) => s.lang);
  const mode = useCorium((s) => s.mode);
  const span = Math.max(primary.spanHours, secondary?.spanHours ?? 0);
  const scenarios = useMemo<ChartScenario[]>(
    () => (secondary ? [primary, secondary] : [primary]).map((b) => ({ id: b.scenario.id, curves: b.curves, sessionsHours: b.sessionsHours })),
    [primary, secondary],
  );
  const data = useMemo(() => chartData(scenarios, span), [scenarios, span]);
  // A treated condition's measure over the course, on the same sample times.
  const conditions = useMemo(() => conditionCharts((secondary ? [primary, secondary] : [primary]).map((b) => {
    const p = conditionPicture(b);
    return p ? { indication: p.condition.id, sessions: p.sessions } : null;
  }), data.hours), [primary, secondary, data]);
  const names = useMemo(
    () => [scenarioTitle(primary.scenario.id, custom), ...(secondary ? [scenarioTitle(secondary.scenario.id, null)] : [])],
    // The names are words: they change with the language too.
    [primary, secondary, custom, lang],
  );
  return (
    <div className="charts">
      <p className="charts__intro">{t('charts.intro')}</p>
      <ScenarioKey names={names} />
      {conditions.map((c) => <ConditionChart key={c.key} chart={c} data={data} names={names} look={`${mode}:${lang}`} />)}
      {CHART_GROUPS.map((g) => <SignalChart key={g.id} group={g} data={data} scenarios={scenarios} names={names} look={`${mode}:${lang}`} />)}
      <CsvDownload data={data} conditions={conditions} />
    </div>
  );
}
