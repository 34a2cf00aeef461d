// The chart colours as written in charts.css: every line and the "now" line keep ≥ 3:1 against
// the panel background (dark: index.css's --panel over --bg; presenter mode: a light page, taken
// as white), the axis text ≥ 4.5:1, and a chart's two signals differ in lightness (≥ 1.5:1), so
// they stay apart for colour-blind readers and in greyscale. Scenarios differ by dash, not colour.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const chartsCss = readFileSync(path.join(root, 'src/ui/charts/charts.css'), 'utf8');
const pageCss = readFileSync(path.join(root, 'src/index.css'), 'utf8');

type Rgb = readonly [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb;
const channel = (c: number): number => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
const luminance = ([r, g, b]: Rgb): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: Rgb, b: Rgb): number => { const [lo, hi] = [luminance(a), luminance(b)].sort((x, y) => x - y); return (hi + 0.05) / (lo + 0.05); };

/** The custom properties of the first rule whose selector is exactly `selector`. */
function variables(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

/** index.css's translucent --panel composited over --bg: what the charts are drawn on. */
function darkPanel(): Rgb {
  const root = variables(pageCss, ':root');
  const [r, g, b, a] = /rgba\(([^)]+)\)/.exec(root['--panel'])![1].split(',').map(Number);
  const under = hex(root['--bg']);
  return [r, g, b].map((c, i) => c * a + under[i] * (1 - a)) as unknown as Rgb;
}

const LOOKS = [
  { name: 'default (dark)', vars: variables(chartsCss, '.charts'), background: darkPanel() },
  { name: 'presenter (light)', vars: variables(chartsCss, ".app[data-mode='presenter'] .charts"), background: hex('#ffffff') },
];

describe.each(LOOKS)('chart colours, $name', ({ vars, background }) => {
  it('both signal lines and the now line keep ≥ 3:1 against the panel', () => {
    for (const v of ['--chart-line-1', '--chart-line-2', '--chart-now']) expect(contrast(hex(vars[v]), background), v).toBeGreaterThanOrEqual(3);
  });
  it('the axis labels keep ≥ 4.5:1', () => {
    expect(contrast(hex(vars['--chart-axis']), background)).toBeGreaterThanOrEqual(4.5);
  });
  it('the two signals of a chart differ in lightness, not only in hue', () => {
    expect(contrast(hex(vars['--chart-line-1']), hex(vars['--chart-line-2']))).toBeGreaterThanOrEqual(1.5);
  });
});
