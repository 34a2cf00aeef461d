// Only vessels wholly inside the opaque tissue are left out of the outside view: none of them comes
// near a face of the block, the wound or a condition's dent, and every loop on a cut face is kept.
import { describe, expect, it } from 'vitest';
import { blockDataFor } from '../../src/state/blockData';
import { insideLesion, lesionOf } from '../../src/state/lesion';
import { conditionPicture, insideFootprint } from '../../src/state/condition';
import { vesselNetwork } from '../../src/scene/vesselNetwork';
import { facesSeenFrom, groupByReach, REACH, vesselReach } from '../../src/scene/vesselReach';
import type { Point3, TubePath } from '../../src/scene/tubes';

const radiusAt = (p: TubePath, i: number) => (typeof p.radiusMm === 'number' ? p.radiusMm : p.radiusMm[i]);

describe.each(['microneedling-roller-1.0mm', 'deep-incision', 'burn-deep-partial', 'keloid-prone-incision', 'cystic-acne-lesion',
  'acne-scars-boxcar-course', 'acne-scars-icepick-course', 'fine-lines-course', 'enlarged-pores-course'])('vessels of %s', (id) => {
  const data = blockDataFor(id, null);
  const net = vesselNetwork(data);
  const all = [...net.loops, ...net.plexus, ...net.sprouts];
  const groups = groupByReach(all, vesselReach(data));
  const inner = groups.get(0) ?? [];
  const outer = [...groups].filter(([reach]) => reach !== 0).flatMap(([, paths]) => paths);
  const reach = vesselReach(data);
  const half = data.blockMm / 2;

  it('keeps every vessel in one of the two meshes', () => {
    expect(outer.length + inner.length).toBe(all.length);
  });

  // Violations are collected and compared once: an expect per point of ~100,000 took seconds.
  it('leaves out only vessels that stay clear of every face (by more than their radius)', () => {
    const touching = inner.filter((p) => p.points.some((q, i) => {
      const r = radiusAt(p, i);
      return Math.max(Math.abs(q[0]), Math.abs(q[2])) >= half - r || -q[1] <= r || -q[1] >= data.drawnDepthMm - r;
    }));
    expect(touching).toEqual([]);
  });

  it('keeps every vessel that reaches into the wound or under a dent', () => {
    const lesion = lesionOf(data);
    const picture = conditionPicture(data);
    const reaching = inner.filter((p) => p.points.some((q) => insideLesion(lesion, q[0], q[1], q[2])
      || (picture !== null && insideFootprint(picture, q[0], q[2]) && -q[1] < picture.condition.depthMm + 0.1)));
    expect(reaching).toEqual([]);
  });

  it('keeps the capillary loops laid on the cut faces', () => {
    const onFace = net.loops.filter((l) => l.points.every((q) => q[2] > half - 0.05) || l.points.every((q) => q[0] > half - 0.05));
    expect(onFace.length).toBeGreaterThan(40);
    for (const l of onFace) expect(outer).toContain(l);
  });

  it('marks each vessel with every face it comes near, and the wound and dent as seen from anywhere', () => {
    const lesion = lesionOf(data);
    const picture = conditionPicture(data);
    const wrong = outer.filter((p) => {
      const r = reach(p);
      const near = (test: (q: Point3, margin: number) => boolean) => p.points.some((q, i) => test(q, radiusAt(p, i) + 0.05));
      const inWoundOrDent = p.points.some((q) => insideLesion(lesion, q[0], q[1], q[2]) || (picture !== null && insideFootprint(picture, q[0], q[2]) && -q[1] < picture.condition.depthMm));
      return Boolean(r & REACH.front) !== near((q, m) => q[2] > half - m)
        || Boolean(r & REACH.left) !== near((q, m) => q[0] < -half + m)
        || Boolean(r & REACH.bottom) !== near((q, m) => -q[1] > data.drawnDepthMm - m)
        || (inWoundOrDent && !(r & REACH.always));
    });
    expect(wrong).toEqual([]);
  });
});

describe('faces seen from a camera', () => {
  const data = blockDataFor('microneedling-roller-1.0mm', null);
  it('are those whose outer side the camera is on, plus what is seen from anywhere', () => {
    expect(facesSeenFrom([7.5, 4.2, 9], data)).toBe(REACH.always | REACH.front | REACH.right);
    expect(facesSeenFrom([-9, 1, -9], data)).toBe(REACH.always | REACH.back | REACH.left);
    expect(facesSeenFrom([0, -10, 0], data)).toBe(REACH.always | REACH.bottom);
    expect(facesSeenFrom([0, 0.5, 0], data)).toBe(REACH.always);
  });
});

it('leaves most vessels of a treated block out of the outside view (a wide wound keeps more)', () => {
  for (const [id, share] of [['microneedling-roller-1.0mm', 0.8], ['acne-scars-boxcar-course', 0.6], ['deep-incision', 0.2]] as const) {
    const data = blockDataFor(id, null);
    const net = vesselNetwork(data);
    const all = [...net.loops, ...net.plexus, ...net.sprouts];
    expect((groupByReach(all, vesselReach(data)).get(0)?.length ?? 0) / all.length).toBeGreaterThan(share);
  }
});
