// The live dose of the device settings, from the model, and any contraindication it raises.
import type { BodySite, Tissue } from '../../model';
import { useT } from '../../i18n/useT';
import type { TreatmentSpec } from './customFields';
import { doseLines, doseOfSpec, doseWarnings } from './doseReadout';

export function DoseReadout({ spec, site, tissue }: { spec: TreatmentSpec; site: BodySite; tissue: Tissue }) {
  const t = useT();
  const dose = doseOfSpec(spec, site, tissue);
  const warnings = doseWarnings(spec, dose, tissue);
  return (
    <section className="dose-readout" aria-label={t('device.dose.heading')}>
      <h3>{t('device.dose.heading')}</h3>
      <dl aria-live="polite">
        {doseLines(dose).map((line) => (
          <div key={line.key} data-readout={line.key}><dt>{line.label}</dt><dd>{line.value}</dd></div>
        ))}
      </dl>
      {warnings.length > 0 && (
        <section className="dose-warnings" aria-label={t('device.warnings.heading')}>
          <h3>{t('device.warnings.heading')}</h3>
          <ul>{warnings.map((w) => <li key={w.id} data-warning={w.id}>{w.text}</li>)}</ul>
        </section>
      )}
    </section>
  );
}
