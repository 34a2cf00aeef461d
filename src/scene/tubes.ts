// Merges many thin tubes (vessels, ducts, nerve fibres) along centrelines into ONE indexed
// BufferGeometry, so hundreds of capillary loops cost one draw call. Not biology: callers lay out paths.
import { BufferAttribute, BufferGeometry, Vector3 } from 'three';

export type Point3 = readonly [number, number, number];

export interface TubePath {
  readonly points: readonly Point3[];
  /** Tube radius at each point, mm (or one radius for the whole path). */
  readonly radiusMm: number | readonly number[];
  /** Per-path data copied to every vertex as `aVessel` (e.g. arterial, sprout, seed, flow speed). */
  readonly vessel?: readonly [number, number, number, number];
  /** Per-point 0..1 arterial share (overrides vessel[0]); lets one loop turn venous at its tip. */
  readonly arterial?: readonly number[];
  /** Hours at which this path was made (new sprouts); −1 for vessels of the unwounded tissue. */
  readonly createdAtHours?: number;
  /** Sides of this tube's rings, in place of the mesh's (a coarser tube where it is seen small). */
  readonly sides?: number;
}

/**
 * Attributes besides position/normal: `aCentre` (the centreline point a vertex belongs to, so a
 * shader can shrink or hide a tube), `aAlong` (0..1 along the path, arc length mm, createdAt h),
 * `aVessel` (path data, see TubePath.vessel).
 */
export function mergeTubes(paths: readonly TubePath[], meshSides: number): BufferGeometry {
  let vertexCount = 0;
  let indexCount = 0;
  for (const p of paths) {
    vertexCount += p.points.length * (p.sides ?? meshSides);
    indexCount += (p.points.length - 1) * (p.sides ?? meshSides) * 6;
  }
  const position = new Float32Array(vertexCount * 3);
  const normal = new Float32Array(vertexCount * 3);
  const centre = new Float32Array(vertexCount * 3);
  const along = new Float32Array(vertexCount * 3);
  const vessel = new Float32Array(vertexCount * 4);
  const index = vertexCount > 65535 ? new Uint32Array(indexCount) : new Uint16Array(indexCount);

  const tangent = new Vector3();
  const n = new Vector3();
  const b = new Vector3();
  const a = new Vector3();
  const c = new Vector3();
  let v = 0;
  let k = 0;
  // Written element by element, without a temporary array per vertex: a block change merges
  // ~90,000 vessel vertices, and the garbage of array literals doubled the time it took.
  for (const path of paths) {
    const pts = path.points;
    const sides = path.sides ?? meshSides;
    const arc = cumulativeArc(pts);
    const total = arc[arc.length - 1] || 1;
    const base = v;
    const createdAt = path.createdAtHours ?? -1;
    const [, sprout = 0, seed = 0, speed = 0] = path.vessel ?? [];
    for (let i = 0; i < pts.length; i++) {
      const prev = pts[Math.max(i - 1, 0)];
      const next = pts[Math.min(i + 1, pts.length - 1)];
      tangent.set(next[0] - prev[0], next[1] - prev[1], next[2] - prev[2]).normalize();
      // Parallel transport: keep the previous ring's normal, re-orthogonalised, so tubes don't twist.
      if (i === 0) {
        a.set(Math.abs(tangent.y) < 0.9 ? 0 : 1, Math.abs(tangent.y) < 0.9 ? 1 : 0, 0);
        n.crossVectors(tangent, a).normalize();
      } else {
        n.addScaledVector(tangent, -n.dot(tangent)).normalize();
      }
      b.crossVectors(tangent, n).normalize();
      const r = typeof path.radiusMm === 'number' ? path.radiusMm : path.radiusMm[i];
      const s01 = arc[i] / total;
      const arterial = path.arterial ? path.arterial[i] : (path.vessel?.[0] ?? 0);
      const [px, py, pz] = pts[i];
      for (let j = 0; j < sides; j++) {
        const ang = (j / sides) * Math.PI * 2;
        c.copy(n).multiplyScalar(Math.cos(ang)).addScaledVector(b, Math.sin(ang));
        const v3 = v * 3, v4 = v * 4;
        position[v3] = px + c.x * r; position[v3 + 1] = py + c.y * r; position[v3 + 2] = pz + c.z * r;
        normal[v3] = c.x; normal[v3 + 1] = c.y; normal[v3 + 2] = c.z;
        centre[v3] = px; centre[v3 + 1] = py; centre[v3 + 2] = pz;
        along[v3] = s01; along[v3 + 1] = arc[i]; along[v3 + 2] = createdAt;
        vessel[v4] = arterial; vessel[v4 + 1] = sprout; vessel[v4 + 2] = seed; vessel[v4 + 3] = speed;
        v++;
      }
    }
    for (let i = 0; i < pts.length - 1; i++) {
      for (let j = 0; j < sides; j++) {
        const p0 = base + i * sides + j;
        const p1 = base + i * sides + ((j + 1) % sides);
        const q0 = p0 + sides;
        const q1 = p1 + sides;
        index[k] = p0; index[k + 1] = p1; index[k + 2] = q0;
        index[k + 3] = p1; index[k + 4] = q1; index[k + 5] = q0;
        k += 6;
      }
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(position, 3));
  g.setAttribute('normal', new BufferAttribute(normal, 3));
  g.setAttribute('aCentre', new BufferAttribute(centre, 3));
  g.setAttribute('aAlong', new BufferAttribute(along, 3));
  g.setAttribute('aVessel', new BufferAttribute(vessel, 4));
  g.setIndex(new BufferAttribute(index, 1));
  g.computeBoundingSphere();
  g.computeBoundingBox();
  return g;
}

function cumulativeArc(pts: readonly Point3[]): number[] {
  const out = [0];
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0, z0] = pts[i - 1];
    const [x1, y1, z1] = pts[i];
    out.push(out[i - 1] + Math.hypot(x1 - x0, y1 - y0, z1 - z0));
  }
  return out;
}

/** Catmull–Rom resampling of a few control points into a smooth centreline. */
export function smoothPath(ctrl: readonly Point3[], perSegment: number): Point3[] {
  const out: Point3[] = [];
  for (let i = 0; i < ctrl.length - 1; i++) {
    const p0 = ctrl[Math.max(i - 1, 0)], p1 = ctrl[i], p2 = ctrl[i + 1], p3 = ctrl[Math.min(i + 2, ctrl.length - 1)];
    for (let s = 0; s < perSegment; s++) {
      const t = s / perSegment, t2 = t * t, t3 = t2 * t;
      const f = (k: number) => 0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3);
      out.push([f(0), f(1), f(2)]);
    }
  }
  out.push(ctrl[ctrl.length - 1]);
  return out;
}
