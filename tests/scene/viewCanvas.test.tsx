// The 3D view's canvas: SkinScene hands R3F's <Canvas> the view's own renderer factory and measure
// (the rest of Canvas is R3F's), and the factory draws on the WebGL check's context, put where R3F's
// canvas stood, once; a second view, a lost probe context, or a canvas not in the page gets a
// context of its own, and a renderer that cannot be made gives the probe's context back.
// three's WebGLRenderer is a stand-in that records what it was given.
// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reactHost } from '../ui/reactHost';

const made: Record<string, unknown>[] = [];
let failNext = false;
vi.mock('three', async (importOriginal) => ({
  ...(await importOriginal<typeof import('three')>()),
  WebGLRenderer: class {
    constructor(parameters: Record<string, unknown>) {
      made.push(parameters);
      if (failNext) { failNext = false; throw new Error('no renderer'); }
    }
  },
}));
let canvasProps: Record<string, unknown> | null = null;
vi.mock('@react-three/fiber', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@react-three/fiber')>()),
  Canvas: (props: Record<string, unknown>) => { canvasProps = props; return null; },
}));

let lost = 0;
let contextLost = false;
const context = { isContextLost: () => contextLost, getExtension: () => ({ loseContext: () => { lost++; } }) };

/** A canvas in the page, as R3F renders its own. */
function r3fCanvas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  return canvas;
}

beforeEach(() => {
  vi.resetModules();
  made.length = 0;
  lost = 0;
  contextLost = false;
  failNext = false;
  document.body.replaceChildren();
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((kind: string) => (kind === 'webgl2' ? context : null)) as never);
});

async function load() {
  const support = await import('../../src/scene/webglSupport');
  const { viewRenderer } = await import('../../src/scene/viewRenderer');
  expect(support.canUseWebGL()).toBe(true);
  return { ...support, viewRenderer };
}

describe('the view renderer', () => {
  it('draws on the probe’s context, its canvas where R3F’s stood; the next view makes its own', async () => {
    const { viewRenderer, VIEW_CONTEXT } = await load();
    const own = r3fCanvas();
    viewRenderer({ canvas: own });
    expect(made[0]).toMatchObject({ ...VIEW_CONTEXT, context });
    const adopted = made[0].canvas as HTMLCanvasElement;
    expect(adopted).not.toBe(own);
    expect(document.body.firstElementChild).toBe(adopted);
    expect(own.isConnected).toBe(false);
    expect(adopted.style.display).toBe('block');

    const next = r3fCanvas();
    viewRenderer({ canvas: next });
    expect(made[1]).toMatchObject({ ...VIEW_CONTEXT, canvas: next });
    expect(made[1].context).toBeUndefined();
    expect(next.isConnected).toBe(true);
  });

  it('makes its own context when the probe’s was lost meanwhile', async () => {
    const { viewRenderer } = await load();
    contextLost = true;
    const own = r3fCanvas();
    viewRenderer({ canvas: own });
    expect(made[0]).toMatchObject({ canvas: own });
    expect(made[0].context).toBeUndefined();
    expect(own.isConnected).toBe(true);
  });

  it('leaves the probe for a canvas in the page', async () => {
    const { viewRenderer } = await load();
    const detached = document.createElement('canvas');
    viewRenderer({ canvas: detached });
    expect(made[0]).toMatchObject({ canvas: detached });
    viewRenderer({ canvas: r3fCanvas() });
    expect(made[1]).toMatchObject({ context });
  });

  it('gives the probe’s context back when the renderer cannot be made, and leaves R3F’s canvas', async () => {
    const { viewRenderer, takeProbeContext } = await load();
    const own = r3fCanvas();
    failNext = true;
    expect(() => viewRenderer({ canvas: own })).toThrow('no renderer');
    expect(lost).toBe(1);
    expect(own.isConnected).toBe(true);
    expect(takeProbeContext()).toBeNull();
  });

  it('is what SkinScene gives R3F’s Canvas, with the view’s measure', async () => {
    const { viewRenderer } = await load();
    const { VIEW_MEASURE } = await import('../../src/scene/viewMeasure');
    const { SkinScene } = await import('../../src/scene/SkinScene');
    const view = reactHost();
    await act(async () => view.root.render(<SkinScene label="Skin" describedBy="d" />));
    expect(canvasProps).toMatchObject({ gl: viewRenderer, resize: VIEW_MEASURE, frameloop: 'demand' });
    view.unmount();
  });
});
