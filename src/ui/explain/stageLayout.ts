// Where each stage sits in the stage diagram, top to bottom so it fits a side panel: rows
// follow the state machine's stage rank; the usual path runs down the left; the prolonged
// branch steps to the right; the outcomes wrap in rows of three. Pure, tested without a browser.
import { STAGE_RANK, STAGES, TRANSITIONS, type HealingStage } from '../../model';

export interface StageNode { readonly stage: HealingStage; readonly x: number; readonly y: number }
export interface StageEdge { readonly id: string; readonly from: StageNode; readonly to: StageNode }

export const NODE_W = 118;
export const NODE_H = 26;
const COL_GAP = 10;
const ROW_GAP = 14;
const OUTCOMES_PER_ROW = 3;

export function stageLayout(): { nodes: StageNode[]; edges: StageEdge[]; width: number; height: number } {
  const nodes: StageNode[] = [];
  let row = 0;
  const maxRank = Math.max(...STAGES.map((s) => STAGE_RANK[s]));
  for (let rank = 0; rank <= maxRank; rank++) {
    const stages = STAGES.filter((s) => STAGE_RANK[s] === rank);
    stages.forEach((stage, i) => {
      const col = stage === 'prolonged-inflammation' ? 1 : i % OUTCOMES_PER_ROW;
      const r = row + Math.floor(i / OUTCOMES_PER_ROW);
      nodes.push({ stage, x: col * (NODE_W + COL_GAP), y: r * (NODE_H + ROW_GAP) });
    });
    row += Math.ceil(stages.length / OUTCOMES_PER_ROW);
  }
  const byStage = new Map(nodes.map((n) => [n.stage, n]));
  const edges = TRANSITIONS.map((t) => ({ id: t.id, from: byStage.get(t.from)!, to: byStage.get(t.to)! }));
  return {
    nodes, edges,
    width: Math.max(...nodes.map((n) => n.x)) + NODE_W,
    height: Math.max(...nodes.map((n) => n.y)) + NODE_H,
  };
}
