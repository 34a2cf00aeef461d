// Numbers in the reader's convention (0.5 in English, 0,5 in Spanish), with a fixed number of
// decimals where the unit needs it (mm to 2 places, percentages to none).
import { i18n } from './index';

export function formatNumber(value: number, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  if (!Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(i18n.language.startsWith('es') ? 'es' : 'en', { maximumFractionDigits, minimumFractionDigits }).format(value);
}
