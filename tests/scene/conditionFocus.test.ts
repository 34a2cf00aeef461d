// Zoomed in on a block with a treated condition, the camera looks at the condition: its surface
// part (scar floor, furrow, stretch mark, pore) at one needle hole's zoom and its altered tissue at
// the cells' zoom, each inside the picture a 16:9 view of that zoom shows; the whole block's zoom
// and healthy skin keep their own framing.
import { describe, expect, it } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { INDICATION_IDS, SCENARIOS, type IndicationId } from '../../src/model';
import { blockDataFor } from '../../src/state/blockData';
import { conditionPicture, conditionStateAt } from '../../src/state/condition';
import { conditionAnchors } from '../../src/scene/conditionLabels';
import { conditionFocus } from '../../src/scene/conditionFocus';
import { zoomFrame } from '../../src/scene/CameraRig';

const dataOf = (id: IndicationId) => blockDataFor(SCENARIOS.find((s) => s.indication === id)!.id, null);

/** Is the point on screen for a camera at this zoom looking at the focus (16:9, the app's 35° field)? */
function onScreen(level: 'channel' | 'cells', data: ReturnType<typeof dataOf>, focus: { xMm: number; yMm: number }, p: { xMm: number; yMm: number }): boolean {
  const f = zoomFrame(level, data.blockMm, data.drawnDepthMm, 1);
  const target = new Vector3(focus.xMm, focus.yMm, f.target[2]);
  const camera = new PerspectiveCamera(35, 16 / 9, f.near, 200);
  camera.position.copy(target).addScaledVector(new Vector3(...f.direction), f.distanceMm);
  camera.lookAt(target);
  camera.updateMatrixWorld();
  const v = new Vector3(p.xMm, p.yMm, f.target[2]).project(camera);
  return Math.abs(v.x) < 0.9 && Math.abs(v.y) < 0.9 && v.z < 1;
}

describe('zoomed views look at the condition', () => {
  it.each(INDICATION_IDS)('%s: its surface part at one needle hole’s zoom, its altered tissue at the cells’ zoom', (id) => {
    const data = dataOf(id);
    const picture = conditionPicture(data)!;
    const anchors = conditionAnchors(data, picture, conditionStateAt(picture, 0));
    const channel = conditionFocus(data, 'channel')!;
    const cells = conditionFocus(data, 'cells')!;
    const surfacePart = anchors.find((a) => ['scarFloor', 'wrinkleFurrow', 'stretchMark', 'enlargedPore'].includes(a.id))!;
    const tissuePart = anchors.find((a) => ['scarTissue', 'elastoticMaterial', 'striaeCollagen', 'dilatedVessels', 'enlargedPore'].includes(a.id))!;
    expect(onScreen('channel', data, channel, surfacePart), `${id}: ${surfacePart.id} in the channel view`).toBe(true);
    expect(onScreen('cells', data, cells, tissuePart), `${id}: ${tissuePart.id} in the cells view`).toBe(true);
    // Inside the block's front face.
    for (const f of [channel, cells]) {
      expect(Math.abs(f.xMm)).toBeLessThanOrEqual(data.blockMm / 2);
      expect(f.yMm).toBeLessThan(0);
    }
  });

  it('the default scenario and the whole block keep their framing', () => {
    const healthy = blockDataFor('microneedling-course-4x', null);
    expect(conditionFocus(healthy, 'channel')).toBeNull();
    expect(conditionFocus(healthy, 'cells')).toBeNull();
    expect(conditionFocus(dataOf('boxcar'), 'tissue')).toBeNull();
    expect(conditionFocus(dataOf('boxcar'), 'surface')).toBeNull();
  });

  it('without the focus, the pore (1 mm aside) would be outside one needle hole’s view', () => {
    const data = dataOf('pores');
    const f = zoomFrame('channel', data.blockMm, data.drawnDepthMm, 0.5);
    const pore = conditionFocus(data, 'channel')!;
    expect(onScreen('channel', data, { xMm: f.target[0], yMm: f.target[1] }, { xMm: pore.xMm, yMm: pore.yMm })).toBe(false);
  });
});
