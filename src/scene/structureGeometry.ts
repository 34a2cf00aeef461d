// Procedural geometry of the skin's appendages and nerves (follicle, hair, sebaceous and sweat
// glands, free nerve endings, a lamellar corpuscle), laid out at the model's depths on the
// block's cut-away front face. Pure geometry with vertex colours; SkinStructures.tsx draws it.
import { BufferAttribute, BufferGeometry, LatheGeometry, SphereGeometry, Vector2 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { layer, structureDepth, type Tissue } from '../model';
import { mergeTubes, smoothPath, type Point3 } from './tubes';
import { FOLLICLE_EXIT_X_MM } from '../state/condition';

type Rgb = readonly [number, number, number];

/** Structures sit on the cut face, flattened front-to-back so the face shows them like a section in relief. */
const FACE_FLATTEN = 0.6;
/** Follicles slant ~10–20° from the vertical; x where the hair leaves the skin (away from x = 0, where views zoom). */
const FOLLICLE_TILT_RAD = (12 * Math.PI) / 180;
const SWEAT_GLAND_X_MM = 1.3;
const NERVE_X_MM = -0.5;
const CORPUSCLE_X_MM = -0.85;

const COLOUR = {
  sheath: [0.8, 0.68, 0.58], matrix: [0.36, 0.24, 0.18], hair: [0.2, 0.13, 0.09],
  sebum: [0.93, 0.85, 0.58], sebumDot: [0.76, 0.66, 0.4],
  sweatCoil: [0.36, 0.48, 0.74], sweatDuct: [0.52, 0.64, 0.86],
  nerve: [0.98, 0.9, 0.45], lamella: [0.84, 0.82, 0.9], lamellaLine: [0.55, 0.52, 0.68],
} as const satisfies Record<string, Rgb>;

export interface StructureGeometries {
  readonly follicle: BufferGeometry | null;
  readonly hairShaft: BufferGeometry | null;
  readonly sebaceousGland: BufferGeometry | null;
  readonly sweatGland: BufferGeometry;
  readonly nerve: BufferGeometry;
  readonly lamellarCorpuscle: BufferGeometry;
}

export function structureGeometries(tissue: Tissue, blockMm: number): StructureGeometries {
  const face = blockMm / 2;
  const bulbMm = structureDepth(tissue, 'follicleBulbs');
  const sebaceousMm = structureDepth(tissue, 'sebaceousGlands');
  const follicle = bulbMm === null ? null : follicleParts(bulbMm, sebaceousMm);
  const out = {
    follicle: follicle?.sheath ?? null,
    hairShaft: follicle?.hair ?? null,
    sebaceousGland: follicle?.gland ?? null,
    sweatGland: sweatGland(tissue),
    nerve: nerve(tissue),
    lamellarCorpuscle: lamellarCorpuscle(tissue),
  };
  for (const g of Object.values(out)) if (g) onFace(g, face);
  return out;
}

/** Along the follicle's slanted axis: the point `h` mm above the bulb's bottom. */
function follicleAxis(bulbMm: number) {
  const up: [number, number] = [Math.sin(FOLLICLE_TILT_RAD), Math.cos(FOLLICLE_TILT_RAD)];
  const lengthMm = bulbMm / up[1];
  const bottom: [number, number] = [FOLLICLE_EXIT_X_MM - up[0] * lengthMm, -bulbMm];
  return { up, lengthMm, at: (h: number): Point3 => [bottom[0] + up[0] * h, bottom[1] + up[1] * h, 0] };
}

function follicleParts(bulbMm: number, sebaceousMm: number | null) {
  const axis = follicleAxis(bulbMm);
  const L = axis.lengthMm;
  // Sheath profile (radius, height above the bulb's bottom): onion-shaped bulb, narrow neck, funnel at the pore.
  const profile = [[0.001, 0], [0.06, 0.012], [0.1, 0.05], [0.112, 0.1], [0.095, 0.17], [0.07, 0.25], [0.062, 0.34],
    [0.058, L - 0.14], [0.07, L - 0.05], [0.088, L + 0.004]].map(([r, h]) => new Vector2(r, h));
  const sheath = new LatheGeometry(profile, 20);
  sheath.rotateZ(-FOLLICLE_TILT_RAD);
  const [bx, by] = axis.at(0);
  sheath.translate(bx, by, 0);
  // The pigmented matrix of the bulb is dark; the root sheath above it pale.
  paint(sheath, (p) => mixRgb(COLOUR.matrix, COLOUR.sheath, smoothstep(0.12, 0.24, (p[1] - by) / axis.up[1])));

  const exit = axis.at(L);
  const hairCtrl: Point3[] = [axis.at(0.07), axis.at(L * 0.5), exit, [exit[0] + 0.1, 0.26, 0], [exit[0] + 0.3, 0.5, 0], [exit[0] + 0.58, 0.64, 0]];
  const hair = plain(mergeTubes([{ points: smoothPath(hairCtrl, 6), radiusMm: 0.026 }], 8));
  paint(hair, () => COLOUR.hair);

  let gland: BufferGeometry | null = null;
  if (sebaceousMm !== null) {
    const [ax, ay] = axis.at((bulbMm - sebaceousMm) / axis.up[1]);
    // Lobules bunched on the follicle's lower side, opening into it by a short duct (the first lobule).
    const lobules: [number, number, number][] = [[-0.07, 0.04, 0.04], [-0.13, 0.0, 0.065], [-0.19, -0.05, 0.06], [-0.12, -0.1, 0.07], [-0.21, 0.04, 0.05], [-0.06, -0.07, 0.05]];
    gland = mergeGeometries(lobules.map(([dx, dy, r]) => {
      const s = plain(new SphereGeometry(r, 16, 12));
      s.translate(ax + dx, ay + dy, 0);
      return s;
    }));
    paint(gland, (p) => mixRgb(COLOUR.sebum, COLOUR.sebumDot, smoothstep(0.55, 0.95, Math.sin(p[0] * 230) * Math.sin(p[1] * 210) * Math.sin(p[2] * 190 + 1))));
  }
  return { sheath, hair, gland };
}

/** Eccrine gland: a coiled secretory tubule at the dermis–fat border, its duct rising and spiralling through the epidermis to a pore. */
function sweatGland(tissue: Tissue): BufferGeometry {
  const junctionMm = layer(tissue, 'viableEpidermis').bottomMm;
  const centre: Point3 = [SWEAT_GLAND_X_MM, -(tissue.skinThicknessMm - 0.03), 0];
  const coil: Point3[] = [];
  const turns = 2, wraps = 9, steps = 180;
  for (let i = 0; i <= steps; i++) {
    const t = (i / steps) * Math.PI * 2 * 0.94;
    const ring = 0.085 + 0.045 * Math.cos(wraps * t);
    coil.push([centre[0] + ring * Math.cos(turns * t), centre[1] + ring * Math.sin(turns * t) * 0.8, 0.045 * Math.sin(wraps * t)]);
  }
  const start = coil[coil.length - 1];
  const rise: Point3[] = [start, [start[0] + 0.04, start[1] + 0.15, 0]];
  const risingMm = -junctionMm - rise[1][1];
  for (let k = 1; k <= 4; k++) rise.push([SWEAT_GLAND_X_MM + 0.03 * Math.sin(k * 1.7), rise[1][1] + (risingMm * k) / 4, 0]);
  const duct = smoothPath(rise, 6);
  // Through the epidermis the duct corkscrews (the acrosyringium), a turn every ~30 µm or so.
  const pitchMm = Math.max(0.03, junctionMm / 8);
  const helixSteps = Math.max(12, Math.round((junctionMm / pitchMm) * 10));
  const top = duct[duct.length - 1];
  for (let i = 1; i <= helixSteps; i++) {
    const t = i / helixSteps;
    const a = (t * junctionMm / pitchMm) * Math.PI * 2;
    duct.push([top[0] + 0.018 * Math.sin(a), top[1] + t * junctionMm, 0.018 * (Math.cos(a) - 1)]);
  }
  const g = plain(mergeTubes([{ points: coil, radiusMm: 0.02 }, { points: duct, radiusMm: 0.011 }], 8));
  const ductFromY = start[1] + 0.02;
  paint(g, (p) => (p[1] > ductFromY ? COLOUR.sweatDuct : COLOUR.sweatCoil));
  return g;
}

/** A small dermal nerve rising to the subpapillary level, branching into free endings that enter the living epidermis (Hilliges 1995). */
function nerve(tissue: Tissue): BufferGeometry {
  const junctionMm = layer(tissue, 'viableEpidermis').bottomMm;
  const endMm = structureDepth(tissue, 'nerveEndings') ?? junctionMm * 0.5;
  const subMm = structureDepth(tissue, 'subpapillaryPlexus') ?? junctionMm + 0.3;
  const deepMm = tissue.skinThicknessMm - 0.15;
  const forkMm = subMm + 0.05;
  const trunk = smoothPath([[CORPUSCLE_X_MM + 0.19, -deepMm, 0], [NERVE_X_MM - 0.12, -deepMm + 0.1, 0], [NERVE_X_MM - 0.02, -(deepMm + forkMm) / 2, 0], [NERVE_X_MM, -forkMm, 0]], 6);
  const fork = trunk[trunk.length - 1];
  const spread = [-0.15, -0.08, -0.01, 0.06, 0.13];
  const fibres = spread.map((dx, i) => smoothPath([fork,
    [fork[0] + dx * 0.4, -(forkMm + junctionMm) / 2, 0],
    [fork[0] + dx * 0.85 + 0.01 * Math.sin(i * 2.3), -junctionMm - 0.02, 0],
    [fork[0] + dx + 0.012 * Math.cos(i), -endMm - (i % 2) * 0.008, 0]], 6));
  const tubes = plain(mergeTubes([{ points: trunk, radiusMm: 0.014 }, ...fibres.map((points) => ({ points, radiusMm: 0.0032 }))], 7));
  // Varicosities (beads) along each ending inside the epidermis, and a bulb at its tip.
  const beads = fibres.flatMap((f) => [0.85, 0.93, 1].map((t) => {
    const p = f[Math.min(f.length - 1, Math.round(t * (f.length - 1)))];
    const s = plain(new SphereGeometry(t === 1 ? 0.0065 : 0.005, 8, 6));
    s.translate(p[0], p[1], p[2]);
    return s;
  }));
  const g = mergeGeometries([tubes, ...beads]);
  paint(g, () => COLOUR.nerve);
  return g;
}

/** Lamellar (Pacinian) corpuscle: an onion of lamellae round a nerve ending, deep in the dermis. */
function lamellarCorpuscle(tissue: Tissue): BufferGeometry {
  const a = 0.19, b = 0.11;
  const profile = Array.from({ length: 41 }, (_, i) => {
    const h = -a + (2 * a * i) / 40;
    return new Vector2(Math.max(b * Math.sqrt(Math.max(0, 1 - (h / a) ** 2)), 0.0005), h);
  });
  const g = new LatheGeometry(profile, 40);
  // Concentric lamellae, as a section shows them: rings by elliptic radius, the axon a pale core line.
  paint(g, (p) => {
    const rho = Math.hypot(p[1] / a, p[0] / b);
    if (Math.abs(p[0]) < 0.008 && Math.abs(p[1]) < a * 0.8) return COLOUR.nerve;
    return mixRgb(COLOUR.lamella, COLOUR.lamellaLine, smoothstep(0.55, 0.95, Math.cos(rho * Math.PI * 9)));
  });
  g.rotateZ(Math.PI / 2);
  g.translate(CORPUSCLE_X_MM, -(tissue.skinThicknessMm - 0.15), 0);
  return g;
}

/** Keeps only position, normal and index, so geometries of different origins merge. */
function plain(g: BufferGeometry): BufferGeometry {
  for (const name of Object.keys(g.attributes)) if (name !== 'position' && name !== 'normal') g.deleteAttribute(name);
  return g;
}

function paint(g: BufferGeometry, colourAt: (p: Point3) => Rgb): void {
  const pos = g.getAttribute('position');
  const colour = new Float32Array(pos.count * 3);
  for (let i = 0; i < pos.count; i++) colour.set(colourAt([pos.getX(i), pos.getY(i), pos.getZ(i)]), i * 3);
  g.setAttribute('color', new BufferAttribute(colour, 3));
}

/** Moves a structure built around z = 0 onto the front face, flattened in z (normals corrected). */
function onFace(g: BufferGeometry, faceZ: number): void {
  const pos = g.getAttribute('position');
  const nor = g.getAttribute('normal');
  for (let i = 0; i < pos.count; i++) {
    pos.setZ(i, faceZ + pos.getZ(i) * FACE_FLATTEN);
    const nx = nor.getX(i), ny = nor.getY(i), nz = nor.getZ(i) / FACE_FLATTEN;
    const len = Math.hypot(nx, ny, nz) || 1;
    nor.setXYZ(i, nx / len, ny / len, nz / len);
  }
  g.computeBoundingSphere();
}

function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.min(Math.max((x - e0) / (e1 - e0), 0), 1);
  return t * t * (3 - 2 * t);
}

function mixRgb(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}
