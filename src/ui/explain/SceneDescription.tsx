// The canvas's live text description: what is shown, and the healing stage now. Announced
// politely only when a stage (not every time step) changes, or the language does.
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { useT } from '../../i18n/useT';
import { describeScene } from './describe';
import { spanNow } from './stageText';

export const SCENE_DESCRIPTION_ID = 'scene-description';

export function SceneDescription() {
  useT();
  const { primary, secondary } = useBlocks();
  const custom = useCorium((s) => s.custom);
  // Re-render on stage changes only: select the stages (a string), not the time.
  const stageKey = useCorium((s) => `${spanNow(primary, s.timeHours).stage}|${secondary ? spanNow(secondary, s.timeHours).stage : ''}`);
  const text = describeScene(primary, secondary, useCorium.getState().timeHours, custom);
  return (
    <p id={SCENE_DESCRIPTION_ID} className="scene-description" aria-live="polite" data-stage={stageKey}>
      {text}
    </p>
  );
}
