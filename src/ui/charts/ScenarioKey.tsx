// Which line is which scenario: solid for the one chosen, dashed for the comparison, each drawn
// as a sample of its line and named, so the two differ without relying on colour.
import { useT } from '../../i18n/useT';
import { COMPARISON_DASH } from './plot';

export function ScenarioKey({ names }: { names: readonly string[] }) {
  const t = useT();
  return (
    <ul className="charts__key" aria-label={t('charts.key.label')}>
      {names.map((scenario, k) => (
        <li key={k}>
          <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" strokeDasharray={k === 0 ? undefined : COMPARISON_DASH.join(' ')} />
          </svg>
          {t(k === 0 ? 'charts.key.solid' : 'charts.key.dashed', { scenario })}
        </li>
      ))}
    </ul>
  );
}
