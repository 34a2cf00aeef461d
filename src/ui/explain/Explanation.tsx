// The explanation panel's body: what is happening now and why, for the primary block and the
// compared one, in plain words; the "Expert detail" switch adds the terms, the model's numbers
// at this moment and the source ids. Plain text re-renders on stage changes only; the numbers
// follow time at two significant figures, so playback does not re-render it every frame.
import { memo, useDeferredValue } from 'react';
import type { StageSpan } from '../../model';
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';
import { formatTime } from '../../i18n/formatTime';
import type { BlockData } from '../../state/blockData';
import { blockTitle } from './describe';
import { modelNumbers } from './modelNumbers';
import { CURVE_SOURCE, STAGE_SOURCES } from './stageSources';
import { outcomeText, spanNow, stageName, stageNow, stageReason, woundAge, type Register } from './stageText';
import { ConditionResult } from './ConditionResult';
import './explain.css';

export function Explanation() {
  const t = useT();
  const { primary, secondary } = useBlocks();
  const custom = useCorium((s) => s.custom);
  const expert = useCorium((s) => s.expert);
  const setExpert = useCorium((s) => s.setExpert);
  return (
    <div className="explain">
      <label className="explain__switch">
        <input type="checkbox" role="switch" checked={expert} onChange={(e) => setExpert(e.currentTarget.checked)} />
        <span>{t('explain.panel.expert')}</span>
      </label>
      <BlockExplanation data={primary} title={secondary ? blockTitle(primary, custom) : null} register={expert ? 'expert' : 'plain'} />
      {secondary && <BlockExplanation data={secondary} title={blockTitle(secondary, null)} register={expert ? 'expert' : 'plain'} />}
    </div>
  );
}

function BlockExplanation({ data, title, register }: { data: BlockData; title: string | null; register: Register }) {
  // A jump across stages redraws the 3D view in its own frame; the text follows just after.
  const span = useDeferredValue(useCorium((s) => spanNow(data, s.timeHours)));
  const lang = useCorium((s) => s.lang);
  return <BlockText data={data} title={title} register={register} span={span} lang={lang} />;
}

const BlockText = memo(function BlockText({ data, title, register, span }: { data: BlockData; title: string | null; register: Register; span: StageSpan; lang: string }) {
  const t = useT();
  return (
    <section className="explain__block" data-stage={span.stage}>
      {title && <h3>{title}</h3>}
      <p><strong>{t('explain.panel.now', { stage: stageName(span.stage, data.scenario.indication) })}</strong></p>
      <p>{stageNow(span.stage, register, data.scenario.indication)}</p>
      <p>{t('explain.panel.why', { reason: stageReason(span, register, data.scenario.indication) })}</p>
      <p>{outcomeText(data.curves.outcome, register, data.scenario.indication)}</p>
      <ConditionResult data={data} />
      {register === 'expert' && <ExpertNumbers data={data} />}
    </section>
  );
});

function ExpertNumbers({ data }: { data: BlockData }) {
  const t = useT();
  const age = useDeferredValue(useCorium((s) => Number(woundAge(data, s.timeHours).toPrecision(2))));
  const stage = useDeferredValue(useCorium((s) => spanNow(data, s.timeHours).stage));
  return (
    <div className="explain__expert">
      <p>{t('explain.panel.since', { time: formatTime(age) })}</p>
      <table className="explain__numbers">
        <caption>{t('explain.panel.numbers')}</caption>
        <tbody>
          {modelNumbers(data.curves.at(age)).map((n) => (
            <tr key={n.key}><th scope="row">{tKey(`explain.numbers.${n.key}`)}</th><td>{n.value}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="explain__sources">{t('explain.panel.sources', { ids: [...STAGE_SOURCES[stage], CURVE_SOURCE].join(', ') })}</p>
    </div>
  );
}
