/**
 * Today's date in England, from an instant the caller supplies (the domain never reads the clock).
 * Just after midnight in summer it is already tomorrow in London while still today in UTC, and a
 * deadline must be counted from the English date.
 *
 * UK summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
 * of October (the rule in force since 1996), so this needs no time-zone database.
 */
import {
  dayNumberFromParts,
  fromDayNumber,
  partsFromDayNumber,
  weekdayOfDayNumber,
} from './iso-date.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

function lastSundayOf(year: number, month: number, lastDay: number): number {
  const dayNumber = dayNumberFromParts(year, month, lastDay);
  return dayNumber - weekdayOfDayNumber(dayNumber);
}

/** The calendar date in England and Wales (Europe/London) at the given instant. */
export function isoDateInLondon(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('isoDateInLondon needs a valid Date');
  const { year } = partsFromDayNumber(Math.floor(ms / MS_PER_DAY));
  const summerStarts = lastSundayOf(year, 3, 31) * MS_PER_DAY + MS_PER_HOUR;
  const summerEnds = lastSundayOf(year, 10, 31) * MS_PER_DAY + MS_PER_HOUR;
  const offset = ms >= summerStarts && ms < summerEnds ? MS_PER_HOUR : 0;
  return fromDayNumber(Math.floor((ms + offset) / MS_PER_DAY));
}
