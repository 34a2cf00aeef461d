// The panels wait for the 3D view's first picture (so rendering them does not hold it back), say
// they are loading and hold their height meanwhile, and come at once when there is no view to wait
// for, when the view was pictured before they mounted, when no picture is coming (the view crashed
// into its error boundary, or lost its context first), or after at most 5 s (a stalled GPU).
// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reactHost, type ReactHost } from './reactHost';

let webgl = true;
vi.mock('../../src/scene/webglSupport', () => ({ canUseWebGL: () => webgl, releaseProbeContext: () => {} }));

let view: ReactHost;
const panels = () => view.host.querySelector('[data-testid="panels"]');
const pending = () => view.host.querySelector('.app__panels-pending');

async function mount(view3d: ReactNode = null): Promise<typeof import('../../src/scene/graphicsStatus')> {
  const status = await import('../../src/scene/graphicsStatus');
  const { DeferredPanels } = await import('../../src/ui/DeferredPanels');
  await act(async () => view.root.render(<>{view3d}<DeferredPanels><p data-testid="panels">panels</p></DeferredPanels></>));
  return status;
}

let broken = true;
function Crash(): null {
  if (broken) throw new Error('the 3D view broke');
  return null;
}

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  webgl = true;
  broken = true;
  view = reactHost();
});

afterEach(() => {
  view.unmount();
  vi.useRealTimers();
});

describe('DeferredPanels', () => {
  it('holds the panels (keeping their place) until the view has its first picture, then shows them', async () => {
    const status = await mount();
    expect(panels()).toBeNull();
    expect(pending()?.getAttribute('aria-busy')).toBe('true');
    expect(pending()?.textContent).toMatch(/Loading/);
    // Settling the view's structures is not what they wait for; the first picture is.
    await act(async () => { await vi.advanceTimersByTimeAsync(1_000); });
    expect(panels()).toBeNull();
    await act(async () => { status.useGraphicsStatus.getState().setPictured(); });
    expect(panels()).not.toBeNull();
    expect(pending()).toBeNull();
  });

  it('shows them at once without WebGL, or when the view was pictured before they mounted', async () => {
    webgl = false;
    await mount();
    expect(panels()).not.toBeNull();
    view.unmount();
    vi.resetModules();
    webgl = true;
    view = reactHost();
    const status = await import('../../src/scene/graphicsStatus');
    status.useGraphicsStatus.getState().setPictured();
    await mount();
    expect(panels()).not.toBeNull();
  });

  it('shows them at once when no picture is coming: the view crashed, or lost its context first', async () => {
    const { ErrorBoundary } = await import('../../src/ui/ErrorBoundary');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await mount(<ErrorBoundary area="view"><Crash /></ErrorBoundary>);
    expect(view.host.querySelector('[data-error-area="view"]')).not.toBeNull();
    expect(panels()).not.toBeNull();
    // Reset: the view may draw again, so it is no longer marked failed.
    broken = false;
    const status = await import('../../src/scene/graphicsStatus');
    expect(status.useGraphicsStatus.getState().failed).toBe(true);
    await act(async () => view.host.querySelector<HTMLButtonElement>('[data-error-area="view"] button')!.click());
    expect(status.useGraphicsStatus.getState().failed).toBe(false);
    warn.mockRestore();
    error.mockRestore();
    view.unmount();
    vi.resetModules();
    view = reactHost();
    const fresh = await mount();
    expect(panels()).toBeNull();
    await act(async () => { fresh.useGraphicsStatus.getState().setLost(true); });
    expect(panels()).not.toBeNull();
  });

  it('shows them after 5 s when the view never draws (a stalled GPU)', async () => {
    await mount();
    await act(async () => { await vi.advanceTimersByTimeAsync(4_900); });
    expect(panels()).toBeNull();
    await act(async () => { await vi.advanceTimersByTimeAsync(200); });
    expect(panels()).not.toBeNull();
  });
});
