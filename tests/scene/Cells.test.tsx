// Cells: ≥ 2,000 instanced cells in ONE mesh, placed in the wound and recruited from the plexus,
// present as the model's curves say (recruitment.ts, mirrored by cells.vert.glsl), and disposed.
import { describe, expect, it, vi } from 'vitest';
import type { ShaderMaterial } from 'three';
import { structureDepth } from '../../src/model';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { insideLesion, lesionOf } from '../../src/state/lesion';
import { renderInBlock } from './blockHarness';
import { Cells } from '../../src/scene/Cells';
import { CELL_COUNTS, CELL_KINDS, layCells } from '../../src/scene/cellLayout';
import { cellState, travelHours } from '../../src/scene/recruitment';
import { faceWounds, insideSite } from '../../src/scene/woundSites';
import { flushRetired } from '../../src/scene/retire';

const renderCells = (scenario: string) => renderInBlock(scenario, <Cells />);

/** Share of a kind's drawn cells present at a wound age, by the rule the shader mirrors. */
function presentShare(data: BlockData, kind: 'neutrophil' | 'macrophage' | 'fibroblast', ageHours: number): number {
  const layout = layCells(data);
  const k = CELL_KINDS.indexOf(kind);
  const now = data.curves.at(ageHours)[`${kind}s`];
  const before = data.curves.at(ageHours - travelHours(ageHours))[`${kind}s`];
  let present = 0;
  for (let i = 0; i < layout.count; i++) if (layout.cell[i * 4] === k && cellState(layout.cell[i * 4 + 1], now, before).present) present++;
  return present / CELL_COUNTS[kind];
}

describe('Cells', () => {
  it('draws at least 2,000 cells as one instanced mesh, not one component per cell', async () => {
    const { renderer, meshes } = await renderCells('deep-incision');
    expect(meshes).toHaveLength(1);
    expect(meshes[0].count).toBeGreaterThanOrEqual(2000);
    expect(renderer.scene.children.length).toBeLessThanOrEqual(2);
    await renderer.unmount();
  });

  it('places every cell inside the cut on the front face, leaving from a plexus', () => {
    const data = blockDataFor('deep-incision', null);
    const layout = layCells(data);
    const shape = lesionOf(data);
    const plexus = [structureDepth(data.tissue, 'subpapillaryPlexus')!, structureDepth(data.tissue, 'deepPlexus')!];
    for (let i = 0; i < layout.count; i++) {
      const [x, y, z] = layout.home.subarray(i * 3, i * 3 + 3);
      expect(Math.abs(x)).toBeLessThanOrEqual(data.blockMm / 2);
      expect(z).toBeCloseTo(data.blockMm / 2, 5);
      expect(y).toBeLessThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(-data.drawnDepthMm);
      expect(insideLesion(shape, x, y, z)).toBe(true);
      const kind = CELL_KINDS[layout.cell[i * 4]];
      if (kind === 'redCell' || kind === 'platelet') continue;
      const originDepth = -layout.origin[i * 3 + 1];
      expect(Math.min(...plexus.map((p) => Math.abs(p - originDepth)))).toBeLessThan(0.01);
    }
  });

  it('places microneedling cells in the channels the front face cuts through', () => {
    const data = blockDataFor('microneedling-acne-scars-1.5mm', null);
    const layout = layCells(data);
    const w = faceWounds(data);
    for (let i = 0; i < layout.count; i++) {
      const x = layout.home[i * 3];
      const depth = -layout.home[i * 3 + 1];
      expect(w.sites.some((s) => insideSite(w, s, x, depth))).toBe(true);
    }
  });

  it("has most neutrophils present at the cut's neutrophil peak (~36 h) and few by day 30", () => {
    const data = blockDataFor('deep-incision', null);
    expect(presentShare(data, 'neutrophil', 36)).toBeGreaterThan(0.8);
    expect(presentShare(data, 'neutrophil', 24 * 30)).toBeLessThan(0.05);
  });

  it('recruits neutrophils, then macrophages, then fibroblasts', () => {
    const data = blockDataFor('deep-incision', null);
    const peakHour = (kind: 'neutrophil' | 'macrophage' | 'fibroblast'): number => {
      let best = 0; let at = 0;
      for (let h = 1; h < 24 * 60; h *= 1.05) { const s = presentShare(data, kind, h); if (s > best) { best = s; at = h; } }
      return at;
    };
    expect(peakHour('neutrophil')).toBeLessThan(peakHour('macrophage'));
    expect(peakHour('macrophage')).toBeLessThan(peakHour('fibroblast'));
  });

  it('shows fewer cells in a micro-channel than in a cut at the same age', () => {
    const cut = blockDataFor('deep-incision', null);
    const channel = blockDataFor('microneedling-acne-scars-1.5mm', null);
    expect(presentShare(channel, 'neutrophil', 24)).toBeLessThan(presentShare(cut, 'neutrophil', 24) / 2);
  });

  it('moves a newly recruited cell part of the way from its vessel, an earlier one all the way', () => {
    expect(cellState(0.5, 0.6, 0.4).recruitment).toBeCloseTo(0.5, 5);
    expect(cellState(0.3, 0.6, 0.4).recruitment).toBe(1);
    expect(cellState(0.7, 0.6, 0.4).present).toBe(false);
  });

  it('disposes its geometry and material on unmount', async () => {
    const { renderer, meshes } = await renderCells('microneedling-acne-scars-1.5mm');
    const geometry = vi.spyOn(meshes[0].geometry, 'dispose');
    const material = vi.spyOn(meshes[0].material as ShaderMaterial, 'dispose');
    await renderer.unmount();
    flushRetired(); // what a structure replaces is disposed once the next frames are drawn (retire.ts)
    expect(geometry).toHaveBeenCalled();
    expect(material).toHaveBeenCalled();
  });
});
