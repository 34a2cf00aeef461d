// Minimal controls for the scene: play/pause and time (the scenario is in its panel; zoom, view
// and stain in the layers panel). The full learning experience (tours, charts, modes) builds on these.
import { axisToTime, formatHours, timeToAxis } from '../model';
import { useCorium } from '../state/store';
import { useBlocks } from '../state/useBlocks';

const SLIDER_STEPS = 1000;

export function Controls() {
  const s = useCorium();
  const { primary, secondary } = useBlocks();
  const span = Math.max(primary.spanHours, secondary?.spanHours ?? 0);
  return (
    <form className="controls" onSubmit={(e) => e.preventDefault()} aria-label="Simulation controls">
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
