// The handout printed for the patient (CSS @media print: A4 and Letter, one or two pages): the
// treatment, the surface strip, the day-by-day plan, when to call the clinic, the disclaimer and
// a QR code of the share link that opens the same state. Hidden on screen; what window.print()
// prints from any state. The typed name and note appear here only.
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { useT } from '../../i18n/useT';
import { scenarioTitle, siteName } from '../../i18n/scenarioText';
import { tKey } from '../../i18n';
import { SKIN_TYPE_NUMERAL } from '../../model';
import { HandoutQr } from './HandoutQr';
import { SurfaceStrip } from './SurfaceStrip';
import { PlanList } from './PlanList';
import { usePatientPlan } from './usePatientPlan';
import { usePrintNote } from './printNote';
import './print.css';

export function PrintHandout() {
  const t = useT();
  // Only what the handout shows: it is mounted all the time, and the clock changes many times a second.
  const scenario = useCorium((s) => s.scenario);
  const custom = useCorium((s) => s.custom);
  const skinType = useCorium((s) => s.skinType);
  const { primary } = useBlocks();
  const { text } = usePatientPlan();
  const name = usePrintNote((s) => s.name.trim());
  const note = usePrintNote((s) => s.note.trim());
  return (
    <section className="handout" aria-hidden="true">
      <header className="handout__head">
        <div>
          <h1>{t('plan.print.title')}</h1>
          {name && <p className="handout__name">{t('plan.print.forName', { name })}</p>}
          <p><strong>{t('plan.print.summary')}:</strong> {t('plan.print.treatment', { scenario: scenarioTitle(scenario, custom), site: siteName(primary.site) })}
            {skinType !== null && <> {t('plan.print.skin', { type: SKIN_TYPE_NUMERAL[skinType] })}</>}</p>
          {note && <p className="handout__note">{note}</p>}
        </div>
        <figure className="handout__qr">
          {/* The link opens the plan as it is now, without the name or note (they are never in it). */}
          <HandoutQr label={t('plan.print.qr')} />
          <figcaption>{t('plan.print.printed')}</figcaption>
        </figure>
      </header>
      <h2>{t('plan.surface.strip')}</h2>
      <SurfaceStrip printed />
      <p className="handout__small">{t('plan.surface.stripNote')}</p>
      <PlanList text={text} headingLevel={2} />
      <p className="handout__disclaimer">{tKey('explain.disclaimer')} {tKey('explain.about.talk')}</p>
    </section>
  );
}

export default PrintHandout;
