// The keyboard shortcuts as a pure mapping from a key press (and where the focus is) to an action,
// so the rules are tested without a browser: nothing fires while typing in a field, keys that a
// focused control already uses keep their meaning, and all of them can be turned off (WCAG 2.1.4).
export type ShortcutAction =
  | 'playPause' | 'nextStage' | 'previousStage' | 'forwardALittle' | 'backALittle'
  | 'toStart' | 'toEnd' | 'slow' | 'normal' | 'fast' | 'help';

/**
 * Where the focus is. `kind`: `field` (typing or choosing: input, select, textarea, editable
 * text), `button` (Space presses it), `dialog` (a modal is open: it owns the keyboard) or `free`.
 * `inScroller`: inside the panels, which arrow and page keys scroll.
 */
export interface FocusPlace { readonly kind: 'field' | 'button' | 'dialog' | 'free'; readonly inScroller: boolean }

export interface KeyPress { readonly key: string; readonly shiftKey: boolean; readonly ctrlKey: boolean; readonly altKey: boolean; readonly metaKey: boolean }

/** Printable keys: they work wherever the focus is not in a field. */
const CHARACTER_KEYS: Readonly<Record<string, ShortcutAction>> = {
  '.': 'forwardALittle', ',': 'backALittle', '?': 'help', '1': 'slow', '2': 'normal', '3': 'fast',
};

/** Keys that move things natively in a scrolling panel: shortcuts only outside the panels. */
function navigationKey(p: KeyPress, rtl: boolean): ShortcutAction | null {
  const later = rtl ? 'ArrowLeft' : 'ArrowRight';
  const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (p.key === later) return p.shiftKey ? 'nextStage' : 'forwardALittle';
  if (p.key === earlier) return p.shiftKey ? 'previousStage' : 'backALittle';
  if (p.shiftKey) return null;
  return p.key === 'Home' ? 'toStart' : p.key === 'End' ? 'toEnd' : null;
}

export function shortcutFor(p: KeyPress, place: FocusPlace, enabled: boolean, rtl = false): ShortcutAction | null {
  if (!enabled || place.kind === 'field' || place.kind === 'dialog' || p.ctrlKey || p.altKey || p.metaKey) return null;
  // Space presses a focused button (the Play button toggles itself that way): leave it to the button.
  if (p.key === ' ' || p.key === 'Spacebar') return place.kind === 'button' ? null : 'playPause';
  if (Object.hasOwn(CHARACTER_KEYS, p.key)) return CHARACTER_KEYS[p.key];
  return place.inScroller ? null : navigationKey(p, rtl);
}

/** The shortcuts as the help dialog lists them: key names (i18n keys under transport.keys) per action. */
export const SHORTCUT_LIST: readonly (readonly [ShortcutAction, readonly string[]])[] = [
  ['playPause', ['space']],
  ['nextStage', ['shiftRight']],
  ['previousStage', ['shiftLeft']],
  ['forwardALittle', ['period', 'right']],
  ['backALittle', ['comma', 'left']],
  ['toStart', ['home']],
  ['toEnd', ['end']],
  ['slow', ['one']],
  ['normal', ['two']],
  ['fast', ['three']],
  ['help', ['question']],
];

/** Classifies the focused element for shortcutFor. */
export function focusPlace(el: Element | null): FocusPlace {
  const inScroller = !!el?.closest('.app__panels');
  if (!el) return { kind: 'free', inScroller };
  if (el.closest('dialog[open]')) return { kind: 'dialog', inScroller };
  if (el.matches(FIELD)) return { kind: 'field', inScroller };
  if (el.matches(PRESSABLE)) return { kind: 'button', inScroller };
  return { kind: 'free', inScroller };
}

const PRESSABLE = 'button, summary, a[href], [role=button], input[type=button], input[type=submit], input[type=reset], input[type=checkbox]';
const FIELD = 'input:not([type=button],[type=submit],[type=reset],[type=checkbox]), select, textarea, [contenteditable=""], [contenteditable=true]';
