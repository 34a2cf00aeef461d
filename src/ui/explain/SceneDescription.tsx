// The canvas's live text description: what is shown, and the healing stage now. Announced
// politely only when a stage (not every time step) changes, or the language does.
import { useCorium } from '../../state/store';
import { useBlocks } from '../../state/useBlocks';
import { memo, useDeferredValue } from 'react';
import type { CustomSpec } from '../../model';
import type { BlockData } from '../../state/blockData';
import { describeScene } from './describe';
import { spanNow } from './stageText';

export const SCENE_DESCRIPTION_ID = 'scene-description';

export function SceneDescription() {
  const { primary, secondary } = useBlocks();
  const custom = useCorium((s) => s.custom);
  const lang = useCorium((s) => s.lang);
  // Re-render on stage changes only: select the stages (a string), not the time. A jump redraws
  // the 3D view in its own frame; the text follows just after.
  const stageKey = useDeferredValue(useCorium((s) => `${spanNow(primary, s.timeHours).stage}|${secondary ? spanNow(secondary, s.timeHours).stage : ''}`));
  return <Description primary={primary} secondary={secondary} custom={custom} stageKey={stageKey} lang={lang} />;
}

const Description = memo(function Description({ primary, secondary, custom, stageKey }: {
  primary: BlockData; secondary: BlockData | null; custom: CustomSpec | null; stageKey: string; lang: string;
}) {
  const text = describeScene(primary, secondary, useCorium.getState().timeHours, custom);
  return (
    <p id={SCENE_DESCRIPTION_ID} className="scene-description" aria-live="polite" data-stage={stageKey}>
      {text}
    </p>
  );
});
