/**
 * Dates in English words, without `Intl` or `toLocaleDateString`: their output depends on the ICU
 * data and locale of the machine, and a letter must say the same date on every server and phone.
 */
import { partsFromDayNumber, toDayNumber, weekdayOfDayNumber } from '../calendar/iso-date.js';

const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface FormatDateOptions {
  /** Start with the day of the week ("Friday 4 December"). Default true. */
  readonly weekday?: boolean;
  /** End with the year ("4 December 2026"). Default true. */
  readonly year?: boolean;
}

/** `2026-12-04` as "Friday 4 December 2026" (GOV.UK style: no comma, no "th"). */
export function formatDate(date: string, options: FormatDateOptions = {}): string {
  const dayNumber = toDayNumber(date);
  const { year, month, day } = partsFromDayNumber(dayNumber);
  const parts: string[] = [];
  if (options.weekday !== false) parts.push(WEEKDAYS[weekdayOfDayNumber(dayNumber)] ?? '');
  parts.push(String(day), MONTHS[month - 1] ?? '');
  if (options.year !== false) parts.push(String(year));
  return parts.join(' ');
}

/** "Friday 4 December 2026". */
export function formatLongDate(date: string): string {
  return formatDate(date);
}

/** "Friday 4 December", with the year only when it is not the year of `today`. */
export function formatDateNear(date: string, today: string): string {
  return formatDate(date, { year: date.slice(0, 4) !== today.slice(0, 4) });
}
