// What a tour step claims that the picture cannot show (how strong the skin is): the model's
// numbers for each block at the step's time, as a percentage of unhurt skin with a bar, beside
// the caption. Read from the same curves the scene draws.
import { scenarioTitle } from '../../i18n/scenarioText';
import { formatPercent } from '../../i18n/formatNumber';
import { tKey } from '../../i18n';
import { useT } from '../../i18n/useT';
import type { TourStep } from './tours';
import { readoutAt } from './claims';

export function TourReadout({ step }: { step: TourStep }) {
  const t = useT();
  if (step.readout.length === 0) return null;
  return (
    <dl className="tour__readout">
      {readoutAt(step, step.timeHours).map(({ signal, scenario, share }) => {
        const label = t('tours.player.readout', { signal: tKey(`charts.signals.${signal}`), scenario: scenarioTitle(scenario, null) });
        return (
          <div key={`${signal}-${scenario}`} className="tour__readout-row">
            <dt>{label}</dt>
            <dd>
              <span className="tour__readout-bar" aria-hidden="true"><span style={{ inlineSize: `${(share * 100).toFixed(1)}%` }} /></span>
              {t('tours.player.readoutValue', { value: formatPercent(share) })}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
