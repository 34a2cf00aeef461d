// The 3D view's slot shows a status line while the view's chunk loads and the view the moment it
// arrives: by a state update, with no timer to wait for (React.lazy under a Suspense fallback
// waited up to 300 ms more). A slot mounted after the chunk arrived shows the view at once, and a
// chunk that fails to load reaches the view's error boundary.
// @vitest-environment happy-dom
import { act, Component, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reactHost, type ReactHost } from './reactHost';

vi.mock('../../src/scene/webglSupport', () => ({ canUseWebGL: () => true, releaseProbeContext: () => {} }));

/** A fresh stand-in for the 3D view's chunk, loaded when the test says so. */
function deferChunk(): { resolve: () => void; reject: (e: Error) => void } {
  let settle = { resolve: () => {}, reject: (_e: Error) => {} };
  const loaded = new Promise<void>((resolve, reject) => { settle = { resolve, reject }; });
  vi.doMock('../../src/scene/SkinScene', async () => {
    await loaded;
    return { SkinScene: ({ label }: { label: string }) => <p data-testid="scene">{label}</p> };
  });
  return { resolve: () => settle.resolve(), reject: (e) => settle.reject(e) };
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(e: Error) { return { error: e.message }; }
  render() { return this.state.error ? <p data-testid="error">{this.state.error}</p> : this.props.children; }
}

let view: ReactHost;
const text = (id: string) => view.host.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
const status = () => view.host.querySelector('[role="status"]')?.textContent ?? null;

async function mountSlot(): Promise<void> {
  const { SceneSlot } = await import('../../src/ui/SceneSlot');
  await act(async () => view.root.render(<Boundary><SceneSlot describedBy="d" /></Boundary>));
}

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  view = reactHost();
});

afterEach(() => {
  view.unmount();
  vi.useRealTimers();
});

describe('SceneSlot', () => {
  it('shows a status line, then the view as soon as its chunk arrives, without waiting on a timer', async () => {
    const chunk = deferChunk();
    await mountSlot();
    expect(status()).toMatch(/3D/);
    expect(text('scene')).toBeNull();
    // Fake timers are never advanced: only the chunk's promise can bring the view in.
    await act(async () => { chunk.resolve(); await vi.dynamicImportSettled(); });
    expect(text('scene')).toBeTruthy();
    expect(status()).toBeNull();
  });

  it('shows the view on first render when the chunk has already arrived', async () => {
    const chunk = deferChunk();
    chunk.resolve();
    const { SceneSlot } = await import('../../src/ui/SceneSlot');
    await vi.dynamicImportSettled();
    // A synchronous act runs no promise callbacks: the view can only come from the first render.
    act(() => view.root.render(<SceneSlot describedBy="d" />));
    expect(text('scene')).toBeTruthy();
    expect(status()).toBeNull();
  });

  it('hands a chunk that failed to load to the error boundary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const chunk = deferChunk();
    await mountSlot();
    await act(async () => { chunk.reject(new Error('chunk failed')); await vi.dynamicImportSettled(); });
    // (The test runner wraps the failed import's error in its own message.)
    expect(text('error')).toBeTruthy();
    expect(text('scene')).toBeNull();
  });
});
