// Only vessels wholly inside the opaque tissue are left out of the outside view: none of them comes
// near a face of the block, the wound or a condition's dent, and every loop on a cut face is kept.
import { describe, expect, it } from 'vitest';
import { blockDataFor } from '../../src/state/blockData';
import { insideLesion, lesionOf } from '../../src/state/lesion';
import { conditionPicture, insideFootprint } from '../../src/state/condition';
import { vesselNetwork } from '../../src/scene/vesselNetwork';
import { splitByReach, vesselReach } from '../../src/scene/vesselReach';
import type { TubePath } from '../../src/scene/tubes';

const radiusAt = (p: TubePath, i: number) => (typeof p.radiusMm === 'number' ? p.radiusMm : p.radiusMm[i]);

describe.each(['microneedling-roller-1.0mm', 'deep-incision', 'burn-deep-partial', 'keloid-prone-incision', 'cystic-acne-lesion',
  'acne-scars-boxcar-course', 'acne-scars-icepick-course', 'fine-lines-course', 'enlarged-pores-course'])('vessels of %s', (id) => {
  const data = blockDataFor(id, null);
  const net = vesselNetwork(data);
  const all = [...net.loops, ...net.plexus, ...net.sprouts];
  const { outer, inner } = splitByReach(all, vesselReach(data));
  const half = data.blockMm / 2;

  it('keeps every vessel in one of the two meshes', () => {
    expect(outer.length + inner.length).toBe(all.length);
  });

  it('leaves out only vessels that stay clear of every face (by more than their radius)', () => {
    for (const p of inner) {
      p.points.forEach((q, i) => {
        const r = radiusAt(p, i);
        expect(Math.max(Math.abs(q[0]), Math.abs(q[2]))).toBeLessThan(half - r);
        expect(-q[1]).toBeGreaterThan(r);
        expect(-q[1]).toBeLessThan(data.drawnDepthMm - r);
      });
    }
  });

  it('keeps every vessel that reaches into the wound or under a dent', () => {
    const lesion = lesionOf(data);
    const picture = conditionPicture(data);
    for (const p of inner) {
      for (const q of p.points) {
        expect(insideLesion(lesion, q[0], q[1], q[2])).toBe(false);
        if (picture) expect(insideFootprint(picture, q[0], q[2]) && -q[1] < picture.condition.depthMm + 0.1).toBe(false);
      }
    }
  });

  it('keeps the capillary loops laid on the cut faces', () => {
    const onFace = net.loops.filter((l) => l.points.every((q) => q[2] > half - 0.05) || l.points.every((q) => q[0] > half - 0.05));
    expect(onFace.length).toBeGreaterThan(40);
    for (const l of onFace) expect(outer).toContain(l);
  });
});

it('leaves most vessels of a treated block out of the outside view (a wide wound keeps more)', () => {
  for (const [id, share] of [['microneedling-roller-1.0mm', 0.8], ['acne-scars-boxcar-course', 0.6], ['deep-incision', 0.2]] as const) {
    const data = blockDataFor(id, null);
    const net = vesselNetwork(data);
    const all = [...net.loops, ...net.plexus, ...net.sprouts];
    expect(splitByReach(all, vesselReach(data)).inner.length / all.length).toBeGreaterThan(share);
  }
});
