// Pins the undisturbed skin the devices and wounds act on: layer stack, structure depths and
// the source behind every number (REFERENCE.md §1–2). Not calibration of healing.
import { describe, expect, it } from 'vitest';
import {
  BODY_SITES, LAYERS, SOURCES, layer, layerAt, structureDepth, tissueFor, type BodySite, type StructureId,
} from '../../src/model';

const SOURCE_IDS = new Set<string>(SOURCES.map((s) => s.id));
const THIN_SKIN_SITES: readonly BodySite[] = ['face', 'forehead', 'forearm', 'back'];
/** Layer bounds are sums of µm values: allow for floating-point rounding only. */
const EPS = 1e-9;

function depthOf(site: BodySite, id: StructureId): number {
  const d = structureDepth(tissueFor(site), id);
  if (d === null) throw new Error(`${site} has no ${id}`);
  return d;
}

describe.each(BODY_SITES)('layer stack at %s', (site) => {
  const tissue = tissueFor(site);

  it('has the five layers from stratum corneum to hypodermis, in order', () => {
    expect(tissue.layers.map((l) => l.id)).toEqual([...LAYERS]);
  });

  it('starts at the surface and has no gaps or overlaps between layers', () => {
    expect(tissue.layers[0].topMm).toBe(0);
    for (let i = 1; i < tissue.layers.length; i++) {
      expect(tissue.layers[i].topMm).toBeCloseTo(tissue.layers[i - 1].bottomMm, 12);
    }
    expect(tissue.totalDepthMm).toBeCloseTo(tissue.layers.at(-1)!.bottomMm, 12);
  });

  it('gives every layer a positive thickness', () => {
    for (const l of tissue.layers) expect(l.bottomMm - l.topMm, l.id).toBeGreaterThan(0);
  });

  it('has a papillary dermis between 0.1 and 0.4 mm thick (papillary-fifth)', () => {
    const p = layer(tissue, 'papillaryDermis');
    expect(p.bottomMm - p.topMm).toBeGreaterThanOrEqual(0.1 - EPS);
    expect(p.bottomMm - p.topMm).toBeLessThanOrEqual(0.4 + EPS);
  });

  it('measures skin thickness as epidermis plus dermis, i.e. down to the top of the hypodermis', () => {
    expect(tissue.skinThicknessMm).toBeCloseTo(layer(tissue, 'hypodermis').topMm, 12);
  });
});

describe.each(BODY_SITES)('structure depths at %s', (site) => {
  const tissue = tissueFor(site);

  it('orders nerve endings < capillary loop tips < subpapillary plexus < deep plexus', () => {
    const order = ['nerveEndings', 'capillaryLoops', 'subpapillaryPlexus', 'deepPlexus'] as const;
    const depths = order.map((id) => depthOf(site, id));
    for (let i = 1; i < depths.length; i++) expect(depths[i], order[i]).toBeGreaterThan(depths[i - 1]);
  });

  it('puts nerve endings in the living epidermis, below the stratum corneum (hilliges1995)', () => {
    const d = depthOf(site, 'nerveEndings');
    expect(layerAt(tissue, d)).toBe('viableEpidermis');
  });

  it('puts the subpapillary plexus at the papillary/reticular border and the deep plexus at the dermis/fat border (braverman1997)', () => {
    expect(depthOf(site, 'subpapillaryPlexus')).toBeCloseTo(layer(tissue, 'reticularDermis').topMm, 9);
    expect(depthOf(site, 'deepPlexus')).toBeCloseTo(layer(tissue, 'hypodermis').topMm, 9);
  });

  it('lists structures sorted from shallow to deep, all within the block', () => {
    const depths = tissue.structures.map((s) => s.depthMm);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    for (const d of depths) {
      expect(d).toBeGreaterThan(0);
      expect(d).toBeLessThanOrEqual(tissue.totalDepthMm);
    }
  });

  it('cites an existing source for every measurement and every structure', () => {
    const cited = [...Object.values(tissue.sources), ...tissue.structures.map((s) => s.source)];
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(SOURCE_IDS.has(id), `unknown source "${id}"`).toBe(true);
  });
});

describe('capillary loop tips in thin skin (REFERENCE §2: ~0.1–0.2 mm)', () => {
  it.each(THIN_SKIN_SITES)('lie 0.1–0.2 mm below the surface at %s', (site) => {
    const d = depthOf(site, 'capillaryLoops');
    expect(d).toBeGreaterThanOrEqual(0.1);
    expect(d).toBeLessThanOrEqual(0.2);
  });

  it.each(THIN_SKIN_SITES)('sit in the papillary dermis at %s', (site) => {
    expect(layerAt(tissueFor(site), depthOf(site, 'capillaryLoops'))).toBe('papillaryDermis');
  });
});

describe('appendages', () => {
  it('palm (thick, glabrous skin) has no hair follicles and no sebaceous glands', () => {
    const palm = tissueFor('palm');
    expect(structureDepth(palm, 'follicleBulbs')).toBeNull();
    expect(structureDepth(palm, 'sebaceousGlands')).toBeNull();
  });

  it.each(THIN_SKIN_SITES)('hair-bearing %s has follicles and sebaceous glands, glands shallower than bulbs', (site) => {
    expect(depthOf(site, 'sebaceousGlands')).toBeLessThan(depthOf(site, 'follicleBulbs'));
  });

  it.each(THIN_SKIN_SITES)('sebaceous glands at %s lie ~0.3–1 mm deep (sebaceous)', (site) => {
    const d = depthOf(site, 'sebaceousGlands');
    expect(d).toBeGreaterThanOrEqual(0.3);
    expect(d).toBeLessThanOrEqual(1);
  });

  it('palm has a much thicker stratum corneum than thin-skin sites (palm-thick-skin)', () => {
    const sc = (site: BodySite) => layer(tissueFor(site), 'stratumCorneum').bottomMm;
    for (const site of THIN_SKIN_SITES) expect(sc('palm')).toBeGreaterThan(10 * sc(site));
  });
});

describe('layerAt', () => {
  const tissue = tissueFor('face');

  it('returns the stratum corneum at the surface (depth 0)', () => {
    expect(layerAt(tissue, 0)).toBe('stratumCorneum');
  });

  it('assigns a boundary depth to the deeper layer (top inclusive, bottom exclusive)', () => {
    for (let i = 1; i < tissue.layers.length; i++) {
      expect(layerAt(tissue, tissue.layers[i].topMm)).toBe(tissue.layers[i].id);
    }
  });

  it('returns the layer itself just above its bottom boundary', () => {
    for (const l of tissue.layers) expect(layerAt(tissue, l.bottomMm - 1e-6)).toBe(l.id);
  });

  it('returns the layer containing a mid-layer depth at every site', () => {
    for (const site of BODY_SITES) {
      const t = tissueFor(site);
      for (const l of t.layers) expect(layerAt(t, (l.topMm + l.bottomMm) / 2)).toBe(l.id);
    }
  });

  it('returns the hypodermis for anything below the block', () => {
    expect(layerAt(tissue, tissue.totalDepthMm)).toBe('hypodermis');
    expect(layerAt(tissue, tissue.totalDepthMm + 50)).toBe('hypodermis');
  });
});
