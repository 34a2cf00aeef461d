// The DOM overlay over the 3D view: layer and structure labels with leader lines, and the scale
// bar. React renders the elements once (and when the user toggles labels); LabelProjector moves
// them every frame by writing their styles directly, so playback never re-renders React.
import type { CSSProperties } from 'react';
import { useCorium } from '../state/store';
import { useSurfaceLayout } from '../scene/surfaceLayout';
import { useT } from '../i18n/useT';
import type { layers } from '../i18n/en/layers';

import { SCENE_OVERLAY_ID } from '../scene/overlayId';
import { CONDITION_LABELS } from '../state/conditionParts';

/** Anchor ids (see LabelProjector; their text is layers.overlay.<id>); the side is where the label sits. */
export const OVERLAY_LABELS: readonly { id: keyof typeof layers.overlay; side: 'left' | 'right' }[] = [
  { id: 'stratumCorneum', side: 'left' },
  { id: 'viableEpidermis', side: 'left' },
  { id: 'papillaryDermis', side: 'left' },
  { id: 'reticularDermis', side: 'left' },
  { id: 'hypodermis', side: 'left' },
  { id: 'nerveEndings', side: 'right' },
  { id: 'capillaryLoops', side: 'right' },
  { id: 'subpapillaryPlexus', side: 'right' },
  { id: 'deepPlexus', side: 'right' },
  // A treated condition's parts: drawn only where the block shows that condition (conditionLabels.ts).
  ...CONDITION_LABELS.map((id) => ({ id, side: 'right' as const })),
];

// Longhand sides, not `inset`: React diffs style keys one by one, so going from the surface view's
// { inset, left: '50%' } back to { inset } removed `left` after the shorthand and left the
// overlay 0 px wide (every label and the scale bar gone after a visit to the surface view).
const overlay: CSSProperties = { position: 'absolute', top: 0, right: 0, bottom: 0, left: 0, pointerEvents: 'none', overflow: 'hidden', zIndex: 1 };
const label: CSSProperties = {
  position: 'absolute', left: 0, top: 0, visibility: 'hidden', whiteSpace: 'nowrap', willChange: 'transform',
  font: '600 13px/16px system-ui, "DejaVu Sans", sans-serif', color: '#f4f6f9',
  background: 'rgba(14, 19, 27, 0.8)', padding: '2px 6px', borderRadius: 4,
};
const scale: CSSProperties = {
  position: 'absolute', left: 16, bottom: 14, color: '#f4f6f9', visibility: 'hidden',
  font: '600 13px/16px system-ui, "DejaVu Sans", sans-serif', textShadow: '0 0 3px #000, 0 0 2px #000',
};
/** Shown by LabelProjector when the labels are hidden for want of room; above the scale bar. */
const note: CSSProperties = {
  position: 'absolute', left: 16, bottom: 44, right: 16, margin: 0, visibility: 'hidden',
  font: '600 12px/15px system-ui, "DejaVu Sans", sans-serif', color: '#f4f6f9', textShadow: '0 0 3px #000, 0 0 2px #000',
};
const bar: CSSProperties = {
  height: 6, width: 100, marginTop: 3, background: '#f4f6f9',
  border: '1px solid #0e131b', boxShadow: '0 0 0 1px rgba(255,255,255,0.35)',
};

export function SceneOverlay() {
  const t = useT();
  const labels = useCorium((s) => s.labels);
  // In the surface view the labels and scale bar belong to the section: the right half, or none.
  const surface = useSurfaceLayout((s) => s.layout);
  const style: CSSProperties = surface === 'beside' ? { ...overlay, left: '50%' } : surface === 'off' ? overlay : { ...overlay, display: 'none' };
  return (
    <div id={SCENE_OVERLAY_ID} style={style}>
      {labels && (
        <div aria-hidden="true">
          <svg width="100%" height="100%" style={{ position: 'absolute', inset: 0 }}>
            {OVERLAY_LABELS.map((l) => (
              <g key={l.id} data-leader={l.id} visibility="hidden">
                <line stroke="#0e131b" strokeWidth={3.5} strokeLinecap="round" />
                <line stroke="#f4f6f9" strokeWidth={1.5} strokeLinecap="round" />
                <circle r={3} fill="#f4f6f9" stroke="#0e131b" strokeWidth={1.5} />
              </g>
            ))}
          </svg>
          {OVERLAY_LABELS.map((l) => (
            <div key={l.id} data-anchor={l.id} data-side={l.side} style={label}>{t(`layers.overlay.${l.id}`)}</div>
          ))}
          <p data-labels-note style={note}>{t('layers.show.labelsNoRoom')}</p>
        </div>
      )}
      <div style={scale} data-scale>
        <span data-scale-text />
        <div data-scale-bar style={bar} />
      </div>
    </div>
  );
}
