// Retired resources wait for two drawn frames (R3F's after-render effects) before they are
// disposed, so a replacement drawn in the next frame can take over the same shader program.
import { describe, expect, it, vi } from 'vitest';
import { flushGlobalEffects } from '@react-three/fiber';
import { flushRetired, retire, retiring } from '../../src/scene/retire';

const frame = (t: number): void => flushGlobalEffects('after', t);

describe('retire', () => {
  it('disposes after the second drawn frame, not before', () => {
    const dispose = vi.fn();
    retire(dispose);
    expect(dispose).not.toHaveBeenCalled();
    frame(16);
    expect(dispose).not.toHaveBeenCalled();
    frame(32);
    expect(dispose).toHaveBeenCalledTimes(1);
    frame(48);
    expect(dispose).toHaveBeenCalledTimes(1);
    expect(retiring()).toBe(0);
  });

  it('counts the frames again from the last retirement', () => {
    const first = vi.fn();
    const second = vi.fn();
    retire(first);
    frame(16);
    retire(second);
    frame(32);
    expect(first).not.toHaveBeenCalled();
    frame(48);
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('flushes everything waiting at once', () => {
    const dispose = vi.fn();
    retire(dispose);
    flushRetired();
    expect(dispose).toHaveBeenCalledTimes(1);
    frame(16);
    frame(32);
    expect(dispose).toHaveBeenCalledTimes(1);
  });
});
