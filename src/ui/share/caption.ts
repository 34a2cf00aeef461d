// The caption under a shared picture and on the audience window: what is shown and when, in the
// current language ("Deep cut, 2 mm — Day 3, 6 h").
import type { CustomSpec } from '../../model';
import { t } from '../../i18n';
import { formatTime } from '../../i18n/formatTime';
import { scenarioTitle } from '../../i18n/scenarioText';

export interface CaptionState {
  readonly scenario: string;
  readonly custom: CustomSpec | null;
  readonly compare: string | null;
  readonly timeHours: number;
}

export function pictureCaption(s: CaptionState): string {
  const scenario = scenarioTitle(s.scenario, s.custom);
  const time = formatTime(s.timeHours);
  return s.compare
    ? t('share.captionCompare', { scenario, compare: scenarioTitle(s.compare, null), time })
    : t('share.caption', { scenario, time });
}
