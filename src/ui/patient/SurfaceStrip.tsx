// The strip of small pictures of the skin surface (days 0 … 90 and before each later session),
// each a button that jumps the clock there. Asks for the pictures of what is chosen (drawn once
// per scenario and skin type, off-screen: src/scene/surfaceStrip.ts) and shows them, or says
// plainly why there are none. The printed handout's strip (`printed`) is drawn only when the
// page is printed (or laid out for print), since on screen nobody sees it.
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { paintStripNow, preparePainter, requestStrip, stripKey, useSurfaceStrip, type StripMoment } from '../../scene/surfaceStrip';
import { canUseWebGL } from '../../scene/webglSupport';
import type { BlockData } from '../../state/blockData';
import type { SkinType } from '../../model';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';

export function momentLabel(m: StripMoment): string {
  return m.beforeSession !== undefined ? tKey('plan.surface.beforeSession', { session: m.beforeSession }) : tKey('plan.surface.day', { count: m.day });
}

/** Draws the strip when the page is printed: at `beforeprint`, in that task, and in a print layout. */
function useStripForPrint(data: BlockData | null, skinType: SkinType | null): void {
  useEffect(() => {
    if (!data) return;
    const paper = window.matchMedia('print');
    // Without WebGL the handout says so at once (nothing to draw, nothing to wait for).
    const laidOut = (): void => { if (paper.matches || !canUseWebGL()) requestStrip(data, skinType); };
    const printing = (): void => { flushSync(() => { paintStripNow(data, skinType); }); };
    laidOut();
    preparePainter();
    paper.addEventListener('change', laidOut);
    window.addEventListener('beforeprint', printing);
    return () => {
      paper.removeEventListener('change', laidOut);
      window.removeEventListener('beforeprint', printing);
    };
  }, [data, skinType]);
}

export function SurfaceStrip({ printed = false }: { printed?: boolean }) {
  const t = useT();
  const { primary } = useBlocks();
  const skinType = useCorium((s) => s.skinType);
  useEffect(() => { if (!printed) requestStrip(primary, skinType); }, [primary, skinType, printed]);
  useStripForPrint(printed ? primary : null, skinType);
  // The pictures of what is chosen: another block's (asked for before a change) are not shown.
  const current = useSurfaceStrip((s) => s.key === stripKey(primary, skinType));
  const frames = useSurfaceStrip((s) => s.frames);
  const status = useSurfaceStrip((s) => (current ? s.status : 'drawing'));
  const setTime = useCorium((s) => s.setTime);
  const setPlaying = useCorium((s) => s.setPlaying);
  const time = useCorium((s) => s.timeHours);
  if (status !== 'ready' || !current || frames.length === 0) {
    const message = status === 'no-webgl' ? 'plan.surface.noWebgl' : status === 'failed' ? 'plan.surface.failed' : 'plan.surface.drawing';
    return <p className="surface-strip__wait">{t(message)}</p>;
  }
  // The picture nearest the clock (on the log-like axis) is marked as showing now.
  const nearest = frames.reduce((best, f, i) => (Math.abs(Math.log1p(f.hours) - Math.log1p(time)) < Math.abs(Math.log1p(frames[best].hours) - Math.log1p(time)) ? i : best), 0);
  return (
    <ol className="surface-strip" aria-label={t('plan.surface.strip')}>
      {frames.map((f, i) => {
        const label = momentLabel(f);
        const body = (
          <>
            <img src={f.url} alt="" width={72} height={72} />
            <span>{label}</span>
          </>
        );
        return (
          <li key={`${f.hours}`}>
            {!printed
              ? (
                <button type="button" className="surface-strip__item" aria-current={i === nearest ? 'true' : undefined}
                  aria-label={`${t('plan.surface.jump', { when: label })}${i === nearest ? ` ${t('plan.surface.now')}` : ''}`}
                  onClick={() => { setPlaying(false); setTime(f.hours); }}>
                  {body}
                </button>
              )
              : <figure className="surface-strip__item">{body}</figure>}
          </li>
        );
      })}
    </ol>
  );
}
