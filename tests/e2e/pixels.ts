// Pure pixel statistics for checking what the 3D view drew: how much differs from the
// background, and how many well-separated colours appear. No browser here; see harness.ts.

export interface Rgba {
  readonly width: number;
  readonly height: number;
  /** RGBA bytes, row-major, as from getImageData. */
  readonly data: Uint8Array | Uint8ClampedArray;
}

export type Rgb = readonly [number, number, number];

export const rgbDistance = (a: Rgb, b: Rgb): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function pixel(img: Rgba, i: number): Rgb {
  return [img.data[i * 4] ?? 0, img.data[i * 4 + 1] ?? 0, img.data[i * 4 + 2] ?? 0];
}

/** The most common colour, which for our scenes is the background. */
export function dominantColor(img: Rgba): Rgb {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < img.width * img.height; i++) {
    const [r, g, b] = pixel(img, i);
    const key = (r << 16) | (g << 8) | b;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > bestCount) {
      bestCount = n;
      best = key;
    }
  }
  return [(best >> 16) & 255, (best >> 8) & 255, best & 255];
}

/** Fraction of pixels further than `tolerance` from `background`. */
export function fractionDiffering(img: Rgba, background: Rgb, tolerance = 16): number {
  const total = img.width * img.height;
  let differing = 0;
  for (let i = 0; i < total; i++) if (rgbDistance(pixel(img, i), background) > tolerance) differing++;
  return total === 0 ? 0 : differing / total;
}

export interface ClusterOptions {
  /** Pixels this close to the background are ignored. */
  backgroundTolerance?: number;
  /** Colours closer than this belong to one cluster (shading of one surface stays inside it). */
  radius?: number;
  /** A cluster must cover at least this fraction of the image to count. */
  minShare?: number;
}

/**
 * Well-separated colour clusters, largest first: greedy clustering of a 32-level-per-channel
 * histogram, so anti-aliased edges (few pixels, spread over many bins) do not count.
 */
export function colorClusters(img: Rgba, background: Rgb, options: ClusterOptions = {}): { color: Rgb; pixels: number }[] {
  const { backgroundTolerance = 24, radius = 32, minShare = 0.0015 } = options;
  const bins = new Map<number, { sum: [number, number, number]; n: number }>();
  for (let i = 0; i < img.width * img.height; i++) {
    const c = pixel(img, i);
    if (rgbDistance(c, background) <= backgroundTolerance) continue;
    const key = ((c[0] >> 3) << 10) | ((c[1] >> 3) << 5) | (c[2] >> 3);
    const bin = bins.get(key) ?? { sum: [0, 0, 0], n: 0 };
    bin.sum[0] += c[0];
    bin.sum[1] += c[1];
    bin.sum[2] += c[2];
    bin.n++;
    bins.set(key, bin);
  }
  const clusters: { color: Rgb; pixels: number }[] = [];
  for (const bin of [...bins.values()].sort((a, b) => b.n - a.n)) {
    const mean: Rgb = [bin.sum[0] / bin.n, bin.sum[1] / bin.n, bin.sum[2] / bin.n];
    const home = clusters.find((c) => rgbDistance(c.color, mean) <= radius);
    if (home) home.pixels += bin.n;
    else clusters.push({ color: mean, pixels: bin.n });
  }
  const minPixels = minShare * img.width * img.height;
  return clusters.filter((c) => c.pixels >= minPixels).sort((a, b) => b.pixels - a.pixels);
}

/** Luma (Rec. 709 weights on the 8-bit values): what a viewer with no colour vision still sees. */
export const luma = ([r, g, b]: Rgb): number => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** Fraction of pixels whose luma differs by more than `threshold` between two same-sized images. */
export function fractionLumaDiffering(a: Rgba, b: Rgba, threshold = 8): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  const total = a.width * a.height;
  let differing = 0;
  for (let i = 0; i < total; i++) if (Math.abs(luma(pixel(a, i)) - luma(pixel(b, i))) > threshold) differing++;
  return total === 0 ? 0 : differing / total;
}

/** Fraction of pixels whose colour differs by more than `tolerance` (RGB distance) between two images. */
export function fractionColourDiffering(a: Rgba, b: Rgba, tolerance = 24): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error('images differ in size');
  const total = a.width * a.height;
  let differing = 0;
  for (let i = 0; i < total; i++) if (rgbDistance(pixel(a, i), pixel(b, i)) > tolerance) differing++;
  return total === 0 ? 0 : differing / total;
}

/** Largest channel spread (max − min of r, g, b) over the image: near 0 for a grey picture. */
export function maxChroma(img: Rgba): number {
  let worst = 0;
  for (let i = 0; i < img.width * img.height; i++) {
    const [r, g, b] = pixel(img, i);
    worst = Math.max(worst, Math.max(r, g, b) - Math.min(r, g, b));
  }
  return worst;
}
