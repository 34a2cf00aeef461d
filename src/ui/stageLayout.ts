// Where each stage sits in the stage diagram: columns follow the state machine's stage rank,
// branches stack within a column. Pure, so it is tested without a browser.
import { STAGE_RANK, STAGES, TRANSITIONS, type HealingStage } from '../model';

export interface StageNode { readonly stage: HealingStage; readonly x: number; readonly y: number }
export interface StageEdge { readonly id: string; readonly from: StageNode; readonly to: StageNode }

export const NODE_W = 104;
export const NODE_H = 30;
const COL_GAP = 22;
const ROW_GAP = 8;

export function stageLayout(): { nodes: StageNode[]; edges: StageEdge[]; width: number; height: number } {
  const columns = new Map<number, HealingStage[]>();
  for (const s of STAGES) columns.set(STAGE_RANK[s], [...(columns.get(STAGE_RANK[s]) ?? []), s]);
  const tallest = Math.max(...[...columns.values()].map((c) => c.length));
  const height = tallest * (NODE_H + ROW_GAP) - ROW_GAP;
  const nodes: StageNode[] = [];
  for (const [rank, stages] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
    const top = (height - (stages.length * (NODE_H + ROW_GAP) - ROW_GAP)) / 2;
    // The prolonged branch drops below the main line, so the usual path reads straight across.
    stages.forEach((stage, i) => nodes.push({ stage, x: rank * (NODE_W + COL_GAP),
      y: stage === 'prolonged-inflammation' ? height - NODE_H : top + i * (NODE_H + ROW_GAP) }));
  }
  const byStage = new Map(nodes.map((n) => [n.stage, n]));
  const edges = TRANSITIONS.map((t) => ({ id: t.id, from: byStage.get(t.from)!, to: byStage.get(t.to)! }));
  const width = Math.max(...nodes.map((n) => n.x)) + NODE_W;
  return { nodes, edges, width, height };
}
