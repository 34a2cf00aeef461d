// The drawn devices follow the model: needle counts and lengths from the device, and the needles
// stop at the model's effective depth (rollers tent the skin; pens reach the set depth).
import { describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { Matrix4, Vector3, type InstancedMesh, type Material } from 'three';
import { NeedleDevice, contactHeightMm } from '../../src/scene/NeedleDevice';
import { blockDataFor, type BlockData } from '../../src/state/blockData';
import { dermaroller, effectiveDepthMm, microneedlingPen, ROLLER_PENETRATION_FRACTION, type Device } from '../../src/model';
import { InBlock, findObjects } from './needlesHarness';

function withDevice(scenarioId: string, device: Device): BlockData {
  const base = blockDataFor(scenarioId, null);
  return { ...base, key: `${base.key}#${device.kind}${device.needleLengthMm}`, scenario: { ...base.scenario, treatment: { ...base.scenario.treatment!, device } } };
}

async function needlesOf(data: BlockData) {
  const r = await ReactThreeTestRenderer.create(<InBlock data={data}><NeedleDevice /></InBlock>);
  const [needles] = findObjects(r, (o) => o.name === 'needles') as InstancedMesh[];
  return { r, needles };
}

/** Lowest needle tip, mm (negative = below the skin surface), with the device fully down. */
function lowestTipMm(needles: InstancedMesh, device: Device): number {
  const m = new Matrix4();
  let lowest = Infinity;
  for (let i = 0; i < needles.count; i++) {
    needles.getMatrixAt(i, m);
    if (m.determinant() === 0) continue; // needles outside the drawn window of the drum
    lowest = Math.min(lowest, new Vector3(0, device.needleLengthMm, 0).applyMatrix4(m).y);
  }
  return lowest + contactHeightMm(device);
}

describe('NeedleDevice', () => {
  it('draws the dermaroller\'s 192 needles as one instanced mesh', async () => {
    const { r, needles } = await needlesOf(blockDataFor('microneedling-roller-1.0mm', null));
    expect(needles.count).toBe(192);
    await r.unmount();
  });

  it('draws the pen cartridge\'s 12 needles', async () => {
    const { r, needles } = await needlesOf(blockDataFor('microneedling-face-0.5mm', null));
    expect(needles.count).toBe(12);
    await r.unmount();
  });

  it.each([0.5, 1.5, 2.5])('draws %f mm needles at their true length', async (length) => {
    const { r, needles } = await needlesOf(withDevice('microneedling-face-0.5mm', microneedlingPen(length)));
    needles.geometry.computeBoundingBox();
    const box = needles.geometry.boundingBox!;
    expect(box.max.y - box.min.y).toBeCloseTo(length, 6);
    await r.unmount();
  });

  it.each([0.5, 1.0, 2.0])('roller needles of %f mm enter only the tented depth (~20%%)', async (length) => {
    const device = dermaroller(length);
    const { r, needles } = await needlesOf(withDevice('microneedling-roller-1.0mm', device));
    expect(lowestTipMm(needles, device)).toBeCloseTo(-effectiveDepthMm(device), 6);
    expect(-lowestTipMm(needles, device)).toBeCloseTo(length * ROLLER_PENETRATION_FRACTION, 6);
    await r.unmount();
  });

  it.each([0.5, 1.5])('pen needles of %f mm reach about the set depth', async (length) => {
    const device = microneedlingPen(length);
    const { r, needles } = await needlesOf(withDevice('microneedling-face-0.5mm', device));
    expect(lowestTipMm(needles, device)).toBeCloseTo(-effectiveDepthMm(device), 6);
    expect(effectiveDepthMm(device)).toBeCloseTo(length, 6);
    await r.unmount();
  });

  it('draws nothing for an uncontrolled wound, and disposes the needles on unmount', async () => {
    const none = await needlesOf(blockDataFor('deep-incision', null));
    expect(none.needles).toBeUndefined();
    await none.r.unmount();
    const { r, needles } = await needlesOf(blockDataFor('microneedling-face-0.5mm', null));
    const disposed: string[] = [];
    needles.geometry.addEventListener('dispose', () => disposed.push('geometry'));
    (needles.material as Material).addEventListener('dispose', () => disposed.push('material'));
    await r.unmount();
    expect(disposed).toEqual(expect.arrayContaining(['geometry', 'material']));
  });
});
