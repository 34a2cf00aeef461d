// The device panel: roller or pen, needle depth, passes and pen speed within the model's limits,
// and the patient's factors. Each change becomes the shown run (store.setCustom), so the scene and
// the share link follow; the dose readout and warnings beside it come from the model.
import { useState } from 'react';
import { scenarioById, tissueFor, TREATMENT_LIMITS, type DeviceKind, type PatientFactors } from '../../model';
import { useCorium } from '../../state/store';
import { useT } from '../../i18n/useT';
import { isWholeTreatmentField, startTreatment, TREATMENT_FIELDS, type TreatmentField, type TreatmentSpec } from './customFields';
import { NumberField } from './NumberField';
import { DoseReadout } from './DoseReadout';
import { FactorChecks } from './FactorChecks';
import { applyCustom } from './applyCustom';
import './panels.css';

const DEVICES: readonly DeviceKind[] = ['pen', 'roller'];
const STEP: Readonly<Record<TreatmentField, number>> = { depthMm: 0.05, passes: 1, penHz: 5 };

export default function DeviceSettings() {
  const t = useT();
  const scenarioId = useCorium((s) => s.scenario);
  const custom = useCorium((s) => s.custom);
  const site = useCorium((s) => s.site) ?? 'face';
  const spec = startTreatment(scenarioById(scenarioId), custom);
  const shown = custom?.kind === 'treatment';
  const [refused, setRefused] = useState<string | null>(null);
  const apply = (next: TreatmentSpec) => setRefused(applyCustom(next, site));
  const fields = TREATMENT_FIELDS.filter((f) => f !== 'penHz' || spec.device === 'pen');

  return (
    <div className="custom-panel device-panel">
      <fieldset className="custom-panel__choice">
        <legend>{t('device.device')}</legend>
        {DEVICES.map((d) => (
          <label key={d}>
            <input type="radio" name="device" value={d} checked={spec.device === d} onChange={() => apply({ ...spec, device: d })} />
            {t(`device.kinds.${d}`)}
          </label>
        ))}
      </fieldset>
      {fields.map((f) => (
        <NumberField key={f} label={t(`device.fields.${f}`)} value={spec[f]} range={TREATMENT_LIMITS[f]} step={STEP[f]}
          whole={isWholeTreatmentField(f)} onValue={(v) => apply({ ...spec, [f]: v })} />
      ))}
      <FactorChecks legend={t('device.patient.legend')} factors={spec.factors} shown={['keloidProne', 'activeAcne', 'anticoagulant']}
        onChange={(factors: PatientFactors) => apply({ ...spec, factors })} />
      {refused && <p role="alert">{refused}</p>}
      {!shown && <p className="custom-panel__note">{t('device.notShown')}</p>}
      <DoseReadout spec={spec} site={site} tissue={tissueFor(site)} />
    </div>
  );
}
