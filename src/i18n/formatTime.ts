// The simulated time in plain units, in the current language: "12 min", "6 h", "Day 3, 6 h",
// "Day 45", "4 months", "1 year, 2 months". Coarser as time goes on, because a patient asks
// "how many days?" in the first weeks and "how many months?" after that.
import { HOURS_PER_DAY, MAX_AGE_HOURS } from '../model';
import { t } from './index';

/** Days shown as "Day N" up to here; months from here on (about 8 weeks). */
const DAYS_SHOWN_UP_TO = 60;
/** With hours ("Day 3, 6 h") while the day count is this small. */
const HOURS_SHOWN_UP_TO_DAY = 14;
/** Average month (365.25 / 12 days). */
const DAYS_PER_MONTH = 30.4375;

export function formatTime(hours: number): string {
  // The model runs two years: absurd times read as its ends, never "NaN" or "1e24 years".
  const h = Math.min(MAX_AGE_HOURS, Math.max(0, Number.isFinite(hours) ? hours : 0));
  if (h < 1) return t('common.time.minutes', { count: Math.round(h * 60) });
  if (h < HOURS_PER_DAY) return t('common.time.hours', { count: Math.floor(h) });
  const days = Math.floor(h / HOURS_PER_DAY);
  const rest = Math.floor(h - days * HOURS_PER_DAY);
  if (days < HOURS_SHOWN_UP_TO_DAY && rest > 0) return t('common.time.dayHours', { day: days, hours: rest });
  if (days < DAYS_SHOWN_UP_TO) return t('common.time.day', { day: days });
  // A year of days is 11.99 average months: allow for that so day 365 reads "1 year".
  const months = Math.floor(days / DAYS_PER_MONTH + 0.02);
  if (months < 12) return t('common.time.months', { count: months });
  const years = Math.floor(months / 12);
  const extra = months - years * 12;
  return extra === 0 ? t('common.time.years', { count: years }) : t('common.time.yearsMonths', { years: t('common.time.years', { count: years }), months: t('common.time.months', { count: extra }) });
}
