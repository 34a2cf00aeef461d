// The main block says, right after the frame that first draws it, that the view has its first
// picture (the page's panels wait for that: DeferredPanels); the comparison block does not. Each
// frame it brings the block's clock-driven uniforms up to the store's time.
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useThree } from '@react-three/fiber';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TissueBlock } from '../../src/scene/TissueBlock';
import { useGraphicsStatus, viewPictured } from '../../src/scene/graphicsStatus';
import type { Mesh, ShaderMaterial } from 'three';
import { blockDataFor } from '../../src/state/blockData';
import { INJURY_FLOATS, injuryAgeHours, injurySignals } from '../../src/state/injury';
import { useCorium } from '../../src/state/store';
import { days } from '../../src/model';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.useRealTimers();
  useGraphicsStatus.setState({ pictured: false, settled: false });
  useCorium.getState().setTime(0);
});

// The test renderer's WebGL stub never reports a program ready, and three's compileAsync would poll
// it every 10 ms for ever, into later files: the full program is left compiling (the block stays flat).
function NeverCompiled() {
  const gl = useThree((s) => s.gl);
  gl.compile = () => new Set();
  gl.compileAsync = () => new Promise(() => {});
  return null;
}

const nextTask = () => ReactThreeTestRenderer.act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
const pictured = () => useGraphicsStatus.getState().pictured;

describe('TissueBlock', () => {
  it('marks the view pictured in the task after the frame that first draws the main block', async () => {
    const data = blockDataFor('microneedling-face-0.5mm', null);
    const r = await ReactThreeTestRenderer.create(<><NeverCompiled /><TissueBlock data={data} role="primary" offsetXMm={0} /></>);
    const reached = viewPictured(60_000);
    await nextTask();
    expect(pictured()).toBe(false);
    // The task after the frame is a timer, faked so that act() cannot run it early (Staged.test).
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    expect(pictured()).toBe(false);
    vi.runOnlyPendingTimers();
    vi.useRealTimers();
    expect(pictured()).toBe(true);
    await expect(reached).resolves.toBeUndefined();
    await r.unmount();
  });

  it("brings the injury's signals up to the clock each frame, for the tissue's redness and collagen", async () => {
    const data = blockDataFor('microneedling-course-4x', null);
    const r = await ReactThreeTestRenderer.create(<><NeverCompiled /><TissueBlock data={data} role="primary" offsetXMm={0} /></>);
    const block = r.scene.findAll((n) => n.props.name === 'skin-block')[0].instance as Mesh;
    const injury = () => [...(block.material as ShaderMaterial).uniforms.uInjury.value as Float32Array];
    for (const hours of [30, days(28) + 12, days(200)]) {
      useCorium.getState().setTime(hours);
      await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
      expect(injury(), `${hours} h`).toEqual([...injurySignals(data, hours, new Float32Array(INJURY_FLOATS))]);
      expect((block.material as ShaderMaterial).uniforms.uInjuryAgeHours.value, `${hours} h`).toBe(injuryAgeHours(data, hours));
    }
    expect(injurySignals(data, 30, new Float32Array(INJURY_FLOATS))).not.toEqual(injurySignals(data, days(200), new Float32Array(INJURY_FLOATS)));
    await r.unmount();
  });

  it('leaves it to the main block: the comparison block drawing says nothing', async () => {
    const data = blockDataFor('deep-incision', null);
    const r = await ReactThreeTestRenderer.create(<><NeverCompiled /><TissueBlock data={data} role="compare" offsetXMm={6} /></>);
    for (let i = 0; i < 3; i++) await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    await nextTask();
    expect(pictured()).toBe(false);
    await r.unmount();
  });
});
