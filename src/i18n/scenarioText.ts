// A scenario's name and description in the current language, presets and custom runs alike.
import type { BodySite, CustomSpec } from '../model';
import { t, tKey } from './index';
import { formatNumber } from './formatNumber';

export function scenarioTitle(id: string, custom: CustomSpec | null): string {
  if (id === 'custom' && custom) {
    return custom.kind === 'treatment'
      ? t('common.scenarios.customTreatment.title', { device: t(`common.devices.${custom.device}`), depth: formatNumber(custom.depthMm) })
      : t('common.scenarios.customWound.title', { kind: t(`common.wounds.${custom.wound}`), depth: formatNumber(custom.depthMm) });
  }
  return tKey(`common.scenarios.${id}.title`);
}

export function scenarioDescription(id: string, custom: CustomSpec | null): string {
  if (id === 'custom' && custom) return t(custom.kind === 'treatment' ? 'common.scenarios.customTreatment.description' : 'common.scenarios.customWound.description');
  return tKey(`common.scenarios.${id}.description`);
}

export const siteName = (site: BodySite): string => t(`common.sites.${site}`);
