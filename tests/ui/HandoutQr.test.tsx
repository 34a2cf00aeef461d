// The handout's QR code follows the share link once it holds still, and at once when printing
// begins; while the clock ticks it is not worked out again.
// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCorium } from '../../src/state/store';
import { HandoutQr } from '../../src/ui/patient/HandoutQr';
import { qrPicture } from '../../src/ui/share/qr';
import { shareLink } from '../../src/ui/share/shareLink';
import { reactHost, type ReactHost } from './reactHost';

let view: ReactHost;
const drawn = () => view.host.querySelector('path')!.getAttribute('d');
const qrOfNow = () => qrPicture(shareLink(useCorium.getState(), window.location)).path;

beforeEach(() => {
  vi.useFakeTimers();
  view = reactHost();
  act(() => useCorium.getState().setTime(24));
  act(() => view.root.render(<HandoutQr label="QR" />));
});
afterEach(() => {
  view.unmount();
  vi.useRealTimers();
});

describe('HandoutQr', () => {
  it('shows the link of the state it opened on', () => {
    expect(drawn()).toBe(qrOfNow());
  });

  it('keeps its picture while the clock ticks, and follows once the link holds still', () => {
    const first = drawn();
    for (let h = 25; h < 40; h++) {
      act(() => useCorium.getState().setTime(h));
      act(() => vi.advanceTimersByTime(50));
      expect(drawn()).toBe(first);
    }
    act(() => vi.advanceTimersByTime(1000));
    expect(drawn()).toBe(qrOfNow());
    expect(drawn()).not.toBe(first);
  });

  it('catches up at once when printing begins', () => {
    act(() => useCorium.getState().setTime(300));
    act(() => { window.dispatchEvent(new Event('beforeprint')); });
    expect(drawn()).toBe(qrOfNow());
  });
});
