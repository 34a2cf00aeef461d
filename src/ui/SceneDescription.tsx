// The canvas's live text description: what is shown, and the healing stage now. Announced
// politely only when the stage (not every time step) changes.
import { useCorium } from '../state/store';
import { useBlocks } from '../state/useBlocks';
import { describeBlock } from './describe';
import { stageOf } from '../model';

export const SCENE_DESCRIPTION_ID = 'scene-description';

export function SceneDescription() {
  // Re-render on stage changes only: select the stage (a string), not the time.
  const { primary, secondary } = useBlocks();
  const stageKey = useCorium((s) => `${stageOf(primary.curves, s.timeHours)}|${secondary ? stageOf(secondary.curves, s.timeHours) : ''}`);
  const t = useCorium.getState().timeHours;
  const text = [describeBlock(primary, t), secondary ? `Beside it, ${describeBlock(secondary, t)}` : ''].join(' ');
  return (
    <p id={SCENE_DESCRIPTION_ID} className="scene-description" aria-live="polite" data-stage={stageKey}>
      {text}
    </p>
  );
}
