// The key → action rules: Space plays, '.' ',' and the arrows step, '?' opens the help; nothing
// fires while typing in a field, inside a dialog, with Ctrl/Alt/Meta, or with shortcuts turned off;
// Space on a focused button is left to the button; arrows are left to the scrolling panels.
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { focusPlace, shortcutFor, SHORTCUT_LIST, type FocusPlace, type KeyPress } from '../../src/ui/transport/shortcuts';
import { en } from '../../src/i18n/en';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const free: FocusPlace = { kind: 'free', inScroller: false };

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(press(' '), free, true)).toBe('playPause');
    expect(shortcutFor(press('.'), free, true)).toBe('forwardALittle');
    expect(shortcutFor(press(','), free, true)).toBe('backALittle');
    expect(shortcutFor(press('ArrowRight'), free, true)).toBe('forwardALittle');
    expect(shortcutFor(press('ArrowLeft'), free, true)).toBe('backALittle');
    expect(shortcutFor(press('ArrowRight', { shiftKey: true }), free, true)).toBe('nextStage');
    expect(shortcutFor(press('ArrowLeft', { shiftKey: true }), free, true)).toBe('previousStage');
    expect(shortcutFor(press('?', { shiftKey: true }), free, true)).toBe('help');
    expect(shortcutFor(press('Home'), free, true)).toBe('toStart');
    expect(shortcutFor(press('End'), free, true)).toBe('toEnd');
    expect(['1', '2', '3'].map((k) => shortcutFor(press(k), free, true))).toEqual(['slow', 'normal', 'fast']);
  });

  it('right to left: the arrow pointing the way time runs steps forward', () => {
    expect(shortcutFor(press('ArrowLeft'), free, true, true)).toBe('forwardALittle');
    expect(shortcutFor(press('ArrowRight', { shiftKey: true }), free, true, true)).toBe('previousStage');
  });

  it('Space on a button presses the button instead; letters and arrows still work there', () => {
    const button: FocusPlace = { kind: 'button', inScroller: false };
    expect(shortcutFor(press(' '), button, true)).toBeNull();
    expect(shortcutFor(press('.'), button, true)).toBe('forwardALittle');
    expect(shortcutFor(press('ArrowRight'), button, true)).toBe('forwardALittle');
  });

  it('in the scrolling panels the arrows, Home and End scroll; Space and characters still work', () => {
    const panel: FocusPlace = { kind: 'free', inScroller: true };
    for (const k of ['ArrowLeft', 'ArrowRight', 'Home', 'End']) expect(shortcutFor(press(k), panel, true)).toBeNull();
    expect(shortcutFor(press(' '), panel, true)).toBe('playPause');
    expect(shortcutFor(press('?'), panel, true)).toBe('help');
  });

  it('property: nothing fires in a field, in a dialog, with Ctrl/Alt/Meta, or when turned off', () => {
    const keys = [' ', '.', ',', '?', '1', '2', '3', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'a', 'Enter', 'Escape', 'Tab'];
    fc.assert(fc.property(
      fc.constantFrom(...keys), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(),
      fc.constantFrom<FocusPlace['kind']>('field', 'button', 'dialog', 'free'), fc.boolean(), fc.boolean(), fc.boolean(),
      (key, shiftKey, ctrlKey, altKey, metaKey, kind, inScroller, enabled, rtl) => {
        const action = shortcutFor({ key, shiftKey, ctrlKey, altKey, metaKey }, { kind, inScroller }, enabled, rtl);
        if (!enabled || kind === 'field' || kind === 'dialog' || ctrlKey || altKey || metaKey) expect(action).toBeNull();
        if (['a', 'Enter', 'Escape', 'Tab'].includes(key)) expect(action).toBeNull();
      }));
  });

  it('every listed shortcut has a name and key names in the help catalogue', () => {
    for (const [action, keys] of SHORTCUT_LIST) {
      expect(en.help.actions[action]).toBeTruthy();
      for (const k of keys) expect(en.help.keys[k as keyof typeof en.help.keys]).toBeTruthy();
    }
  });
});

describe('focusPlace', () => {
  const place = (html: string, selector: string): FocusPlace => {
    document.body.innerHTML = html;
    return focusPlace(document.querySelector(selector));
  };
  it('tells fields, buttons, dialogs and the panels apart', () => {
    expect(place('<input type="text">', 'input').kind).toBe('field');
    expect(place('<input type="range">', 'input').kind).toBe('field');
    expect(place('<input type="radio">', 'input').kind).toBe('field');
    expect(place('<select></select>', 'select').kind).toBe('field');
    expect(place('<textarea></textarea>', 'textarea').kind).toBe('field');
    expect(place('<div contenteditable="true"></div>', 'div').kind).toBe('field');
    expect(place('<button>Play</button>', 'button').kind).toBe('button');
    expect(place('<input type="checkbox">', 'input').kind).toBe('button');
    expect(place('<dialog open><button>Close</button></dialog>', 'button').kind).toBe('dialog');
    expect(place('<aside class="app__panels"><button>x</button></aside>', 'button')).toEqual({ kind: 'button', inScroller: true });
    expect(focusPlace(null)).toEqual({ kind: 'free', inScroller: false });
    expect(place('<main><div tabindex="0"></div></main>', 'div')).toEqual({ kind: 'free', inScroller: false });
  });
});
