// The QR code of a share link: the SVG path, drawn back into modules, is exactly uqr's matrix
// placed inside a four-module quiet zone, with the three finder squares where a reader looks.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encode } from 'uqr';
import { qrPicture, QR_QUIET_ZONE } from '../../src/ui/share/qr';
import { shareLink } from '../../src/ui/share/shareLink';
import { DEFAULT_ADDRESS } from '../../src/state/url';

/** Fills the modules the path's `M x y h w v1 h-w z` runs cover. */
function rasterize(size: number, path: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const m of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    expect(back).toBe(w);
    for (let i = 0; i < w; i++) {
      expect(grid[y][x + i], `module ${x + i},${y} drawn twice`).toBe(false);
      grid[y][x + i] = true;
    }
  }
  return grid;
}

const finderAt = (g: boolean[][], x0: number, y0: number): boolean => {
  for (let y = 0; y < 7; y++) for (let x = 0; x < 7; x++) {
    const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
    if (g[y0 + y][x0 + x] !== (ring !== 2)) return false;
  }
  return true;
};

describe('QR code of a link', () => {
  const link = shareLink({ ...DEFAULT_ADDRESS, scenario: 'deep-incision', timeHours: 78, mode: 'patient', lang: 'es' }, { origin: 'https://corium.example', pathname: '/' });

  it('draws exactly the encoded modules inside a quiet zone', () => {
    const qr = encode(link, { ecc: 'M', border: 0 });
    const pic = qrPicture(link);
    expect(pic.size).toBe(qr.size + 2 * QR_QUIET_ZONE);
    const grid = rasterize(pic.size, pic.path);
    for (let y = 0; y < pic.size; y++) for (let x = 0; x < pic.size; x++) {
      const inside = x >= QR_QUIET_ZONE && y >= QR_QUIET_ZONE && x < pic.size - QR_QUIET_ZONE && y < pic.size - QR_QUIET_ZONE;
      expect(grid[y][x], `${x},${y}`).toBe(inside ? qr.data[y - QR_QUIET_ZONE][x - QR_QUIET_ZONE] : false);
    }
    const far = pic.size - QR_QUIET_ZONE - 7;
    expect(finderAt(grid, QR_QUIET_ZONE, QR_QUIET_ZONE)).toBe(true);
    expect(finderAt(grid, far, QR_QUIET_ZONE)).toBe(true);
    expect(finderAt(grid, QR_QUIET_ZONE, far)).toBe(true);
    expect(finderAt(grid, far, far)).toBe(false);
  });

  it('different links give different codes, and longer links larger ones', { timeout: 20_000 }, () => {
    // uqr takes ~40 ms a code on a slow machine: a few runs.
    fc.assert(fc.property(fc.integer({ min: 0, max: 17_520 }), fc.integer({ min: 0, max: 17_520 }), (a, b) => {
      fc.pre(a !== b);
      expect(qrPicture(`${link}&t=${a}`).path).not.toBe(qrPicture(`${link}&t=${b}`).path);
    }), { numRuns: 8 });
    expect(qrPicture(`${link}&x=${'a'.repeat(300)}`).size).toBeGreaterThan(qrPicture(link).size);
  });
});
