// Where each block of a comparison is drawn in the view, px from the left: with labels on, a strip
// on the left holds every label (layers and structures), and the two blocks share the rest in
// equal halves, so no label ever covers a block. Alone, or with labels off, the view is split
// (or not) edge to edge. Pure: SplitRenderer, CameraRig and LabelProjector all read it.

/** Widest the label strip gets, px (the longest label, "Subpapillary plexus", with its leader). */
const LABEL_STRIP_MAX_PX = 176;
/** Share of the view the strip may take on a narrow screen. */
const LABEL_STRIP_SHARE = 0.3;

export interface SplitView {
  /** Width of the label strip on the left, px (0 without labels or when not comparing). */
  readonly stripPx: number;
  /** Width of each block's viewport, px: the left one starts at stripPx, the right one after it. */
  readonly halfPx: number;
}

export function splitView(widthPx: number, comparing: boolean, labels: boolean): SplitView {
  if (!comparing) return { stripPx: 0, halfPx: widthPx };
  const stripPx = labels ? Math.round(Math.min(LABEL_STRIP_MAX_PX, widthPx * LABEL_STRIP_SHARE)) : 0;
  return { stripPx, halfPx: Math.floor((widthPx - stripPx) / 2) };
}
