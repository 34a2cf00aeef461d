// Staged mounts nothing while held, then all its children at once, and says once, right after the
// frame that first draws them, that it is done; viewSettled (what the offline copy waits for)
// follows that signal, or gives up after a timeout.
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Staged } from '../../src/scene/Staged';
import { stagingIdle, useGraphicsStatus, viewSettled } from '../../src/scene/graphicsStatus';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.useRealTimers();
  useGraphicsStatus.setState({ settled: false, pictured: false });
});

/** Lets the task after a frame run (where Staged reports that its children were drawn). */
const nextTask = () => ReactThreeTestRenderer.act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

describe('Staged', () => {
  it('adds every child at once, in order, then calls onDone exactly once, after the frame that draws them', async () => {
    const onDone = vi.fn();
    const r = await ReactThreeTestRenderer.create(
      <Staged onDone={onDone}><group name="a" /><group name="b" /><group name="c" /></Staged>,
    );
    const names = () => r.scene.children.map((c) => c.instance.name);
    expect(names()).toEqual(['a', 'b', 'c']);
    expect(stagingIdle()).toBe(false);
    await nextTask();
    expect(onDone).not.toHaveBeenCalled();
    // The task after the frame is a timer: faked here, because act() may itself wait a task and,
    // on a busy machine, let it run before the assertion below (a fresh clone's run did).
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    expect(onDone).not.toHaveBeenCalled();
    vi.runOnlyPendingTimers();
    vi.useRealTimers();
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(stagingIdle()).toBe(true);
    for (let i = 0; i < 5; i++) await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    await nextTask();
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(names()).toEqual(['a', 'b', 'c']);
  });
});

describe('Staged on hold', () => {
  it('mounts nothing while held (the skin\'s own textures come first), then everything, and keeps it through a later hold', async () => {
    const onDone = vi.fn();
    const staged = (hold: boolean) => <Staged hold={hold} onDone={onDone}><group name="a" /><group name="b" /></Staged>;
    const r = await ReactThreeTestRenderer.create(staged(true));
    const names = () => r.scene.children.map((c) => c.instance.name);
    for (let i = 0; i < 4; i++) await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    await nextTask();
    expect(names()).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
    await r.update(staged(false));
    expect(names()).toEqual(['a', 'b']);
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
    await nextTask();
    expect(onDone).toHaveBeenCalledTimes(1);
    // Another stain compiling holds the block again: what is on screen stays.
    await r.update(staged(true));
    await ReactThreeTestRenderer.act(async () => r.advanceFrames(1, 16));
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
    useGraphicsStatus.setState({ settled: false, pictured: false });
    vi.useFakeTimers();
    const done = vi.fn();
    void viewSettled(10_000).then(done);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalled();
  });
});
