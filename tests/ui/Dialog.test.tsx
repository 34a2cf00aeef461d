// A dialog's content exists only while it is open: a closed dialog costs the page its button and
// an empty <dialog>, not its content (the sources list alone is 500 elements). Opening puts the
// content in place before the dialog shows; closing removes it and gives the focus back.
// @vitest-environment happy-dom
import { act, createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DialogButton, type DialogHandle } from '../../src/ui/Dialog';
import { reactHost, type ReactHost } from './reactHost';

let view: ReactHost;
const handle = createRef<DialogHandle>();
const dialog = () => view.host.querySelector('dialog')!;
const content = () => view.host.querySelector('[data-testid=content]');

beforeEach(() => {
  view = reactHost();
  act(() => view.root.render(
    <DialogButton label="Sources" title="Where the numbers come from" handle={handle}>
      <ul data-testid="content"><li>one</li></ul>
    </DialogButton>,
  ));
});
afterEach(() => view.unmount());

describe('DialogButton', () => {
  it('renders the button and an empty dialog while closed', () => {
    expect(view.host.querySelector('button')?.textContent).toBe('Sources');
    expect(dialog()).not.toBeNull();
    expect(dialog().open).toBe(false);
    expect(content()).toBeNull();
  });

  it('has the content in place when the dialog opens, from the button or a shortcut, and removes it on close', () => {
    let atOpen: Element | null = null;
    const showModal = dialog().showModal.bind(dialog());
    dialog().showModal = () => { atOpen = content(); showModal(); };
    act(() => view.host.querySelector('button')!.click());
    expect(atOpen).not.toBeNull();
    expect(dialog().open).toBe(true);

    act(() => { dialog().close(); dialog().dispatchEvent(new Event('close')); });
    expect(content()).toBeNull();
    expect(document.activeElement).toBe(view.host.querySelector('button'));

    act(() => handle.current!.open());
    expect(content()?.textContent).toBe('one');
  });
});
