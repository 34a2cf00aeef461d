// Inside the Canvas: each frame, projects the label anchors (layers and key structures on the
// block's front face) to screen space and moves SceneOverlay's DOM elements there, and sizes the
// scale bar from the camera. Writes styles directly: no React state per frame. Labels of parts
// hidden in the layers panel are left out. Beside the surface, where the section is too narrow for
// the label columns either side of the block, the labels are hidden (they would cover most of it)
// and a short note says why. The columns are stacked by labelColumns.ts, clear of the controls
// over the view (the camera buttons, a notice: SCENE_CONTROL_ATTR).
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type PerspectiveCamera } from 'three';
import { layerAt, LAYERS } from '../model/tissue';
import { useCorium } from '../state/store';
import { useSurfaceLayout } from './surfaceLayout';
import type { TissueLayout } from '../state/url';
import { type BlockData } from '../state/blockData';
import { useBlocks } from '../state/useBlocks';
import { SCENE_CONTROL_ATTR, SCENE_OVERLAY_ID } from './overlayId';
import { drawnLayerBounds, explodeShiftMm } from './skinBlockGeometry';
import { labelShown } from './partVisibility';
import { splitView } from './splitView';
import { t } from '../i18n';
import { formatNumber } from '../i18n/formatNumber';
import type { ScenePart } from '../state/parts';
import { conditionPicture, conditionStateAt } from '../state/condition';
import { conditionAnchors, type ConditionAnchor } from './conditionLabels';
import { clearOfLeftLabels, EDGE_PX, keepLabelInView, labelRect, rectsOverlap, stackColumn, type ScreenRect } from './labelColumns';

/** Scale bar lengths offered, mm (10 µm … 2 mm), and the on-screen span wanted, px. */
const NICE_LENGTHS_MM = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2];
const BAR_MIN_PX = 60;
const BAR_MAX_PX = 160;
/** Room kept beside the block for label text, px. */
const LEFT_ROOM_PX = 172;
const RIGHT_ROOM_PX = 192;
const LEADER_PX = 26;
/** Left labels stay above the scale bar in the bottom-left corner. */
const SCALE_BAR_ZONE_PX = 52;

const STRUCTURE_LABELS = ['nerveEndings', 'capillaryLoops', 'subpapillaryPlexus', 'deepPlexus'] as const;

/** Millimetres per CSS pixel at a point `distanceMm` in front of a perspective camera. */
export function mmPerPixel(distanceMm: number, fovDeg: number, heightPx: number): number {
  return (2 * distanceMm * Math.tan((fovDeg * Math.PI) / 360)) / Math.max(1, heightPx);
}

/** The first nice length spanning 60–160 px, or the one closest to 100 px if none does. */
export function niceScaleBar(mmPerPx: number): { mm: number; px: number } {
  const fits = NICE_LENGTHS_MM.find((mm) => mm / mmPerPx >= BAR_MIN_PX && mm / mmPerPx <= BAR_MAX_PX);
  const mm = fits ?? NICE_LENGTHS_MM.reduce((a, b) => (Math.abs(Math.log(a / mmPerPx / 100)) <= Math.abs(Math.log(b / mmPerPx / 100)) ? a : b));
  return { mm, px: mm / mmPerPx };
}

/** The scale bar's length in the reader's language and number convention ("200 µm", "1 mm"). */
export function formatLength(mm: number): string {
  return mm < 1 ? t('layers.scale.um', { value: formatNumber(Math.round(mm * 1000)) }) : t('layers.scale.mm', { value: formatNumber(mm) });
}

/**
 * A label's anchor on the front face: a layer's span (top/bottom y, mm), or one structure depth,
 * slid across the face to leave room for its label; or a condition's part at a fixed x (xMm).
 */
interface Anchor { readonly id: string; readonly side: 'left' | 'right'; readonly topMm: number; readonly bottomMm: number; readonly xMm?: number }

/**
 * Label anchors in block coordinates: layer spans (left), structure depths and the treated
 * condition's parts (right, conditionLabels.ts), of the parts shown.
 */
export function labelAnchors(data: BlockData, layout: TissueLayout, hidden: readonly ScenePart[] = [], condition: readonly ConditionAnchor[] = []): Anchor[] {
  const layers = drawnLayerBounds(data).map((b, i): Anchor => ({
    id: LAYERS[i], side: 'left', topMm: -b.topMm + explodeShiftMm(i, layout), bottomMm: -b.bottomMm + explodeShiftMm(i, layout),
  }));
  // Pulled apart, each structure moves with its layer's slab (lib/explode.glsl), and so does its label.
  const structures = data.tissue.structures
    .filter((s) => (STRUCTURE_LABELS as readonly string[]).includes(s.id))
    .map((s): Anchor => {
      const y = -s.depthMm + explodeShiftMm(LAYERS.indexOf(layerAt(data.tissue, s.depthMm)), layout);
      return { id: s.id, side: 'right', topMm: y, bottomMm: y };
    });
  const parts = layout === 'exploded' ? [] : condition.map((c): Anchor => ({ id: c.id, side: 'right', topMm: c.yMm, bottomMm: c.yMm, xMm: c.xMm }));
  return [...layers, ...structures, ...parts].filter((a) => labelShown(a.id, hidden));
}

interface OverlayElements {
  readonly first: Element | null;
  readonly labels: Map<string, HTMLElement>;
  readonly leaders: Map<string, SVGGElement>;
  readonly text: HTMLElement | null;
  readonly bar: HTMLElement | null;
  /** Says the labels are hidden for want of room (beside the surface). */
  readonly note: HTMLElement | null;
}

function findElements(root: HTMLElement): OverlayElements {
  const labels = new Map<string, HTMLElement>();
  const leaders = new Map<string, SVGGElement>();
  root.querySelectorAll<HTMLElement>('[data-anchor]').forEach((el) => labels.set(el.dataset.anchor ?? '', el));
  root.querySelectorAll<SVGGElement>('[data-leader]').forEach((el) => leaders.set(el.dataset.leader ?? '', el));
  return {
    first: root.firstElementChild, labels, leaders, text: root.querySelector('[data-scale-text]'), bar: root.querySelector('[data-scale-bar]'),
    note: root.querySelector('[data-labels-note]'),
  };
}

const ndc = new Vector3();
const ray = new Vector3();

/** x on the front face plane (z = zFront) under a screen point, or null if the ray misses it. */
function frontXAt(sx: number, sy: number, w: number, h: number, camera: PerspectiveCamera, zFront: number): number | null {
  ray.set((sx / w) * 2 - 1, 1 - (sy / h) * 2, 0.5).unproject(camera).sub(camera.position);
  if (Math.abs(ray.z) < 1e-9) return null;
  const t = (zFront - camera.position.z) / ray.z;
  return t > 0 ? camera.position.x + ray.x * t : null;
}

interface Placed { id: string; side: 'left' | 'right'; ax: number; ay: number; ly: number }

/** Can the label columns (LEFT_ROOM_PX and RIGHT_ROOM_PX) sit either side of a block this wide, px? */
export function labelsFitBeside(viewWidthPx: number, blockWidthPx: number): boolean {
  return viewWidthPx >= LEFT_ROOM_PX + RIGHT_ROOM_PX + blockWidthPx;
}

/** Width on screen of the whole block (its eight corners, the slabs' gaps included), px. */
function blockWidthPx(data: BlockData, layout: TissueLayout, camera: PerspectiveCamera, w: number): number {
  const half = data.blockMm / 2;
  const bottom = -data.drawnDepthMm + explodeShiftMm(LAYERS.length - 1, layout);
  let min = Infinity, max = -Infinity;
  for (const x of [-half, half]) for (const y of [0, bottom]) for (const z of [-half, half]) {
    ndc.set(x, y, z).project(camera);
    const sx = ((ndc.x + 1) / 2) * w;
    min = Math.min(min, sx);
    max = Math.max(max, sx);
  }
  return max - min;
}

/** The controls over the view (SCENE_CONTROL_ATTR) as rectangles in the overlay's pixels. */
function controlRects(root: HTMLElement): ScreenRect[] {
  const origin = root.getBoundingClientRect();
  return [...(root.parentElement?.querySelectorAll(`[${SCENE_CONTROL_ATTR}]`) ?? [])]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top }));
}

/**
 * Screen point of an anchor: slid along the front face (within the block) so its label has room
 * beside it, and in the middle of the part of its layer on screen, so a zoomed-in view still
 * names the layer it shows. Two passes: under perspective the slide depends on the height.
 */
function placeAnchor(a: Anchor, camera: PerspectiveCamera, w: number, h: number, zFront: number, leftRoomPx = LEFT_ROOM_PX): Placed | null {
  if (a.xMm !== undefined) {
    ndc.set(a.xMm, a.topMm, zFront).project(camera);
    const [ax, ay] = [((ndc.x + 1) / 2) * w, ((1 - ndc.y) / 2) * h];
    return ndc.z <= 1 && ax >= 0 && ax <= w && ay >= EDGE_PX && ay <= h - EDGE_PX ? { id: a.id, side: a.side, ax, ay, ly: 0 } : null;
  }
  const room = a.side === 'left' ? leftRoomPx : w - RIGHT_ROOM_PX;
  const edge = a.side === 'left' ? -zFront : zFront;
  ndc.set(0, (a.topMm + a.bottomMm) / 2, zFront).project(camera);
  let sy = ((1 - ndc.y) / 2) * h;
  let result: Placed | null = null;
  for (let pass = 0; pass < 2; pass++) {
    const fx = frontXAt(room, sy, w, h, camera, zFront);
    const x = fx === null ? edge : a.side === 'left' ? Math.min(zFront, Math.max(edge, fx)) : Math.max(-zFront, Math.min(edge, fx));
    ndc.set(x, a.topMm, zFront).project(camera);
    if (ndc.z > 1) return null;
    const [sxTop, syTop] = [((ndc.x + 1) / 2) * w, ((1 - ndc.y) / 2) * h];
    ndc.set(x, a.bottomMm, zFront).project(camera);
    if (ndc.z > 1) return null;
    const [sxBottom, syBottom] = [((ndc.x + 1) / 2) * w, ((1 - ndc.y) / 2) * h];
    const from = Math.max(syTop, EDGE_PX);
    const to = Math.min(syBottom, h - EDGE_PX);
    if (to < from) return null;
    sy = (from + to) / 2;
    const k = syBottom > syTop ? (sy - syTop) / (syBottom - syTop) : 0;
    const ax = sxTop + (sxBottom - sxTop) * k;
    result = ax >= 0 && ax <= w ? { id: a.id, side: a.side, ax, ay: sy, ly: 0 } : null;
  }
  return result;
}

export function LabelProjector() {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as unknown as { target?: Vector3 } | null;
  const size = useThree((s) => s.size);
  const layout = useCorium((s) => s.layout);
  const comparing = useCorium((s) => s.compare !== null);
  // Beside the surface the section fills the right half; the overlay sits there too (SceneOverlay).
  const beside = useSurfaceLayout((s) => s.layout === 'beside');
  const halfWidth = beside || comparing;
  const hidden = useCorium((s) => s.hidden);
  const data = useBlocks().primary;
  // A condition's parts move as it changes over a course: placed again when its state moves one
  // step (1% of its fill), not on every frame of playback.
  const picture = useMemo(() => conditionPicture(data), [data]);
  const fillStep = useCorium((s) => (picture ? Math.round(conditionStateAt(picture, s.timeHours).fill * 100) : 0));
  const anchors = useMemo(() => {
    const condition = picture ? conditionAnchors(data, picture, conditionStateAt(picture, useCorium.getState().timeHours)) : [];
    return labelAnchors(data, layout, hidden, condition);
    // fillStep: the condition's state moved on.
  }, [data, layout, hidden, picture, fillStep]);
  const elements = useRef<OverlayElements | null>(null);
  const shown = useRef({ mm: 0, px: 0 });
  const placedFor = useRef<{ el: OverlayElements; anchors: typeof anchors } | null>(null);
  const lastView = useRef(new Float64Array(34));
  // Each label's width, read only when its text or the view's width changed (a read after the
  // frame's style writes would force a layout).
  const widths = useRef(new Map<HTMLElement, { key: string; px: number }>());
  const controlsFor = useRef<{ key: string; rects: ScreenRect[] } | null>(null);
  // A new language rewrites the scale text and places the labels again on the next frame.
  const lang = useCorium((s) => s.lang);
  useEffect(() => { shown.current = { mm: 0, px: 0 }; placedFor.current = null; }, [lang]);

  useFrame(() => {
    const root = document.getElementById(SCENE_OVERLAY_ID);
    if (!root) return;
    if (!elements.current || elements.current.first !== root.firstElementChild || !root.contains(elements.current.text)) elements.current = findElements(root);
    const el = elements.current;

    const target = controls?.target ?? ndc.set(0, 0, 0);
    const bar = niceScaleBar(mmPerPixel(camera.position.distanceTo(target), camera.getEffectiveFOV(), size.height));
    if (Math.abs(bar.px - shown.current.px) > 0.25 || bar.mm !== shown.current.mm) {
      if (el.bar) el.bar.style.width = `${bar.px.toFixed(1)}px`;
      if (el.text && bar.mm !== shown.current.mm) {
        el.text.textContent = formatLength(bar.mm);
        // Hidden until the first frame measures it (and for good without a 3D view).
        if (el.text.parentElement) el.text.parentElement.style.visibility = 'visible';
      }
      shown.current = bar;
    }
    if (el.labels.size === 0) return;

    camera.updateMatrixWorld();
    // Comparing, the left block is drawn right of the labels' strip (splitView.ts): every label
    // goes in the strip, none over a block.
    const split = splitView(size.width, comparing, true);
    // Beside the surface (not comparing) the section fills the right half, where the overlay sits.
    const w = !comparing && halfWidth ? Math.floor(size.width / 2) : split.halfPx;
    const h = size.height;
    // Most frames (playing, scrubbing) leave the camera still: then every label stays where it is,
    // and rewriting their styles would only make the browser restyle the overlay again.
    // Compared and copied in place: no allocation per frame.
    const last = placedFor.current;
    const view = lastView.current;
    const m = camera.matrixWorld.elements, p = camera.projectionMatrix.elements;
    let same = last !== null && last.el === el && last.anchors === anchors && view[32] === w && view[33] === h;
    for (let i = 0; i < 16; i++) {
      if (view[i] !== m[i] || view[16 + i] !== p[i]) same = false;
      view[i] = m[i];
      view[16 + i] = p[i];
    }
    view[32] = w;
    view[33] = h;
    if (same) return;
    placedFor.current = { el, anchors };
    const zFront = data.blockMm / 2;
    // Beside the surface the section may be too narrow for the columns: no labels, and the note.
    const noRoom = beside && !comparing && !labelsFitBeside(w, blockWidthPx(data, layout, camera, w));
    if (el.note) el.note.style.visibility = noRoom ? 'visible' : 'hidden';
    const facing = camera.position.z > zFront && !noRoom;
    const placed: Placed[] = [];
    for (const a of anchors) {
      if (!facing) break;
      const p = placeAnchor(comparing ? { ...a, side: 'left' } : a, camera, w, h, zFront, comparing ? 0 : undefined);
      if (p) placed.push({ ...p, ax: p.ax + split.stripPx });
    }

    const viewWidth = w + split.stripPx;
    const widthOf = (label: HTMLElement): number => {
      const key = `${label.textContent ?? ''}|${viewWidth}`;
      const known = widths.current.get(label);
      if (known?.key === key) return known.px;
      const px = label.offsetWidth;
      // Zero: not laid out yet (the overlay hidden); measured again next time.
      if (px > 0) widths.current.set(label, { key, px });
      return px;
    };
    // The controls over the view, read again only when the view's size, the language or their number changed.
    const controlCount = root.parentElement?.querySelectorAll(`[${SCENE_CONTROL_ATTR}]`).length ?? 0;
    const controlKey = `${viewWidth}|${h}|${lang}|${controlCount}`;
    if (controlsFor.current?.key !== controlKey) controlsFor.current = { key: controlKey, rects: controlRects(root) };
    const blocked = controlsFor.current.rects;

    // Each label's text across (its leader's end kept in view), then its height in its column.
    const entry = (p: Placed, side: 'left' | 'right') => {
      const label = el.labels.get(p.id);
      const widthPx = label ? widthOf(label) : 0;
      const wanted = comparing ? split.stripPx - 4 : side === 'left' ? Math.max(p.ax, LEFT_ROOM_PX) - LEADER_PX : Math.min(p.ax, w - RIGHT_ROOM_PX) + LEADER_PX;
      const rect = labelRect(keepLabelInView(wanted, side, widthPx, viewWidth), p.ay, side, widthPx);
      // A condition's parts (fixed on the face) matter more than the layers' and vessels' names.
      const priority = anchors.some((a) => a.id === p.id && a.xMm !== undefined) ? 1 : 0;
      return { p, label, side, widthPx, wanted, ay: p.ay, left: rect.left, right: rect.right, priority };
    };
    const bottomOf = (side: 'left' | 'right'): number => (side === 'left' ? h - SCALE_BAR_ZONE_PX : h - EDGE_PX);
    /** Stacks one column; true if it places more labels than `than`. */
    const stack = (column: ReturnType<typeof entry>[], side: 'left' | 'right', than = -1): boolean => {
      const heights = stackColumn(column, bottomOf(side), blocked);
      if (heights.filter((y) => y !== null).length <= than) return false;
      column.forEach((c, i) => { c.p.ly = heights[i] ?? Number.NaN; });
      return true;
    };
    const columns = placed.map((p) => entry(p, comparing ? 'left' : p.side));
    for (const side of ['left', 'right'] as const) stack(columns.filter((c) => c.side === side), side);
    // A layer's name with no room left in its column (a small view with the camera buttons across
    // its top) goes to the other one, anchored on the right of its layer, if that column has room.
    for (const c of comparing ? [] : columns.filter((x) => x.side === 'left' && Number.isNaN(x.p.ly))) {
      const anchor = anchors.find((a) => a.id === c.p.id);
      const moved = anchor ? placeAnchor({ ...anchor, side: 'right' }, camera, w, h, zFront) : null;
      if (!moved) continue;
      const rights = columns.filter((x) => x.side === 'right');
      const candidate = entry(moved, 'right');
      if (stack([...rights, candidate], 'right', rights.filter((x) => !Number.isNaN(x.p.ly)).length)) columns[columns.indexOf(c)] = candidate;
    }

    // Left labels first: the right ones keep clear of their text.
    columns.sort((a, b) => (a.side === b.side ? 0 : a.side === 'left' ? -1 : 1));
    const lefts: { right: number; ly: number }[] = [];
    const visible = new Set<string>();
    for (const { p, label, side, widthPx, wanted } of columns) {
      if (!label || Number.isNaN(p.ly)) continue;
      // Keep the text on screen even where the anchor could not slide far enough.
      const lx = keepLabelInView(side === 'right' ? clearOfLeftLabels(wanted, p.ly, lefts) : wanted, side, widthPx, viewWidth);
      // Moved right past a left label's text, a right label may reach a control: then it is left out.
      if (blocked.some((c) => rectsOverlap(labelRect(lx, p.ly, side, widthPx), c))) continue;
      if (side === 'left') lefts.push({ right: lx, ly: p.ly });
      visible.add(p.id);
      label.style.transform = `translate(${lx.toFixed(1)}px, ${p.ly.toFixed(1)}px) translate(${side === 'left' ? '-100%' : '0'}, -50%)`;
      label.style.visibility = 'visible';
      const leader = el.leaders.get(p.id);
      if (!leader) continue;
      leader.setAttribute('visibility', 'visible');
      leader.querySelectorAll('line').forEach((line) => {
        line.setAttribute('x1', p.ax.toFixed(1)); line.setAttribute('y1', p.ay.toFixed(1));
        line.setAttribute('x2', lx.toFixed(1)); line.setAttribute('y2', p.ly.toFixed(1));
      });
      const dot = leader.querySelector('circle');
      dot?.setAttribute('cx', p.ax.toFixed(1));
      dot?.setAttribute('cy', p.ay.toFixed(1));
    }
    for (const [id, label] of el.labels) if (!visible.has(id)) { label.style.visibility = 'hidden'; el.leaders.get(id)?.setAttribute('visibility', 'hidden'); }
  });
  return null;
}
