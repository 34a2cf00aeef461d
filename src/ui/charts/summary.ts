// The words behind each chart (its text alternative): for every line, the highest value and
// when, and the value now. Also the signal and group names, so the chart and the text agree.
import type { SignalId } from '../../model';
import { t, tKey } from '../../i18n';
import { formatNumber } from '../../i18n/formatNumber';
import { formatTime } from '../../i18n/formatTime';
import { peakOf, signalAt, type ChartData, type ChartGroup, type ChartScenario } from './series';

export const signalName = (id: SignalId): string => tKey(`charts.signals.${id}`);

/** One sentence per line drawn (signal × scenario), in drawing order. */
export function chartSummary(group: ChartGroup, data: ChartData, scenarios: readonly ChartScenario[], names: readonly string[], nowHours: number): string {
  return scenarios.flatMap((scenario, k) => group.signals.map((id) => {
    const peak = peakOf(data.hours, data.scenarios[k].values[id]);
    return t('charts.summary', {
      signal: signalName(id), scenario: names[k], peak: formatNumber(peak.value), peakTime: formatTime(peak.hours),
      now: formatNumber(signalAt(scenario, id, nowHours)),
    });
  })).join(' ');
}
