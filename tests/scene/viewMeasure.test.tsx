// The 3D view's canvas takes its container's size as soon as the container is observed, so R3F
// makes its renderer at once: not at the next frame's ResizeObserver report, nor 50 ms after it
// (src/scene/viewMeasure.ts). R3F's <Canvas> measures its container with react-use-measure, its
// own options first and the `resize` prop over them; this drives that hook as the Canvas does,
// with a ResizeObserver whose reports (the browser's, at a frame) the test makes by hand.
// @vitest-environment happy-dom
import { act } from 'react';
import useMeasure from 'react-use-measure';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VIEW_MEASURE } from '../../src/scene/viewMeasure';
import { reactHost, type ReactHost } from '../ui/reactHost';

/** What @react-three/fiber's Canvas passes to useMeasure before its `resize` prop (CanvasImpl). */
const R3F_MEASURE = { scroll: true, debounce: { scroll: 50, resize: 0 } };

type Options = Parameters<typeof useMeasure>[0];

let observed: (() => void)[] = [];
let widths: number[] = [];
let view: ReactHost;

function Container({ options }: { options: Options }) {
  const [ref, bounds] = useMeasure(options);
  widths.push(bounds.width);
  return <div ref={ref} />;
}

async function mount(options: Options): Promise<void> {
  await act(async () => view.root.render(<Container options={options} />));
}

/** The container's box, `top` px down the page. */
const box = (top: number) => ({ left: 0, top, width: 320, height: 240, right: 320, bottom: top + 240, x: 0, y: top, toJSON: () => ({}) }) as DOMRect;

/** The container's layout (320 × 240 unless `width`); the browser reports it at its next frame. */
const layOut = (width = 320) => vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ ...box(0), width, right: width });
async function frameReports(): Promise<void> {
  await act(async () => observed.forEach((callback) => callback()));
}

/** The page scrolls by 100 px; returns how many times the container rendered again. */
async function scrolled(): Promise<number> {
  const renders = widths.length;
  vi.mocked(HTMLElement.prototype.getBoundingClientRect).mockReturnValue(box(-100));
  await act(async () => { window.dispatchEvent(new Event('scroll')); vi.advanceTimersByTime(100); });
  return widths.length - renders;
}

beforeEach(() => {
  vi.useFakeTimers();
  observed = [];
  widths = [];
  vi.stubGlobal('ResizeObserver', class {
    constructor(callback: () => void) { observed.push(callback); }
    observe(): void {}
    disconnect(): void {}
  });
  view = reactHost();
});

afterEach(() => {
  view.unmount();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the view canvas measures its container', () => {
  it('has the size as soon as the container is observed: no frame and no timer to wait for', async () => {
    layOut();
    await mount({ ...R3F_MEASURE, ...VIEW_MEASURE });
    expect(widths.at(-1)).toBe(320);
  });

  it('R3F’s own options wait for the frame’s report, then 50 ms more (why VIEW_MEASURE exists)', async () => {
    layOut();
    await mount(R3F_MEASURE);
    expect(widths.at(-1)).toBe(0);
    await frameReports();
    expect(widths.at(-1)).toBe(0);
    await act(async () => vi.advanceTimersByTime(50));
    expect(widths.at(-1)).toBe(320);
  });

  it('still takes each later size as the browser reports it', async () => {
    layOut();
    await mount({ ...R3F_MEASURE, ...VIEW_MEASURE });
    vi.restoreAllMocks();
    layOut(400);
    await frameReports();
    expect(widths.at(-1)).toBe(400);
  });

  it('does not measure again when the page scrolls (R3F’s own options do: a new size, a redraw)', async () => {
    layOut();
    await mount({ ...R3F_MEASURE, ...VIEW_MEASURE });
    expect(await scrolled()).toBe(0);
    view.unmount();
    view = reactHost();
    layOut();
    await mount(R3F_MEASURE);
    await frameReports();
    await act(async () => vi.advanceTimersByTime(50));
    expect(await scrolled()).toBeGreaterThan(0);
  });
});
