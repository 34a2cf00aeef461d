// Pins the pixel statistics the e2e tests rely on, so a broken counter cannot pass a blank picture.
import { describe, expect, it } from 'vitest';
import { colorClusters, dominantColor, fractionColourDiffering, fractionDiffering, fractionLumaDiffering, luma, maxChroma, type Rgb, type Rgba } from '../e2e/pixels';

function image(width: number, height: number, colorAt: (x: number, y: number) => Rgb): Rgba {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data.set([...colorAt(x, y), 255], i);
    }
  }
  return { width, height, data };
}

const SLATE: Rgb = [28, 35, 45];

describe('pixel statistics for e2e checks', () => {
  it('finds nothing drawn on a uniform background', () => {
    const blank = image(40, 30, () => SLATE);
    expect(dominantColor(blank)).toEqual(SLATE);
    expect(fractionDiffering(blank, SLATE)).toBe(0);
    expect(colorClusters(blank, SLATE)).toEqual([]);
  });

  it('counts well-separated colours once each, however they are shaded', () => {
    const stripes: Rgb[][] = [
      [[240, 232, 205], [226, 220, 196]],
      [[160, 50, 85], [145, 45, 78]],
      [[212, 188, 122], [198, 176, 112]],
    ];
    const img = image(60, 60, (x, y) => (y < 15 ? SLATE : (stripes[Math.min(2, Math.floor((y - 15) / 15))] ?? [])[x < 30 ? 0 : 1] ?? SLATE));
    expect(fractionDiffering(img, SLATE)).toBeCloseTo(0.75, 5);
    expect(colorClusters(img, SLATE)).toHaveLength(3);
  });

  it('ignores colours covering too few pixels, such as anti-aliased edges', () => {
    const img = image(100, 100, (x, y) => (x === 50 && y < 10 ? [255, 0, 0] : y < 50 ? SLATE : [200, 200, 200]));
    expect(colorClusters(img, SLATE)).toHaveLength(1);
  });

  it('tells luma changes from hue-only changes, and grey from colour', () => {
    // Two colours of equal luma: a hue-only cue, invisible without colour vision.
    const red: Rgb = [230, 90, 90];
    const y = luma(red);
    const teal: Rgb = [Math.round((y - 0.7152 * 140 - 0.0722 * 140) / 0.2126), 140, 140];
    expect(Math.abs(luma(teal) - y)).toBeLessThan(1);
    const left = image(20, 10, (x) => (x < 10 ? red : SLATE));
    const hueOnly = image(20, 10, (x) => (x < 10 ? teal : SLATE));
    const darker = image(20, 10, (x) => (x < 10 ? [100, 30, 30] : SLATE));
    expect(fractionColourDiffering(left, hueOnly)).toBeCloseTo(0.5, 5);
    expect(fractionLumaDiffering(left, hueOnly)).toBe(0);
    expect(fractionLumaDiffering(left, darker)).toBeCloseTo(0.5, 5);
    expect(maxChroma(image(4, 4, () => [90, 90, 90]))).toBe(0);
    expect(maxChroma(left)).toBe(140);
    expect(() => fractionLumaDiffering(left, image(2, 2, () => SLATE))).toThrow();
  });
});
