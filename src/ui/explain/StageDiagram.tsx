// The healing-stage diagram, drawn from the model's own transition table: the live stage is
// highlighted, the path this wound took is marked, and the reason it moved on is written out
// (plain words, or the model's own guard with expert detail on).
// Re-renders when the stage, the language or the detail level changes, not on every time step.
import { memo, useDeferredValue, useMemo } from 'react';
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { useT } from '../../i18n/useT';
import { spanNow, stageName, stageReason, type Register } from './stageText';
import type { BlockData } from '../../state/blockData';
import { NODE_H, NODE_W, stageLayout } from './stageLayout';
import './explain.css';

export function StageDiagram() {
  const data = useBlocks().primary;
  const register = useCorium((s) => (s.expert ? 'expert' : 'plain'));
  // A jump across stages redraws the 3D view in its own frame; the diagram follows just after.
  // The block and its stage index are deferred together: an index deferred alone could point past
  // the stages of a new scenario chosen in the same change (a link, a tour step, the teacher).
  const spanIndex = useCorium((s) => data.curves.stages.indexOf(spanNow(data, s.timeHours)));
  const now = useMemo(() => ({ data, spanIndex }), [data, spanIndex]);
  const shown = useDeferredValue(now);
  return <Diagram data={shown.data} register={register} spanIndex={shown.spanIndex} />;
}

const Diagram = memo(function Diagram({ data, register, spanIndex }: { data: BlockData; register: Register; spanIndex: number }) {
  const t = useT();
  const span = data.curves.stages[spanIndex];
  const layout = useMemo(stageLayout, []);
  const path = new Set(data.curves.stages.map((s) => s.stage));
  const taken = new Set(data.curves.stages.map((s) => s.transitionId).filter((id): id is string => id !== null));
  const indication = data.scenario.indication;
  const now = stageName(span.stage, indication);

  return (
    <figure className="stage-diagram">
      <figcaption>
        <strong>{t('explain.diagram.now', { stage: now })}</strong>
        <span className="stage-diagram__why">{t('explain.diagram.why', { reason: stageReason(span, register, indication) })}</span>
      </figcaption>
      <svg viewBox={`-2 -2 ${layout.width + 4} ${layout.height + 4}`} role="img"
        aria-label={t('explain.diagram.label', { path: data.curves.stages.map((s) => stageName(s.stage, indication)).join(t('explain.diagram.then')), stage: now })}>
        {layout.edges.map((e) => (
          <line key={e.id} className={taken.has(e.id) ? 'edge edge--taken' : 'edge'}
            x1={e.from.x + NODE_W / 2} y1={e.from.y + NODE_H} x2={e.to.x + NODE_W / 2} y2={e.to.y} />
        ))}
        {layout.nodes.map((n) => {
          const state = n.stage === span.stage ? 'now' : path.has(n.stage) ? 'path' : 'other';
          return (
            <g key={n.stage} className={`node node--${state}`} transform={`translate(${n.x} ${n.y})`}>
              <rect width={NODE_W} height={NODE_H} rx={6} />
              <NodeLabel text={stageName(n.stage, indication)} />
            </g>
          );
        })}
      </svg>
    </figure>
  );
});

/** Longer names (some languages, the pseudo-locale) are squeezed to fit the box, never cut off. */
const FITS_CHARS = 16;
function NodeLabel({ text }: { text: string }) {
  const squeeze = text.length > FITS_CHARS ? { textLength: NODE_W - 8, lengthAdjust: 'spacingAndGlyphs' as const } : {};
  return <text x={NODE_W / 2} y={NODE_H / 2} dominantBaseline="central" textAnchor="middle" {...squeeze}>{text}</text>;
}
