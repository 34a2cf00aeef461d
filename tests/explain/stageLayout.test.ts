// The stage diagram is drawn from the model's transition table: every stage has a box, every
// transition an arrow that runs forward (top to bottom), and no boxes overlap.
import { describe, expect, it } from 'vitest';
import { STAGES, TRANSITIONS } from '../../src/model';
import { NODE_H, NODE_W, stageLayout } from '../../src/ui/explain/stageLayout';

describe('stage diagram layout', () => {
  const { nodes, edges } = stageLayout();
  it('has one box per stage and one arrow per transition', () => {
    expect(nodes.map((n) => n.stage).sort()).toEqual([...STAGES].sort());
    expect(edges.map((e) => e.id)).toEqual(TRANSITIONS.map((t) => t.id));
  });
  it('every arrow runs forward, from a row to a later one', () => {
    for (const e of edges) expect(e.to.y).toBeGreaterThan(e.from.y);
  });
  it('no two boxes overlap', () => {
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const apart = Math.abs(a.x - b.x) >= NODE_W || Math.abs(a.y - b.y) >= NODE_H;
      expect(apart, `${a.stage} / ${b.stage}`).toBe(true);
    }
  });
});
