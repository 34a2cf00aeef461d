// The "Layers" panel in the side dock: its body (site, what is shown, labels, view, stain, zoom)
// is a lazy chunk that loads when the panel is first opened.
import { lazy } from 'react';
import { useT } from '../../i18n/useT';
import { Panel } from '../Panel';

const LayersBody = lazy(() => import('./LayersBody').then((m) => ({ default: m.LayersBody })));

export function LayersPanel() {
  const t = useT();
  return <Panel id="layers" title={t('layers.title')}><LayersBody /></Panel>;
}
