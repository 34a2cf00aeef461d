// The 3D view's own messages: no WebGL at all (a fallback in place of the view), or a lost
// context being restored (a brief notice over the view). The text panels keep working in both.
import type { CSSProperties } from 'react';
import { useGraphicsStatus } from '../scene/graphicsStatus';
import { useT } from '../i18n/useT';

const fallback: CSSProperties = {
  height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'center',
  padding: '1.5rem 2rem', maxWidth: '40rem', lineHeight: 1.45,
};
const notice: CSSProperties = {
  position: 'absolute', top: '0.75rem', left: '50%', transform: 'translateX(-50%)', zIndex: 2, margin: 0,
  padding: '0.4rem 0.8rem', background: 'rgba(20,26,34,0.92)', border: '1px solid #8fa3b8', borderRadius: 6,
};

/** Shown instead of the canvas when the browser offers no WebGL context. */
export function NoWebGLFallback() {
  const t = useT();
  return (
    <div className="no-webgl" role="note" style={fallback}>
      <p style={{ marginTop: 0 }}><strong>{t('common.graphics.noWebgl')}</strong></p>
      <p>{t('common.graphics.noWebglMore')}</p>
    </div>
  );
}

/** Over the view while the browser has taken the WebGL context away; gone once it is back. */
export function ContextLostNotice() {
  const t = useT();
  const lost = useGraphicsStatus((s) => s.lost);
  if (!lost) return null;
  return <p role="status" className="context-lost" style={notice}>{t('common.graphics.restoring')}</p>;
}
