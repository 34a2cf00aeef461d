// The healing-stage diagram, drawn from the model's own transition table: the live stage is
// highlighted, the path this wound took is marked, and the reason it moved on is written out.
// Re-renders when the stage changes, not on every time step.
import { useMemo } from 'react';
import { stageAt } from '../model';
import { useCorium } from '../state/store';
import { useBlocks } from '../state/useBlocks';
import { STAGE_NAME } from './stageNames';
import { NODE_H, NODE_W, stageLayout } from './stageLayout';

/** Age of the primary block's wound now: since the latest session, or since the wound. */
function ageNow(sessionsHours: readonly number[], t: number): number {
  const start = sessionsHours.filter((s) => s <= t).at(-1) ?? 0;
  return t - start;
}

export function StageDiagram() {
  const data = useBlocks().primary;
  const spanIndex = useCorium((s) => data.curves.stages.indexOf(stageAt(data.curves.stages, ageNow(data.sessionsHours, s.timeHours))));
  const span = data.curves.stages[spanIndex];
  const layout = useMemo(stageLayout, []);
  const path = new Set(data.curves.stages.map((s) => s.stage));
  const taken = new Set(data.curves.stages.map((s) => s.transitionId).filter((id): id is string => id !== null));

  return (
    <figure className="stage-diagram">
      <figcaption>
        <strong>Now: {STAGE_NAME[span.stage]}</strong>
        <span> — {span.transitionId ? `moved on because ${span.reason}` : span.reason}.</span>
      </figcaption>
      <svg viewBox={`-2 -2 ${layout.width + 4} ${layout.height + 4}`} role="img"
        aria-label={`Healing stages: ${data.curves.stages.map((s) => STAGE_NAME[s.stage]).join(', then ')}. Now: ${STAGE_NAME[span.stage]}.`}>
        {layout.edges.map((e) => (
          <line key={e.id} className={taken.has(e.id) ? 'edge edge--taken' : 'edge'}
            x1={e.from.x + NODE_W / 2} y1={e.from.y + NODE_H} x2={e.to.x + NODE_W / 2} y2={e.to.y} />
        ))}
        {layout.nodes.map((n) => {
          const state = n.stage === span.stage ? 'now' : path.has(n.stage) ? 'path' : 'other';
          return (
            <g key={n.stage} className={`node node--${state}`} transform={`translate(${n.x} ${n.y})`}>
              <rect width={NODE_W} height={NODE_H} rx={6} />
              <text x={NODE_W / 2} y={NODE_H / 2} dominantBaseline="central" textAnchor="middle">{STAGE_NAME[n.stage]}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
