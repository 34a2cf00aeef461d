// The tours dialog's list exists only while the dialog is open (the page's load does not build
// it): it is in place when the dialog shows, gone when it closes (focus back on the launcher), and
// choosing a tour starts it.
// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TourLauncher } from '../../src/ui/tours/TourLauncher';
import { useTours } from '../../src/ui/tours/tourStore';
import { TOURS } from '../../src/ui/tours/tours';
import { reactHost, type ReactHost } from '../ui/reactHost';

let view: ReactHost;
const dialog = () => view.host.querySelector('dialog')!;
const launcher = () => view.host.querySelector<HTMLButtonElement>('.tours-launcher')!;
const tourButtons = () => view.host.querySelectorAll<HTMLButtonElement>('.tours-dialog__tour');

beforeEach(() => {
  view = reactHost();
  act(() => view.root.render(<TourLauncher />));
});
afterEach(() => {
  act(() => useTours.getState().exit());
  view.unmount();
});

describe('TourLauncher', () => {
  it('builds the list only while the dialog is open, and gives the focus back on close', () => {
    expect(tourButtons()).toHaveLength(0);
    let atOpen = 0;
    const showModal = dialog().showModal.bind(dialog());
    dialog().showModal = () => { atOpen = tourButtons().length; showModal(); };
    act(() => launcher().click());
    expect(atOpen).toBe(TOURS.length);
    expect(dialog().open).toBe(true);
    act(() => { dialog().close(); dialog().dispatchEvent(new Event('close')); });
    expect(tourButtons()).toHaveLength(0);
    expect(document.activeElement).toBe(launcher());
  });

  it('starts the tour chosen in it', () => {
    act(() => launcher().click());
    act(() => tourButtons()[0].click());
    expect(useTours.getState().tourId).toBe(TOURS[0].id);
    expect(dialog().open).toBe(false);
  });
});
