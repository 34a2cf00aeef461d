// The address follows the store without costing the frames that change it: a new choice is
// written at once, the running time later (in its own task, at most once a second), and a
// pending time is still written when the page is left.
// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAddressSync } from '../../src/state/useAddressSync';
import { useCorium } from '../../src/state/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Sync() {
  useAddressSync();
  return null;
}

let root: Root;
let writes: string[];

beforeEach(async () => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/?scenario=deep-incision&t=0');
  writes = [];
  const replace = window.history.replaceState.bind(window.history);
  vi.spyOn(window.history, 'replaceState').mockImplementation((data, unused, url) => { writes.push(String(url)); replace(data, unused, url); });
  root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Sync />));
  writes.length = 0;
});

afterEach(async () => {
  await act(async () => root.unmount());
  vi.restoreAllMocks();
  vi.useRealTimers();
  useCorium.setState(useCorium.getInitialState(), true);
});

const timeIn = (url: string | undefined): number => Number(new URLSearchParams(url?.split('?')[1]).get('t'));

describe('useAddressSync', () => {
  it('writes the time later, once, with its latest value: never inside the change itself', async () => {
    for (let h = 1; h <= 30; h++) useCorium.getState().setTime(h);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
    expect(timeIn(writes[0])).toBe(30);
    useCorium.getState().setTime(31);
    expect(writes).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(timeIn(writes.at(-1))).toBe(31);
  });

  it('writes a new choice at once, with the time it has then', async () => {
    useCorium.getState().setTime(12);
    useCorium.getState().setScenario('burn-deep-partial');
    expect(writes).toHaveLength(1);
    expect(new URLSearchParams(writes[0].split('?')[1]).get('scenario')).toBe('burn-deep-partial');
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toHaveLength(1);
  });

  it('leaving the page writes a time still waiting', async () => {
    await vi.advanceTimersByTimeAsync(5000);
    useCorium.getState().setTime(48);
    expect(writes).toEqual([]);
    window.dispatchEvent(new Event('pagehide'));
    expect(writes).toHaveLength(1);
    expect(timeIn(writes[0])).toBe(48);
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toHaveLength(1);
  });
});
