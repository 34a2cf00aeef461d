// Numbers in the reader's convention (0.5 in English, 0,5 in Spanish), with a fixed number of
// decimals where the unit needs it (mm to 2 places, percentages to none).
import { i18n } from './index';

// Building an Intl.NumberFormat costs far more than using one, and the panels format hundreds
// of numbers per render: keep one per language and style.
const formats = new Map<string, Intl.NumberFormat>();

function format(value: number, options: Intl.NumberFormatOptions): string {
  if (!Number.isFinite(value)) return '–';
  const lang = i18n.language.startsWith('es') ? 'es' : 'en';
  const key = `${lang}:${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(lang, options)));
  return f.format(value);
}

export function formatNumber(value: number, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  return format(value, { maximumFractionDigits, minimumFractionDigits });
}

/** A share (0–1) as a whole percentage. */
export function formatPercent(share: number): string {
  return format(share, { style: 'percent', maximumFractionDigits: 0 });
}
