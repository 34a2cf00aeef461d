// The plan's lines as lists: signs with their days, advice from its day, the call-the-clinic
// signs and the cautions — each line with its sources and evidence tags. Shared by the "What to
// expect" panel and the printed handout, so both say the same thing.
import { source, type SourceId } from '../../model';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { whenText } from '../../i18n/planText';
import type { PlanText } from '../../i18n/planText';

function Sources({ ids }: { ids: readonly string[] }) {
  const t = useT();
  return (
    <small className="plan__sources">
      {t('plan.panel.sources')}{' '}
      {ids.map((id) => t('plan.panel.source', { topic: tKey(`explain.sources.items.${id}.topic`), tag: source(id as SourceId).evidence })).join('; ')}
    </small>
  );
}

/** "during treatment" (under an hour), "until day 3", or "day 3 to day 8". */
function when(fromDay: number, toDay: number): string {
  if (toDay < 1 / 24) return tKey('plan.panel.during');
  if (fromDay === 0) return tKey('plan.panel.until', { to: whenText(toDay) });
  return tKey('plan.panel.fromTo', { from: whenText(fromDay), to: whenText(toDay) });
}

export function PlanList({ text, headingLevel = 3 }: { text: PlanText; headingLevel?: 3 | 2 }) {
  const t = useT();
  const H = headingLevel === 3 ? 'h3' : 'h2';
  const advice = text.advice.filter((a) => a.topic !== 'callClinic');
  const callUs = text.advice.filter((a) => a.topic === 'callClinic');
  return (
    <div className="plan">
      <H>{t('plan.panel.signs')}</H>
      {text.plan.length === 0 ? <p>{t('plan.panel.none')}</p> : (
        <ul className="plan__list" data-plan="signs">
          {text.plan.map((l) => (
            <li key={l.sign} data-sign={l.sign}>
              <strong>{tKey(`plan.signName.${l.sign}`)}</strong>{' '}
              <span className="plan__when">({when(l.fromDay, l.toDay)})</span>{' '}
              {l.text} <Sources ids={l.sources} />
            </li>
          ))}
        </ul>
      )}
      <H>{t('plan.panel.advice')}</H>
      <ul className="plan__list" data-plan="advice">
        {advice.map((l, i) => (
          <li key={`${l.topic}-${i}`} data-topic={l.topic}>
            <strong>{tKey(`plan.topicName.${l.topic}`)}</strong> {l.text} <Sources ids={l.sources} />
          </li>
        ))}
      </ul>
      <H>{t('plan.panel.callUs')}</H>
      <ul className="plan__list plan__list--call" data-plan="call">
        {callUs.map((l, i) => <li key={i} data-topic={l.topic}>{l.text} <Sources ids={l.sources} /></li>)}
      </ul>
      {text.warnings.length > 0 && (
        <>
          <H>{t('plan.panel.warnings')}</H>
          <ul className="plan__list plan__list--warn">{text.warnings.map((w) => <li key={w}>{w}</li>)}</ul>
        </>
      )}
    </div>
  );
}
