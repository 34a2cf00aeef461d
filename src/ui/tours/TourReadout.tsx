// What a tour step claims that the picture cannot show (how strong the skin is): the model's
// numbers for each block at the step's time, as a percentage of unhurt skin with a bar, beside
// the caption. Read from the same curves the scene draws.
import { blockDataFor } from '../../state/blockData';
import { scenarioTitle } from '../../i18n/scenarioText';
import { formatPercent } from '../../i18n/formatNumber';
import { tKey } from '../../i18n';
import { useT } from '../../i18n/useT';
import { woundAge } from '../explain/stageText';
import type { TourStep } from './tours';

export function TourReadout({ step }: { step: TourStep }) {
  const t = useT();
  if (step.readout.length === 0) return null;
  const blocks = [step.scenario, ...(step.compare ? [step.compare] : [])].map((id) => {
    const data = blockDataFor(id, step.site);
    return { id, name: scenarioTitle(id, null), signals: data.curves.at(woundAge(data, step.timeHours)) };
  });
  return (
    <dl className="tour__readout">
      {step.readout.flatMap((signal) => blocks.map((b) => {
        const share = Math.max(0, Math.min(1, b.signals[signal]));
        const label = t('tours.player.readout', { signal: tKey(`charts.signals.${signal}`), scenario: b.name });
        return (
          <div key={`${signal}-${b.id}`} className="tour__readout-row">
            <dt>{label}</dt>
            <dd>
              <span className="tour__readout-bar" aria-hidden="true"><span style={{ inlineSize: `${(share * 100).toFixed(1)}%` }} /></span>
              {t('tours.player.readoutValue', { value: formatPercent(share) })}
            </dd>
          </div>
        );
      }))}
    </dl>
  );
}
