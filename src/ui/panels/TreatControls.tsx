// Treating the skin from the keyboard: apply one pass of the shown device over the block,
// clear your punctures, and a live count of the dose from the model; plus the caption that
// states the real device rate while the (slowed) device animation plays.
import { doseFor, layPunctures, type Device } from '../../model';
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { PEN_SHOWN_HZ, PEN_SWEEP_Z_BEHIND_FACE_MM, useTreatmentMotion } from '../../scene/treatmentMotion';
import { t } from '../../i18n';
import { useT } from '../../i18n/useT';
import { formatNumber } from '../../i18n/formatNumber';
import './panels.css';

const MM2_PER_CM2 = 100;
const MM_PER_CM = 10;

/** What the slowed animation really stands for, said in words. */
export function deviceCaption(device: Device, passes: number, effectiveDepthMm: number): string {
  const depth = formatNumber(effectiveDepthMm, 2);
  if (device.kind === 'pen') {
    return t('panels.treat.captionPen', { count: passes, n: formatNumber(passes), hz: formatNumber(device.frequencyHz), shownHz: formatNumber(PEN_SHOWN_HZ),
      glide: formatNumber(device.glideSpeedCmPerS), needles: formatNumber(device.needles), depth, tip: formatNumber(device.tipWidthCm * MM_PER_CM) });
  }
  return t('panels.treat.captionRoller', { count: passes, n: formatNumber(passes), drum: formatNumber(device.drumDiameterCm * MM_PER_CM), depth, needle: formatNumber(device.needleLengthMm) });
}

export function TreatControls() {
  const tr = useT();
  const strokes = useCorium((s) => s.strokes);
  const animating = useTreatmentMotion((s) => s.sweep !== null || s.drag !== null);
  const data = useBlocks().primary;
  const treatment = data.scenario.treatment;

  if (!treatment) {
    return (
      <section className="controls treat-controls" aria-label={tr('panels.treat.region')}>
        <button type="button" disabled>{tr('panels.treat.apply')}</button>
        <p role="note" className="treat-controls__off">{tr('panels.treat.off')}</p>
      </section>
    );
  }

  const device = treatment.device;
  const dose = doseFor(device, treatment.passes, data.tissue);
  const total = (data.punctures?.count ?? 0) + strokes.length;
  const blockCm2 = (data.blockMm * data.blockMm) / MM2_PER_CM2;

  const applyPass = () => {
    const now = useCorium.getState().timeHours;
    const motion = useTreatmentMotion.getState();
    const layout = layPunctures(device, 1, [now], data.blockMm, motion.passesApplied);
    const zMm = device.kind === 'pen' ? data.blockMm / 2 - PEN_SWEEP_Z_BEHIND_FACE_MM : 0;
    motion.startSweep(data.blockMm, zMm, layout.count > 0 ? layout.xMm[0] : undefined);
    // The layout spreads a pass over its fraction of a second after `now`; made at `now` they show while paused.
    const added = Array.from({ length: layout.count }, (_, i) => ({ xMm: layout.xMm[i], zMm: layout.zMm[i], atHours: now }));
    if (added.length > 0) useCorium.getState().addStrokes(added);
  };

  const readout = [
    tr('panels.treat.count', { count: total, total: formatNumber(total), yours: formatNumber(strokes.length) }),
    tr('panels.treat.density', { density: formatNumber(total / blockCm2, 0), model: formatNumber(dose.holesPerCm2, 0),
      passes: tr('panels.treat.passes', { count: treatment.passes, n: formatNumber(treatment.passes) }) }),
    tr('panels.treat.depth', { depth: formatNumber(dose.effectiveDepthMm, 2) }),
    dose.bleeding ? tr('panels.treat.bleedingYes') : tr('panels.treat.bleedingNo'),
  ].join(' · ');

  return (
    <section className="controls treat-controls" aria-label={tr('panels.treat.region')}>
      <button type="button" onClick={applyPass}>{tr('panels.treat.apply')}</button>
      <button type="button" disabled={strokes.length === 0}
        onClick={() => { useCorium.getState().clearStrokes(); useTreatmentMotion.getState().resetPasses(); }}>{tr('panels.treat.clear')}</button>
      <span aria-live="polite">{readout}</span>
      <span className="treat-controls__hint">{tr('panels.treat.hint')}</span>
      {animating && <p role="status" className="treat-caption">{deviceCaption(device, treatment.passes, dose.effectiveDepthMm)}</p>}
    </section>
  );
}
