// Tick boxes for the patient factors the model knows (keloid tendency, active acne, blood thinners).
import type { PatientFactors } from '../../model';
import { useT } from '../../i18n/useT';
import { tKey } from '../../i18n';

export interface FactorChecksProps {
  readonly legend: string;
  readonly factors: PatientFactors;
  readonly shown: readonly (keyof PatientFactors)[];
  /** Message key prefix for each factor's label. */
  readonly labels?: string;
  onChange(factors: PatientFactors): void;
}

export function FactorChecks({ legend, factors, shown, labels = 'device.patient', onChange }: FactorChecksProps) {
  useT();
  return (
    <fieldset className="custom-panel__factors">
      <legend>{legend}</legend>
      {shown.map((f) => (
        <label key={f}>
          <input type="checkbox" checked={factors[f]} onChange={(e) => onChange({ ...factors, [f]: e.target.checked })} />
          {tKey(`${labels}.${f}`)}
        </label>
      ))}
    </fieldset>
  );
}
