// The handout's QR code is worked out only while the page prints: none on screen, however often
// the link changes; the current link's, at once, when printing begins; none again after.
// @vitest-environment happy-dom
import { act } from 'react';
import { flushSync } from 'react-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCorium } from '../../src/state/store';
import { HandoutQr } from '../../src/ui/patient/HandoutQr';
import { qrPicture } from '../../src/ui/share/qr';
import { shareLink } from '../../src/ui/share/shareLink';
import { reactHost, type ReactHost } from './reactHost';

let view: ReactHost;
const drawn = () => view.host.querySelector('path')?.getAttribute('d') ?? null;
const qrOfNow = () => qrPicture(shareLink(useCorium.getState(), window.location)).path;

beforeEach(() => {
  view = reactHost();
  act(() => useCorium.getState().setTime(24));
  act(() => view.root.render(<HandoutQr label="QR" />));
});
afterEach(() => view.unmount());

describe('HandoutQr', () => {
  it('draws nothing on screen, however often the link changes', () => {
    for (let h = 25; h < 40; h++) {
      act(() => useCorium.getState().setTime(h));
      expect(drawn()).toBeNull();
    }
  });

  it('draws the current link at once when printing begins, and nothing again after', () => {
    act(() => useCorium.getState().setTime(300));
    // Outside act(), as in a browser: the QR must be in the page when the event returns, since
    // the browser lays the page out for paper right after it.
    const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    g.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(drawn()).toBe(qrOfNow());
    } finally {
      g.IS_REACT_ACT_ENVIRONMENT = true;
    }
    expect(view.host.querySelector('svg')?.getAttribute('aria-label')).toBe('QR');
    act(() => { window.dispatchEvent(new Event('afterprint')); });
    expect(drawn()).toBeNull();
  });

  it('draws the QR at once when printing is what mounts it (the handout mounts at beforeprint early on)', () => {
    const late = reactHost();
    const mount = (): void => flushSync(() => late.root.render(<HandoutQr label="QR" />));
    window.addEventListener('beforeprint', mount, { once: true });
    const g = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    g.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(late.host.querySelector('path')?.getAttribute('d')).toBe(qrOfNow());
    } finally {
      g.IS_REACT_ACT_ENVIRONMENT = true;
      act(() => { window.dispatchEvent(new Event('afterprint')); });
      late.unmount();
    }
  });

  it('follows the link while printing', () => {
    act(() => { window.dispatchEvent(new Event('beforeprint')); });
    act(() => useCorium.getState().setTime(900));
    expect(drawn()).toBe(qrOfNow());
    act(() => { window.dispatchEvent(new Event('afterprint')); });
  });
});
