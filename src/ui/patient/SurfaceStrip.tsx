// The strip of small pictures of the skin surface (days 0 … 90 and before each later session),
// each a button that jumps the clock there. Asks for the pictures of what is chosen (drawn once
// per scenario and skin type, off-screen: src/scene/surfaceStrip.ts) and shows them, or says
// plainly why there are none.
import { useEffect } from 'react';
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { requestStrip, useSurfaceStrip, type StripMoment } from '../../scene/surfaceStrip';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';

export function momentLabel(m: StripMoment): string {
  return m.beforeSession !== undefined ? tKey('plan.surface.beforeSession', { session: m.beforeSession }) : tKey('plan.surface.day', { count: m.day });
}

export function SurfaceStrip({ interactive = true }: { interactive?: boolean }) {
  const t = useT();
  const { primary } = useBlocks();
  const skinType = useCorium((s) => s.skinType);
  useEffect(() => requestStrip(primary, skinType), [primary, skinType]);
  const frames = useSurfaceStrip((s) => s.frames);
  const status = useSurfaceStrip((s) => s.status);
  const setTime = useCorium((s) => s.setTime);
  const setPlaying = useCorium((s) => s.setPlaying);
  const time = useCorium((s) => s.timeHours);
  if (status !== 'ready' || frames.length === 0) {
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
            {interactive
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
