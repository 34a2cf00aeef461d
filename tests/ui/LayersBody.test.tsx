// The layers panel's structure boxes mean the same in every layout: pulled apart, the scene
// moves each structure with its layer's slab (lib/explode.glsl), so the boxes work in both.
// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LayersBody } from '../../src/ui/layers/LayersBody';
import { useCorium } from '../../src/state/store';
import { LAYER_PARTS, STRUCTURE_PARTS } from '../../src/state/parts';
import { t } from '../../src/i18n';
import { DEFAULT_SCENARIO_ID } from '../../src/model';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  useCorium.setState({ layout: 'cutaway', hidden: [], scenario: DEFAULT_SCENARIO_ID });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root.render(<LayersBody />));
});
afterEach(() => { act(() => root.unmount()); host.remove(); });

const box = (part: string) => host.querySelector<HTMLInputElement>(`input[name="show-${part}"]`)!;
const structures = () => host.querySelectorAll('fieldset')[1] as HTMLFieldSetElement;

describe('LayersBody structure toggles', () => {
  it('work the same in the cut-away view and with the layers pulled apart, with no note', () => {
    for (const layout of ['cutaway', 'exploded'] as const) {
      act(() => useCorium.setState({ layout, hidden: [] }));
      expect(structures().disabled, layout).toBe(false);
      expect(structures().hasAttribute('aria-describedby'), layout).toBe(false);
      act(() => box(STRUCTURE_PARTS[0]).click());
      expect(useCorium.getState().hidden, layout).toEqual([STRUCTURE_PARTS[0]]);
      act(() => box(LAYER_PARTS[0]).click());
      expect([...useCorium.getState().hidden].sort(), layout).toEqual([STRUCTURE_PARTS[0], LAYER_PARTS[0]].sort());
    }
  });
});

describe('LayersBody condition key', () => {
  it('names a treated condition’s parts (as the 3D labels do) with what each is; nothing for healthy skin', () => {
    expect(host.querySelector('.layers__condition')).toBeNull();
    act(() => useCorium.setState({ scenario: 'acne-scars-rolling-course' }));
    const key = host.querySelector('.layers__condition')!;
    expect(key.getAttribute('aria-labelledby')).toBe(key.querySelector('h3')!.id);
    expect([...key.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['Scar floor', 'Scar tissue', 'Tethering band']);
    expect(key.querySelector('[data-part="tetheringBand"] dd')!.textContent).toBe(t('layers.conditionParts.what.tetheringBand'));
    act(() => useCorium.setState({ scenario: 'fine-lines-course' }));
    expect([...host.querySelectorAll('.layers__condition dt')].map((d) => d.textContent)).toEqual(['Wrinkle furrow', 'Elastotic material']);
  });
});
