// Staged mounts its children one per frame (none while held) and says once when the last has had its frame;
// viewSettled (what the offline copy waits for) follows that signal, or gives up after a timeout.
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Staged } from '../../src/scene/Staged';
import { useGraphicsStatus, viewSettled } from '../../src/scene/graphicsStatus';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.useRealTimers();
  useGraphicsStatus.setState({ settled: false });
});

describe('Staged', () => {
  it('adds one child per frame, in order, then calls onDone exactly once', async () => {
    const onDone = vi.fn();
    const r = await ReactThreeTestRenderer.create(
      <Staged onDone={onDone}><group name="a" /><group name="b" /><group name="c" /></Staged>,
    );
    const names = () => r.scene.children.map((c) => c.instance.name);
    expect(names()).toEqual([]);
    const seen: string[][] = [];
    for (let i = 0; i < 3; i++) {
      await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
      seen.push(names());
    }
    expect(seen).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']]);
    expect(onDone).not.toHaveBeenCalled();
    for (let i = 0; i < 5; i++) await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(names()).toEqual(['a', 'b', 'c']);
  });
});

describe('Staged on hold', () => {
  it('mounts nothing while held (the skin\'s own textures come first), then stages as usual', async () => {
    const onDone = vi.fn();
    const staged = (hold: boolean) => <Staged hold={hold} onDone={onDone}><group name="a" /><group name="b" /></Staged>;
    const r = await ReactThreeTestRenderer.create(staged(true));
    const names = () => r.scene.children.map((c) => c.instance.name);
    for (let i = 0; i < 4; i++) await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    expect(names()).toEqual([]);
    await r.update(staged(false));
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    expect(names()).toEqual(['a']);
    for (let i = 0; i < 3; i++) await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    expect(names()).toEqual(['a', 'b']);
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

describe('viewSettled', () => {
  it('resolves when the view settles', async () => {
    const done = vi.fn();
    void viewSettled(60_000).then(done);
    await Promise.resolve();
    expect(done).not.toHaveBeenCalled();
    useGraphicsStatus.getState().setSettled();
    await vi.waitFor(() => expect(done).toHaveBeenCalled());
  });

  it('resolves at once if already settled, and after the timeout if it never settles', async () => {
    useGraphicsStatus.getState().setSettled();
    await expect(viewSettled(60_000)).resolves.toBeUndefined();
    useGraphicsStatus.setState({ settled: false });
    vi.useFakeTimers();
    const done = vi.fn();
    void viewSettled(10_000).then(done);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalled();
  });
});
