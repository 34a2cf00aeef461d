// Plain-language description of what the 3D view shows at the current time: the text behind
// the canvas's accessible description. Reads the model and the catalogue; returns a sentence.
import type { CustomSpec } from '../../model';
import { t } from '../../i18n';
import { scenarioTitle } from '../../i18n/scenarioText';
import type { BlockData } from '../../state/blockData';
import { spanNow, stagePhrase } from './stageText';

/** The title of a block's scenario (a custom run needs its spec for its name). */
export const blockTitle = (data: BlockData, custom: CustomSpec | null): string => scenarioTitle(data.scenario.id, custom);

/**
 * What one block shows and its stage now. No clock time: the text is rewritten only when the stage
 * changes (so screen readers are not flooded), and a time in it would go stale in between; the
 * transport reads out the time.
 */
export function describeBlock(data: BlockData, timeHours: number, custom: CustomSpec | null = null): string {
  const stage = stagePhrase(spanNow(data, timeHours).stage, data.scenario.indication);
  const scenario = blockTitle(data, custom);
  // "Pen, 0.5 mm, cheek" already says where; "Deep cut, 2 mm" gets ", on the forearm".
  const namesPlace = scenario.toLocaleLowerCase().includes(t(`explain.describe.place.${data.site}`).toLocaleLowerCase());
  return namesPlace
    ? t('explain.describe.blockNamedPlace', { scenario, stage })
    : t('explain.describe.block', { scenario, where: t(`explain.describe.where.${data.site}`), stage });
}

/** The primary block, and the compared one beside it. */
export function describeScene(primary: BlockData, secondary: BlockData | null, timeHours: number, custom: CustomSpec | null): string {
  const first = describeBlock(primary, timeHours, custom);
  return secondary ? `${first} ${t('explain.describe.beside', { block: describeBlock(secondary, timeHours) })}` : first;
}
