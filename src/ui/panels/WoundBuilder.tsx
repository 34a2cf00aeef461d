// The wound builder: a cut, burn or acne cyst of a chosen size, in skin that may be prone to
// keloids. Each change becomes the shown run (store.setCustom); the line under it is the model's
// predicted outcome for that wound (respond), so cause and result sit side by side.
import { useState } from 'react';
import { DEFAULT_CUSTOM_WOUND, respond, scenarioById } from '../../model';
import { useCorium } from '../../state/store';
import { useT } from '../../i18n/useT';
import { BUILT_WOUND_KINDS, startWound, withWoundKind, woundRange, WOUND_FIELDS, type WoundField, type WoundSpecOfBuilder } from './customFields';
import { NumberField } from './NumberField';
import { FactorChecks } from './FactorChecks';
import { applyCustom } from './applyCustom';
import './panels.css';

const STEP: Readonly<Record<WoundField, number>> = { depthMm: 0.1, widthMm: 0.5, lengthMm: 1 };
const FIELD_KEY = { depthMm: 'panels.wound.depth', widthMm: 'panels.wound.width', lengthMm: 'panels.wound.length' } as const;

export default function WoundBuilder() {
  const t = useT();
  const scenarioId = useCorium((s) => s.scenario);
  const custom = useCorium((s) => s.custom);
  const site = useCorium((s) => s.site) ?? 'face';
  const spec = startWound(scenarioById(scenarioId), custom);
  const shown = custom?.kind === 'wound';
  const [refused, setRefused] = useState<string | null>(null);
  const apply = (next: WoundSpecOfBuilder) => setRefused(applyCustom(next, site));
  const outcome = respond({ kind: spec.wound, site, depthMm: spec.depthMm, widthMm: spec.widthMm, lengthMm: spec.lengthMm, factors: spec.factors }).outcome;

  return (
    <div className="custom-panel wound-builder">
      <fieldset className="custom-panel__choice">
        <legend>{t('panels.wound.kind')}</legend>
        {BUILT_WOUND_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="wound-kind" value={k} checked={spec.wound === k} onChange={() => apply(withWoundKind(spec, k))} />
            {t(`panels.wound.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      {WOUND_FIELDS.map((f) => (
        <NumberField key={`${spec.wound}-${f}`} label={t(FIELD_KEY[f])} value={spec[f]} range={woundRange(spec.wound, f)} step={STEP[f]}
          whole={false} onValue={(v) => apply({ ...spec, [f]: v })} />
      ))}
      <FactorChecks legend={t('device.patient.legend')} factors={spec.factors} shown={['keloidProne']} labels="panels.wound"
        onChange={(factors) => apply({ ...spec, factors })} />
      <button type="button" className="custom-panel__reset" onClick={() => apply(DEFAULT_CUSTOM_WOUND)}>{t('panels.wound.reset')}</button>
      {refused && <p role="alert">{refused}</p>}
      {!shown && <p className="custom-panel__note">{t('panels.wound.notShown')}</p>}
      <p className="wound-builder__outcome" aria-live="polite">{t('panels.wound.outcome', { outcome: t(`panels.wound.outcomes.${outcome}`) })}</p>
    </div>
  );
}
