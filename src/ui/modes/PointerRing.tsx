// The highlighter ring over the 3D view. PresenterPointer follows the presenter's pointer while
// the Pointer tool is on; the audience window draws the same ring from the mirrored position.
// Positions are physical (left/top): they are where the pointer is on screen, in any writing direction.
import { useEffect, useRef } from 'react';
import { useCorium } from '../../state/store';
import { usePointer } from './pointerStore';

export function PointerRing() {
  const { on, inside, x, y } = usePointer();
  if (!on || !inside) return null;
  return <div className="pointer-ring" aria-hidden="true" style={{ left: `${x * 100}%`, top: `${y * 100}%` }} />;
}

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/** In the view tools: while presenting with the Pointer on, tracks the pointer over the view (without blocking it). */
export function PresenterPointer() {
  const anchor = useRef<HTMLSpanElement>(null);
  const presenting = useCorium((s) => s.mode === 'presenter');
  const on = usePointer((s) => s.on);
  useEffect(() => {
    const view = anchor.current?.parentElement;
    if (!view || !presenting || !on) return;
    const move = (e: PointerEvent): void => {
      const r = view.getBoundingClientRect();
      usePointer.getState().moveTo(true, clamp01((e.clientX - r.left) / Math.max(1, r.width)), clamp01((e.clientY - r.top) / Math.max(1, r.height)));
    };
    const leave = (): void => { const p = usePointer.getState(); p.moveTo(false, p.x, p.y); };
    view.addEventListener('pointermove', move);
    view.addEventListener('pointerleave', leave);
    return () => { view.removeEventListener('pointermove', move); view.removeEventListener('pointerleave', leave); leave(); };
  }, [presenting, on]);
  return <><span ref={anchor} hidden />{presenting && on && <PointerRing />}</>;
}
