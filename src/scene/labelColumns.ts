// Where the 3D view's labels go on screen, once LabelProjector has found their anchors: each
// column stacked near its anchors' heights, a label's text kept inside the view and clear of the
// other column, and every label kept off the controls that sit over the view (the camera buttons,
// a notice), which the page marks with SCENE_CONTROL_ATTR. A label with no free height is left out
// rather than drawn under a control. Pure: screen pixels in, screen pixels out.

/** Spacing of stacked labels, px; nearest a label comes to the view's top and bottom edges, px. */
export const LABEL_STEP_PX = 21;
export const EDGE_PX = 12;
/** No label text comes closer than this to the view's side edges, px. */
const SIDE_MARGIN_PX = 4;
/** Height of a label's box (13 px text on a 16 px line, 2 px padding above and below), px; gap kept beside it. */
const LABEL_BOX_PX = 20;
const LABEL_GAP_PX = 6;
/** Room kept between a label and a control over the view, px. */
const CONTROL_GAP_PX = 4;

/** A rectangle in the overlay's pixels (x right, y down). */
export interface ScreenRect { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }

export const rectsOverlap = (a: ScreenRect, b: ScreenRect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box of a label whose leader ends at (lx, ly): its text runs left of lx on the left side, right of it on the right. */
export function labelRect(lx: number, ly: number, side: 'left' | 'right', widthPx: number): ScreenRect {
  const left = side === 'left' ? lx - widthPx : lx;
  return { left, top: ly - LABEL_BOX_PX / 2, right: left + widthPx, bottom: ly + LABEL_BOX_PX / 2 };
}

/**
 * A label's x (its leader's end: the text's right edge for a left label, its left edge for a
 * right one) moved just enough that all `widthPx` of its text stays inside the view: the fixed room
 * kept beside the block is too little for long names (Spanish) on a phone.
 */
export function keepLabelInView(lx: number, side: 'left' | 'right', widthPx: number, viewWidthPx: number): number {
  const lowest = side === 'left' ? widthPx + SIDE_MARGIN_PX : SIDE_MARGIN_PX;
  const highest = side === 'left' ? viewWidthPx - SIDE_MARGIN_PX : viewWidthPx - SIDE_MARGIN_PX - widthPx;
  return Math.max(lowest, Math.min(lx, highest));
}

/**
 * A right-hand label's left edge moved right, if need be, past every left-hand label's text at its
 * height (`lefts`: each left label's right edge and centre y). A condition's parts are anchored
 * where the shader draws them, often over the front face's left half, so their labels would start
 * inside the layer names' column (on a phone, over them).
 */
export function clearOfLeftLabels(lx: number, ly: number, lefts: readonly { readonly right: number; readonly ly: number }[]): number {
  let x = lx;
  for (const l of lefts) if (Math.abs(l.ly - ly) < LABEL_BOX_PX) x = Math.max(x, l.right + LABEL_GAP_PX);
  return x;
}

/** One label of a column: its anchor's height, its text's extent across, px, and how much it matters (default 0). */
export interface ColumnLabel { readonly ay: number; readonly left: number; readonly right: number; readonly priority?: number }

/**
 * Heights for one column of labels (null: left out), in the anchors' order from the top, at
 * least LABEL_STEP_PX apart, no lower than `bottom`, each as near its anchor as that allows — and
 * never where a label's box would overlap one of `controls` (with CONTROL_GAP_PX to spare): a
 * label that would is moved past the control (down, or up when the column is full below), and one
 * with no free height left within the view is left out; if it matters more than a label that got
 * a place (a condition's part over a vessel's name), the lesser one gives way instead (the lowest
 * such). Without controls in the way this is the plain stacking the labels always had (down from
 * the anchors, then up from the bottom).
 */
export function stackColumn(labels: readonly ColumnLabel[], bottom: number, controls: readonly ScreenRect[]): (number | null)[] {
  const priority = (i: number): number => labels[i].priority ?? 0;
  const out = new Set<number>();
  for (;;) {
    const heights = stackOnce(labels, labels.map((_, i) => i).filter((i) => !out.has(i)), bottom, controls);
    const dropped = heights.map((y, i) => (y === null && !out.has(i) ? i : -1)).filter((i) => i >= 0);
    const most = Math.max(-Infinity, ...dropped.map(priority));
    const lesser = heights.map((y, i) => (y !== null && priority(i) < most ? i : -1)).filter((i) => i >= 0);
    if (lesser.length === 0) return heights;
    // The least important gives way; of those, the lowest in the column.
    out.add(lesser.reduce((a, b) => (priority(b) < priority(a) || (priority(b) === priority(a) && labels[b].ay > labels[a].ay) ? b : a)));
  }
}

/** One stacking pass over the labels `of` (the others get null). */
function stackOnce(labels: readonly ColumnLabel[], of: readonly number[], bottom: number, controls: readonly ScreenRect[]): (number | null)[] {
  const order = [...of].sort((a, b) => labels[a].ay - labels[b].ay);
  // Heights a label's centre may not take: each control across its text, grown by half a box and the gap.
  const bands = labels.map((l) => controls
    .filter((c) => l.left < c.right + CONTROL_GAP_PX && c.left - CONTROL_GAP_PX < l.right)
    .map((c) => ({ from: c.top - LABEL_BOX_PX / 2 - CONTROL_GAP_PX, to: c.bottom + LABEL_BOX_PX / 2 + CONTROL_GAP_PX })));
  const inBand = (i: number, y: number) => bands[i].find((b) => y > b.from && y < b.to);
  const ly = new Array<number>(labels.length);
  let previous = -Infinity;
  for (const i of order) {
    let y = Math.max(labels[i].ay, previous + LABEL_STEP_PX, EDGE_PX);
    for (let b = inBand(i, y); b; b = inBand(i, y)) y = b.to;
    ly[i] = previous = y;
  }
  const placed: (number | null)[] = labels.map(() => null);
  let next = Infinity;
  for (const i of [...order].reverse()) {
    const limit = Math.min(bottom, next - LABEL_STEP_PX);
    if (ly[i] <= limit) { placed[i] = next = ly[i]; continue; }
    let y = limit, moved = false;
    for (let b = inBand(i, y); b; b = inBand(i, y)) { y = b.from; moved = true; }
    // Pushed up past a control and out of the view's top: no room for it (the labels above keep theirs).
    if (moved && y < EDGE_PX) continue;
    placed[i] = next = y;
  }
  return placed;
}
