// What the layers panel sets: the body site of the block, which layers and structures are drawn,
// the labels, the view (cut-away or layers pulled apart), the stain and the zoom level. Every
// control writes the store; the scene follows without re-creating its geometry.
import { useShallow } from 'zustand/react/shallow';
import { BODY_SITES, type BodySite } from '../../model';
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { LAYER_PARTS, STRUCTURE_PARTS } from '../../state/parts';
import { LAYOUTS, STAINS, ZOOM_LEVELS, type Stain } from '../../state/url';
import { siteName } from '../../i18n/scenarioText';
import { useT } from '../../i18n/useT';
import { PartToggles } from './PartToggles';
import { Choices } from './Choices';
import { ConditionParts } from './ConditionParts';
import './layers.css';

export function LayersBody() {
  const t = useT();
  const site = useBlocks().primary.site;
  // Only what this panel shows: playback (the time) must not re-render it.
  const s = useCorium(useShallow((st) => ({
    labels: st.labels, layout: st.layout, stain: st.stain, view: st.view,
    setSite: st.setSite, setLabels: st.setLabels, setLayout: st.setLayout, setStain: st.setStain, setView: st.setView,
  })));
  return (
    <div className="layers">
      <label className="layers__field">{t('layers.site')}
        <select name="site" value={site} onChange={(e) => s.setSite(e.target.value as BodySite)}>
          {BODY_SITES.map((id) => <option key={id} value={id}>{siteName(id)}</option>)}
        </select>
      </label>
      <PartToggles legend={t('layers.show.layers')} parts={LAYER_PARTS} />
      {/* The structures are drawn in both layouts (pulled apart, each moves with its layer's slab). */}
      <PartToggles legend={t('layers.show.structures')} parts={STRUCTURE_PARTS} />
      <label className="layers__choice">
        <input type="checkbox" name="labels" checked={s.labels} onChange={(e) => s.setLabels(e.target.checked)} />
        {t('layers.show.labels')}
      </label>
      <ConditionParts />
      <Choices legend={t('layers.layout.legend')} name="layout" values={LAYOUTS} value={s.layout} label={(v) => t(`layers.layout.${v}`)} onChange={s.setLayout} />
      <label className="layers__field">{t('layers.stain.label')}
        <select name="stain" value={s.stain} onChange={(e) => s.setStain(e.target.value as Stain)}>
          {STAINS.map((id) => <option key={id} value={id}>{t(`layers.stain.${id}`)}</option>)}
        </select>
      </label>
      <Choices legend={t('layers.zoom.legend')} name="zoom" values={ZOOM_LEVELS} value={s.view} label={(v) => t(`layers.zoom.${v}`)} onChange={s.setView} />
    </div>
  );
}
