// The layers panel's choices reach the scene: each hidden layer zeroes its own slab's flag in the
// tissue shader (and no other), every appendage mesh belongs to a part, and labels of hidden parts go.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LAYERS } from '../../src/model';
import { LAYER_PARTS, SCENE_PARTS, STRUCTURE_PARTS, type ScenePart } from '../../src/state/parts';
import { LABEL_PART, LAYER_PART_OF, STRUCTURE_MESH_PART, labelShown, layerShownValues } from '../../src/scene/partVisibility';
import { OVERLAY_LABELS } from '../../src/ui/SceneOverlay';

const hiddenArb = fc.subarray([...SCENE_PARTS]);

describe('uLayerShown', () => {
  it('is all ones when nothing is hidden, all zeros when every layer is', () => {
    expect(layerShownValues([])).toEqual([1, 1, 1, 1, 1]);
    expect(layerShownValues(LAYER_PARTS)).toEqual([0, 0, 0, 0, 0]);
  });

  it('hiding the epidermis zeroes slab 1 only (the slab order of the block geometry)', () => {
    expect(layerShownValues(['epidermis'])).toEqual([1, 0, 1, 1, 1]);
    expect(layerShownValues(['hypodermis', 'corneum'])).toEqual([0, 1, 1, 1, 0]);
  });

  it('has one flag per layer, 0 exactly where that layer is hidden; structures never change it', () => {
    fc.assert(fc.property(hiddenArb, (hidden) => {
      const values = layerShownValues(hidden);
      expect(values).toHaveLength(LAYERS.length);
      values.forEach((v, i) => expect(v).toBe(hidden.includes(LAYER_PARTS[i]) ? 0 : 1));
      expect(layerShownValues(hidden.filter((p) => (STRUCTURE_PARTS as readonly string[]).includes(p)))).toEqual([1, 1, 1, 1, 1]);
    }));
  });

  it('maps the model layers to the panel layers in order', () => {
    expect(LAYERS.map((id) => LAYER_PART_OF[id])).toEqual([...LAYER_PARTS]);
  });
});

describe('structure meshes and labels', () => {
  it('puts every appendage mesh in a structure part', () => {
    for (const part of Object.values(STRUCTURE_MESH_PART)) expect(STRUCTURE_PARTS).toContain(part);
    expect(new Set(Object.values(STRUCTURE_MESH_PART))).toEqual(new Set(['follicles', 'glands', 'nerves']));
  });

  it('knows the part of every label the overlay draws', () => {
    for (const l of OVERLAY_LABELS) expect(SCENE_PARTS).toContain(LABEL_PART[l.id]);
  });

  it('shows a label exactly when its part is not hidden', () => {
    fc.assert(fc.property(hiddenArb, fc.constantFrom(...OVERLAY_LABELS.map((l) => l.id)), (hidden, id) => {
      expect(labelShown(id, hidden)).toBe(!hidden.includes(LABEL_PART[id]));
    }));
    expect(labelShown('capillaryLoops', ['vessels' as ScenePart])).toBe(false);
    expect(labelShown('viableEpidermis', ['vessels' as ScenePart])).toBe(true);
  });
});
