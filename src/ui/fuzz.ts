// The fuzz mode, `?fuzz` (with or without `?test`): hammers the page with seeded random pointer,
// wheel, keyboard, slider-scrubbing and control input in batches, one batch per frame, and checks
// the invariants after each. Options: `&seed=N` (default 1), `&events=N` (stop after N; default
// never). Failures go to console.error; progress is on `window.__coriumFuzz`.
import { createRandom, type Random } from '../model';
import { useCorium } from '../state/store';
import { intParam } from '../state/flags';
import { currentScene } from '../scene/GraphicsGuard';
import { nonFiniteUniforms } from '../scene/uniformCheck';
import { storeViolations, textViolations } from './fuzzInvariants';

export interface FuzzReport {
  seed: number;
  /** Input events dispatched so far. */
  events: number;
  batches: number;
  failures: string[];
  done: boolean;
  kinds: Record<string, number>;
}

const BATCH = 100;
const KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', 'Escape', 'Tab', 'a', 'p', 'r', '?', '1', '+', '-'];
const SLIDER_VALUES = ['-5', '1e9', 'NaN', '', '0.5'];

const pick = <T,>(r: Random, xs: readonly T[]): T => xs[Math.floor(r.next() * xs.length)];

function pointer(r: Random, el: Element, kinds: Record<string, number>): number {
  const box = el.getBoundingClientRect();
  const at = () => ({ clientX: box.left + r.next() * box.width, clientY: box.top + r.next() * box.height });
  // pointerId 1 is the mouse, the one pointer Chromium always knows: capture calls then succeed.
  const base = { bubbles: true, cancelable: true, composed: true, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  const moves = 1 + Math.floor(r.next() * 4);
  el.dispatchEvent(new PointerEvent('pointerdown', { ...base, ...at(), button: 0, buttons: 1 }));
  for (let i = 0; i < moves; i++) el.dispatchEvent(new PointerEvent('pointermove', { ...base, ...at(), buttons: 1 }));
  el.dispatchEvent(new PointerEvent(r.next() < 0.9 ? 'pointerup' : 'pointercancel', { ...base, ...at(), button: 0, buttons: 0 }));
  kinds.pointer += moves + 2;
  return moves + 2;
}

function setNativeValue(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  // React tracks the last value it saw: go through the prototype's setter so the change registers.
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
}

function oneInput(r: Random, kinds: Record<string, number>): number {
  const roll = r.next();
  const canvas = document.querySelector<HTMLCanvasElement>('.app__view canvas');
  if (roll < 0.35 && canvas) return pointer(r, canvas, kinds);
  if (roll < 0.42 && canvas) {
    canvas.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: r.range(-400, 400), clientX: 10, clientY: 10 }));
    kinds.wheel++;
    return 1;
  }
  if (roll < 0.7) {
    const sliders = [...document.querySelectorAll<HTMLInputElement>('input[type="range"]')];
    if (sliders.length === 0) return 0;
    const slider = pick(r, sliders);
    setNativeValue(slider, r.next() < 0.05 ? pick(r, SLIDER_VALUES) : String(Math.round(r.range(Number(slider.min || 0), Number(slider.max || 100)))));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    kinds.scrub++;
    return 1;
  }
  if (roll < 0.96) {
    const focusable = [...document.querySelectorAll<HTMLElement>('button, input, select, [tabindex], canvas')];
    const target = focusable.length > 0 ? pick(r, focusable) : document.body;
    target.focus();
    const key = pick(r, KEYS);
    const init = { key, bubbles: true, cancelable: true, shiftKey: r.next() < 0.2, ctrlKey: r.next() < 0.05 };
    target.dispatchEvent(new KeyboardEvent('keydown', init));
    target.dispatchEvent(new KeyboardEvent('keyup', init));
    kinds.keyboard += 2;
    return 2;
  }
  // Rarely: a control that rebuilds the scene (scenario, comparison, stain, zoom, buttons).
  const controls = [...document.querySelectorAll<HTMLElement>('select, input[type="radio"], button:not([disabled])')];
  if (controls.length === 0) return 0;
  const el = pick(r, controls);
  if (el instanceof HTMLSelectElement) {
    if (el.options.length > 0) setNativeValue(el, pick(r, [...el.options]).value);
    el.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    el.click();
  }
  kinds.control++;
  return 1;
}

/** Everything that must hold after a batch has been drawn. */
function check(): string[] {
  const bad = storeViolations(useCorium.getState());
  const scene = currentScene();
  if (scene) bad.push(...nonFiniteUniforms(scene).map((u) => `uniform ${u} is not finite`));
  bad.push(...textViolations('the scene description', document.getElementById('scene-description')?.textContent));
  for (const out of document.querySelectorAll('output')) bad.push(...textViolations('a time readout', out.textContent));
  const broken = document.querySelector('[data-error-area]');
  if (broken) bad.push(`the ${broken.getAttribute('data-error-area')} fell into its error boundary`);
  return bad;
}

export function startFuzz(): FuzzReport {
  const limit = intParam('events', Number.POSITIVE_INFINITY);
  const report: FuzzReport = { seed: intParam('seed', 1), events: 0, batches: 0, failures: [], done: false, kinds: { pointer: 0, wheel: 0, scrub: 0, keyboard: 0, control: 0 } };
  Object.assign(window, { __coriumFuzz: report });
  const r = createRandom(report.seed);
  const batch = (): void => {
    for (let i = 0; i < BATCH && report.events < limit; i++) report.events += oneInput(r, report.kinds);
    report.batches++;
    // Checked on the next frame, once the scene has drawn what the batch did.
    requestAnimationFrame(() => {
      for (const failure of check()) {
        if (report.failures.length < 50) report.failures.push(failure);
        console.error(`Corium fuzz (seed ${report.seed}, after ${report.events} events): ${failure}`);
      }
      if (report.events >= limit) report.done = true;
      else batch();
    });
  };
  requestAnimationFrame(batch);
  return report;
}
