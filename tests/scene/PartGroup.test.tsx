// A structure hidden in the layers panel stays mounted (same mesh, same geometry) and only turns
// invisible; ticking it again shows it; other parts are unaffected.
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it } from 'vitest';
import type { Mesh } from 'three';
import { PartGroup } from '../../src/scene/PartGroup';
import { useCorium } from '../../src/state/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => useCorium.setState({ hidden: [] }));

describe('PartGroup', () => {
  it('follows its part in store.hidden by the visible flag, keeping the mesh inside', async () => {
    const r = await ReactThreeTestRenderer.create(
      <>
        <PartGroup part="vessels"><mesh name="vessel"><boxGeometry /></mesh></PartGroup>
        <PartGroup part="cells"><mesh name="cell"><boxGeometry /></mesh></PartGroup>
      </>,
    );
    const group = (part: string) => r.scene.findAll((n) => n.instance.name === `part-${part}`)[0].instance;
    const vessel = r.scene.findAll((n) => n.instance.name === 'vessel')[0].instance as Mesh;
    const geometry = vessel.geometry;
    expect(group('vessels').visible).toBe(true);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('vessels', true));
    expect(group('vessels').visible).toBe(false);
    expect(group('cells').visible).toBe(true);
    const after = r.scene.findAll((n) => n.instance.name === 'vessel')[0].instance as Mesh;
    expect(after).toBe(vessel);
    expect(after.geometry).toBe(geometry);
    await ReactThreeTestRenderer.act(async () => useCorium.getState().setHidden('vessels', false));
    expect(group('vessels').visible).toBe(true);
    await r.unmount();
  });
});
