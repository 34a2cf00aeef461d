// How the 3D view's <Canvas> measures its container (R3F's `resize` prop, passed on to
// react-use-measure). R3F makes its renderer only once it knows the container's size, and two
// waits stood before that on every cold load (traces in README, Performance):
// - react-use-measure runs its ResizeObserver's callback through the scroll debounce, which R3F
//   sets to 50 ms: the main thread sat idle 60–100 ms before the first picture. Here nothing is
//   debounced.
// - A ResizeObserver reports an element only at the next frame's rendering steps, 15–25 ms after
//   the canvas's container was added. EagerResizeObserver also reports it the moment it is
//   observed (react-use-measure reads the size itself, with getBoundingClientRect).
// Scrolling is not tracked: nothing reads the canvas's page offset (the pointer is placed from
// the event's own offset), and an offset that changed with every scroll asked for a redraw of
// the view after each one.

/**
 * A ResizeObserver that also calls back the moment an element is observed, then reports as usual.
 * That first call has no entries: it serves a consumer that measures for itself, as
 * react-use-measure does (getBoundingClientRect). Of react-use-measure's two observe calls, the
 * one from its ref callback finds the hook not yet mounted and changes nothing; the one from its
 * effect, in the task after the canvas mounts, sets the size.
 */
export class EagerResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  constructor(private readonly callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver(callback);
  }
  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
    this.callback([], this);
  }
  unobserve(target: Element): void { this.observer.unobserve(target); }
  disconnect(): void { this.observer.disconnect(); }
}

export const VIEW_MEASURE = { scroll: false, debounce: 0, polyfill: EagerResizeObserver } as const;
