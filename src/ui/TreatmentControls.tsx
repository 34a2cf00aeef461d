// Treating the skin from the keyboard: apply one pass of the scenario's device over the block,
// clear your punctures, and a live readout of the dose from the model; plus the caption that
// states the real device rate while the (slowed) device animation plays.
import { doseFor, layPunctures, type Device } from '../model';
import { useCorium } from '../state/store';
import { useBlocks } from '../state/useBlocks';
import { PEN_SHOWN_HZ, PEN_SWEEP_Z_BEHIND_FACE_MM, useTreatmentMotion } from '../scene/treatmentMotion';

const MM2_PER_CM2 = 100;

/** What the slowed animation really stands for, said in words. */
export function deviceCaption(device: Device, effectiveDepthMm: number): string {
  if (device.kind === 'pen') {
    return `Pen shown slowed: really ${device.frequencyHz} Hz (shown ${PEN_SHOWN_HZ} Hz), gliding ${device.glideSpeedCmPerS} cm/s; `
      + `${device.needles} needles reach ${effectiveDepthMm.toFixed(2)} mm. Cartridge drawn at the model's ${device.tipWidthCm * 10} mm tip width.`;
  }
  return `Roller at true size (drum ${device.drumDiameterCm * 10} mm across; only its lowest arc over the block is drawn), shown slowed. `
    + `The skin tents under the drum: only ${effectiveDepthMm.toFixed(2)} mm of the ${device.needleLengthMm} mm needles enters.`;
}

export function TreatmentControls() {
  const strokes = useCorium((s) => s.strokes);
  const animating = useTreatmentMotion((s) => s.sweep !== null || s.drag !== null);
  const data = useBlocks().primary;
  const treatment = data.scenario.treatment;

  if (!treatment) {
    return (
      <section className="controls treatment-controls" aria-label="Treat the skin">
        <button type="button" disabled>Apply a pass</button>
        <p role="note" style={{ margin: 0 }}>Treating is off: this scenario is an uncontrolled wound, not a needling treatment.</p>
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

  return (
    <section className="controls treatment-controls" aria-label="Treat the skin">
      <button type="button" onClick={applyPass}>Apply a pass</button>
      <button type="button" disabled={strokes.length === 0}
        onClick={() => { useCorium.getState().clearStrokes(); useTreatmentMotion.getState().resetPasses(); }}>Clear my punctures</button>
      <span aria-live="polite">
        {`${total} punctures (${strokes.length} yours) · ${Math.round(total / blockCm2)} holes/cm² in this block`
          + ` (model: ${Math.round(dose.holesPerCm2)} for ${treatment.passes} pass${treatment.passes === 1 ? '' : 'es'}) · effective depth ${dose.effectiveDepthMm.toFixed(2)} mm`
          + ` · pinpoint bleeding: ${dose.bleeding ? 'yes (capillary loops reached)' : 'no'}`}
      </span>
      <span className="treatment-controls__hint">Or drag across the top of the block: punctures are made at the current time.</span>
      {animating && (
        <p role="status" className="treatment-caption"
          style={{ position: 'fixed', top: '0.75rem', right: '1rem', maxWidth: '26rem', margin: 0, padding: '0.4rem 0.6rem', background: 'rgba(20,26,34,0.9)', border: '1px solid #8fa3b8', borderRadius: 6, fontSize: '0.8rem', zIndex: 3 }}>
          {deviceCaption(device, dose.effectiveDepthMm)}
        </p>
      )}
    </section>
  );
}
