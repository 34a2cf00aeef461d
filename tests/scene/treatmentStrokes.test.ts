// Dragging a device over the skin lays punctures at the model's dose: a straight drag gives the
// model's holes per cm² per pass, punctures off the block are dropped, and splitting the drag
// into pointer-move segments does not change where the needles go.
import { describe, expect, it } from 'vitest';
import { dermaroller, holesPerCm2PerPass, microneedlingPen, type Device } from '../../src/model';
import { DRAG_START, PEN_STAMP_DIAMETER_MM, strokesAlongSegment, type DragProgress } from '../../src/scene/treatmentStrokes';
import type { UserStroke } from '../../src/state/store';

/** A straight drag along x from −lengthMm/2 to +lengthMm/2, delivered as `moves` pointer moves. */
function drag(device: Device, lengthMm: number, moves: number, halfMm = Infinity): UserStroke[] {
  let progress: DragProgress = DRAG_START;
  let last = { xMm: -lengthMm / 2, zMm: 0 };
  const out: UserStroke[] = [];
  for (let k = 0; k <= moves; k++) {
    const to = { xMm: -lengthMm / 2 + (lengthMm * k) / moves, zMm: 0 };
    const step = strokesAlongSegment(device, last, to, progress, halfMm, 5, 1);
    out.push(...step.strokes);
    progress = step.progress;
    last = to;
  }
  return out;
}

/** Holes per cm² over the swath the device sweeps, in the middle of the drag (away from its ends). */
function densityPerCm2(strokes: UserStroke[], windowMm: number, swathMm: number): number {
  const inside = strokes.filter((s) => Math.abs(s.xMm) <= windowMm / 2).length;
  return (inside / (windowMm * swathMm)) * 100;
}

describe('drag to punctures', () => {
  it.each([microneedlingPen(0.5), microneedlingPen(1.5, { frequencyHz: 50 })])('a straight pen drag lays the model\'s holes per cm² (within 15%)', (pen) => {
    const strokes = drag(pen, 120, 600);
    expect(densityPerCm2(strokes, 80, PEN_STAMP_DIAMETER_MM) / holesPerCm2PerPass(pen)).toBeGreaterThan(0.85);
    expect(densityPerCm2(strokes, 80, PEN_STAMP_DIAMETER_MM) / holesPerCm2PerPass(pen)).toBeLessThan(1.15);
  });

  it('a straight roller drag lays the model\'s holes per cm² (within 15%)', () => {
    const roller = dermaroller(1.0);
    const strokes = drag(roller, 600, 900);
    const ratio = densityPerCm2(strokes, 400, roller.drumWidthCm * 10) / holesPerCm2PerPass(roller);
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
  });

  it('lays the same punctures whether the drag arrives in one move or many', () => {
    const pen = microneedlingPen(0.5);
    expect(drag(pen, 10, 1).length).toBe(drag(pen, 10, 37).length);
  });

  it('drops punctures outside the block', () => {
    const strokes = drag(microneedlingPen(0.5), 12, 30, 2);
    expect(strokes.length).toBeGreaterThan(0);
    expect(strokes.every((s) => Math.abs(s.xMm) <= 2 && Math.abs(s.zMm) <= 2)).toBe(true);
    expect(strokes.length).toBeLessThan(drag(microneedlingPen(0.5), 12, 30).length);
  });
});
