// "What marketing says — what the evidence says": each claim patients bring from clinic pages,
// the studies' answer and the model's own number for the treatment on screen, with sources.
import { useMemo } from 'react';
import { claimAnswers, source, type SourceId } from '../../model';
import { useBlocks } from '../../state/useBlocks';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { planMessageText } from '../../i18n/planText';
import './patient.css';

export function MythsPanel() {
  const t = useT();
  const { primary } = useBlocks();
  const answers = useMemo(() => claimAnswers(primary.scenario), [primary]);
  if (answers.length === 0) return <p>{t('plan.myths.none')}</p>;
  return (
    <div className="myths">
      <p>{t('plan.myths.intro')}</p>
      <dl className="myths__list">
        {answers.map((a) => (
          <div key={a.claim} className="myths__item" data-claim={a.claim}>
            <dt><span className="myths__label">{t('plan.myths.says')}:</span> {tKey(`plan.myths.${a.claim}.claim`)}</dt>
            <dd><span className="myths__label">{t('plan.myths.evidence')}:</span> {tKey(`plan.myths.${a.claim}.evidence`)}</dd>
            <dd><span className="myths__label">{t('plan.myths.model')}:</span> {planMessageText({ key: `myths.${a.claim}.model`, params: a.model.params })}</dd>
            <dd className="plan__sources">{t('plan.panel.sources')} {a.sources.map((id) => t('plan.panel.source', { topic: tKey(`explain.sources.items.${id}.topic`), tag: source(id as SourceId).evidence })).join('; ')}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export default MythsPanel;
