// Minimal controls for the scene: zoom level, play/pause and time (the scenario is in its panel).
// The full learning experience (tours, charts, modes) builds on these.
import { axisToTime, formatHours, timeToAxis } from '../model';
import { useCorium, type Stain, type TissueLayout } from '../state/store';
import { useBlocks } from '../state/useBlocks';
import { ZOOM_LEVELS } from '../state/url';

const SLIDER_STEPS = 1000;
const LAYOUTS: readonly (readonly [TissueLayout, string])[] = [['cutaway', 'Cut-away'], ['exploded', 'Exploded layers']];
const STAINS: readonly (readonly [Stain, string])[] = [['natural', 'Natural colours'], ['he', 'H&E slide'], ['trichrome', 'Masson trichrome (collagen blue)']];

export function Controls() {
  const s = useCorium();
  const { primary, secondary } = useBlocks();
  const span = Math.max(primary.spanHours, secondary?.spanHours ?? 0);
  return (
    <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Simulation controls">
      <fieldset>
        <legend>Zoom</legend>
        {ZOOM_LEVELS.map((z) => (
          <label key={z}><input type="radio" name="zoom" value={z} checked={s.view === z} onChange={() => s.setView(z)} />{z}</label>
        ))}
      </fieldset>
      <fieldset>
        <legend>View</legend>
        {LAYOUTS.map(([id, name]) => (
          <label key={id}><input type="radio" name="layout" value={id} checked={s.layout === id} onChange={() => s.setLayout(id)} />{name}</label>
        ))}
      </fieldset>
      <label>Stain
        <select value={s.stain} onChange={(e) => s.setStain(e.target.value as Stain)}>
          {STAINS.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </select>
      </label>
      <button type="button" onClick={() => s.setPlaying(!s.playing)}>{s.playing ? 'Pause' : 'Play'}</button>
      <label>Simulated time
        <input type="range" min={0} max={SLIDER_STEPS} value={Math.round(timeToAxis(s.timeHours, span) * SLIDER_STEPS)}
          aria-valuetext={formatHours(s.timeHours)}
          onChange={(e) => s.setTime(axisToTime(Number(e.target.value) / SLIDER_STEPS, span))} />
      </label>
      <output>{formatHours(s.timeHours)}</output>
    </form>
  );
}
