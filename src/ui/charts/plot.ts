// One uPlot chart of a signal group, driven imperatively: the "now" line follows the store's
// time through a subscription (no React render per frame), a click or drag on the plot sets the
// time, the plot follows its box's width (ResizeObserver), and everything is let go on unmount.
import uPlot from 'uplot';
import { axisToTime, clamp, timeToAxis } from '../../model';
import { useCorium } from '../../state/store';
import type { ChartData } from './series';

/** Height of one small chart, CSS px (plot area plus the time labels). */
export const PLOT_HEIGHT = 132;
/** The time-axis ticks, hours: an hour, a day, a week, a month, a year, two years. */
const TICK_HOURS = [1, 24, 7 * 24, 30 * 24, 365 * 24, 2 * 365 * 24];
/** Dashes of the comparison's lines: the scenarios differ in more than hue. */
export const COMPARISON_DASH = [6, 4];

/** Colours read from the panel's CSS (charts.css), so the page's mode chooses them. */
export interface PlotColours {
  readonly lines: readonly string[];
  readonly axis: string;
  readonly grid: string;
  readonly font: string;
}

/** One drawn line: its values on the data's sample times, its label, colour index and whether it is dashed (the comparison). */
export interface PlotLine { readonly values: readonly number[]; readonly label: string; readonly colour: number; readonly dashed: boolean }

export interface PlotInput {
  /** The sample times (and the span) the lines are drawn on. */
  readonly data: Pick<ChartData, 'spanHours' | 'axis'>;
  readonly lines: readonly PlotLine[];
  /** A fixed top of the value axis (0..1 signals); otherwise it follows the data. */
  readonly yMax?: number;
  readonly colours: PlotColours;
  readonly timeLabel: (hours: number) => string;
  readonly valueLabel: (value: number) => string;
}

function plotOptions(input: PlotInput, width: number): uPlot.Options {
  const { data, colours } = input;
  const tickHours = TICK_HOURS.filter((h) => h <= data.spanHours * 1.0001);
  const ticks = tickHours.map((h) => timeToAxis(h, data.spanHours));
  const axis = { stroke: colours.axis, font: colours.font, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid, width: 1, size: 4 } };
  return {
    width,
    height: PLOT_HEIGHT,
    // Right padding so the last time label ("1 year") is not cut at the edge.
    padding: [8, 24, 0, 0],
    legend: { show: false },
    cursor: { show: false, drag: { x: false, y: false, setScale: false } },
    scales: {
      x: { time: false, range: [0, 1] },
      y: { range: (_u, _min, max) => [0, input.yMax ?? (max > 0 ? max * 1.08 : 1)] },
    },
    axes: [
      { ...axis, size: 26, gap: 3, splits: () => ticks,
        // Labelled from the tick's own hours: back from the axis, "1 day" would read "23 h".
        values: () => tickHours.map(input.timeLabel) },
      { ...axis, size: 38, gap: 3, values: (_u, splits) => splits.map(input.valueLabel) },
    ],
    series: [
      {},
      ...input.lines.map((line) => ({
        label: line.label,
        stroke: colours.lines[line.colour % colours.lines.length],
        width: 2,
        dash: line.dashed ? COMPARISON_DASH : undefined,
        points: { show: false },
      })),
    ],
  };
}

/** Draws the chart into `host` and returns its disposer. `onPick` gets the time under the pointer. */
export function mountPlot(host: HTMLElement, input: PlotInput, onPick: (hours: number) => void): () => void {
  const { data } = input;
  const columns = [data.axis, ...input.lines.map((line) => line.values)] as uPlot.AlignedData;
  const now = document.createElement('div');
  now.className = 'charts__now';
  const place = (u: uPlot, hours: number): void => {
    now.style.transform = `translateX(${u.valToPos(timeToAxis(hours, data.spanHours), 'x').toFixed(1)}px)`;
  };
  // uPlot lays itself out after construction: the line is placed once it is ready and whenever it is resized.
  const placeNow = (u: uPlot): void => place(u, useCorium.getState().timeHours);
  const options = { ...plotOptions(input, Math.max(1, host.clientWidth)), hooks: { ready: [placeNow], setSize: [placeNow] } };
  const plot = new uPlot(options, columns, host);
  plot.over.append(now);
  // How many lines are drawn (tests and the curious can read it; the canvas cannot say).
  host.dataset.lines = String(plot.series.length - 1);
  const unsubscribe = useCorium.subscribe((s, prev) => { if (s.timeHours !== prev.timeHours) place(plot, s.timeHours); });

  const pick = (e: PointerEvent): void => {
    const box = plot.over.getBoundingClientRect();
    const x = clamp(e.clientX - box.left, 0, box.width);
    onPick(axisToTime(plot.posToVal(x, 'x'), data.spanHours));
  };
  const down = (e: PointerEvent): void => {
    if (e.button !== 0) return;
    plot.over.setPointerCapture(e.pointerId);
    pick(e);
  };
  const move = (e: PointerEvent): void => { if (plot.over.hasPointerCapture(e.pointerId)) pick(e); };
  plot.over.addEventListener('pointerdown', down);
  plot.over.addEventListener('pointermove', move);

  const resize = new ResizeObserver(() => {
    const width = host.clientWidth;
    if (width > 0 && Math.abs(width - plot.width) >= 1) plot.setSize({ width, height: PLOT_HEIGHT });
  });
  resize.observe(host);

  return () => {
    resize.disconnect();
    unsubscribe();
    plot.over.removeEventListener('pointerdown', down);
    plot.over.removeEventListener('pointermove', move);
    plot.destroy();
  };
}
