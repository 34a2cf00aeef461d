// The WebGL check makes the 3D view's own context: with the view's attributes, kept for the view's
// first renderer and handed over once, or given back if the view fails first. WebGL 1 alone is
// not enough (three needs WebGL 2): the page shows its fallback then.
// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Asked = { kind: string; attributes: unknown };
let asked: Asked[] = [];
let lost = 0;

/** Canvases answer with a stand-in context for the kinds listed. */
function offer(kinds: string[]): void {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement, kind: string, attributes?: unknown) {
    asked.push({ kind, attributes });
    if (!kinds.includes(kind)) return null;
    return { kind, getExtension: () => ({ loseContext: () => { lost++; } }) } as unknown as RenderingContext;
  } as never);
}

beforeEach(() => {
  vi.resetModules();
  vi.restoreAllMocks();
  asked = [];
  lost = 0;
});

describe('the WebGL check', () => {
  it('makes a WebGL 2 context with the view’s attributes and hands it over once, not lost', async () => {
    offer(['webgl2', 'webgl']);
    const { canUseWebGL, takeProbeContext, VIEW_CONTEXT } = await import('../../src/scene/webglSupport');
    expect(canUseWebGL()).toBe(true);
    expect(canUseWebGL()).toBe(true);
    expect(asked).toEqual([{ kind: 'webgl2', attributes: VIEW_CONTEXT }]);
    const probe = takeProbeContext();
    expect(probe?.canvas).toBeInstanceOf(HTMLCanvasElement);
    expect((probe?.context as unknown as { kind: string }).kind).toBe('webgl2');
    expect(takeProbeContext()).toBeNull();
    expect(lost).toBe(0);
  });

  it('asks for antialiasing and no readable drawing buffer outside ?test, as users get', async () => {
    const { VIEW_CONTEXT } = await import('../../src/scene/webglSupport');
    expect(VIEW_CONTEXT).toMatchObject({ antialias: true, preserveDrawingBuffer: false, alpha: true, powerPreference: 'high-performance' });
  });

  it('says no with WebGL 1 alone, and makes no context of it', async () => {
    offer(['webgl']);
    const { canUseWebGL, takeProbeContext } = await import('../../src/scene/webglSupport');
    expect(canUseWebGL()).toBe(false);
    expect(asked.map((a) => a.kind)).toEqual(['webgl2']);
    expect(takeProbeContext()).toBeNull();
  });

  it('gives the context back if the view fails before taking it, and only once', async () => {
    offer(['webgl2']);
    const { canUseWebGL, releaseProbeContext, takeProbeContext } = await import('../../src/scene/webglSupport');
    expect(canUseWebGL()).toBe(true);
    releaseProbeContext();
    releaseProbeContext();
    expect(lost).toBe(1);
    expect(takeProbeContext()).toBeNull();
  });

  it('says no when neither can be made', async () => {
    offer([]);
    const { canUseWebGL, takeProbeContext } = await import('../../src/scene/webglSupport');
    expect(canUseWebGL()).toBe(false);
    expect(takeProbeContext()).toBeNull();
  });
});
