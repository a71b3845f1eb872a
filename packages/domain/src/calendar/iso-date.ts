/**
 * ISO calendar dates (`YYYY-MM-DD`) as whole days, without `Date` and without time zones: a
 * complaint is received on a day, and the law counts days (SI 2006/1738 reg 2), so nothing here
 * depends on the clock, the host's time zone or its locale.
 *
 * Days are counted from 1970-01-01 (day 0) with Howard Hinnant's civil-calendar algorithms
 * (https://howardhinnant.github.io/date_algorithms.html), which are exact for the proleptic
 * Gregorian calendar.
 */

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const HYPHEN = 45;

function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index);
  return code >= DIGIT_0 && code <= DIGIT_9 ? code - DIGIT_0 : Number.NaN;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a year (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a valid civil date. */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The year, month (1-12) and day of a day number. */
export function partsFromDayNumber(dayNumber: number): {
  year: number;
  month: number;
  day: number;
} {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/**
 * The day number of an ISO date, or `NaN` when the string is not a real `YYYY-MM-DD` date
 * (`2026-02-30`, `2026-2-3` and `2026-02-03T00:00` are all rejected).
 */
export function tryDayNumber(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) {
    return Number.NaN;
  }
  const year =
    digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
  const month = digitAt(value, 5) * 10 + digitAt(value, 6);
  const day = digitAt(value, 8) * 10 + digitAt(value, 9);
  // NaN fails every comparison, so a non-digit anywhere ends here.
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return Number.NaN;
  }
  return dayNumberFromParts(year, month, day);
}

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  return !Number.isNaN(tryDayNumber(value));
}

/**
 * The day number of an ISO date. An invalid string is a programmer error (user input is checked
 * by `isoDateSchema` first), so it throws.
 */
export function toDayNumber(value: string): number {
  const dayNumber = tryDayNumber(value);
  if (Number.isNaN(dayNumber)) {
    throw new TypeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
  return dayNumber;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The ISO date of a day number. */
export function fromDayNumber(dayNumber: number): string {
  const { year, month, day } = partsFromDayNumber(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Day of the week of a day number: 0 Sunday ... 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The same day `months` calendar months later, or the last day of that month when it is shorter
 * (29 February 2024 plus 12 months is 28 February 2025). Used for the 12-month time limit
 * (SI 2006/1738 reg 9), which is counted in months, not working days.
 */
export function addCalendarMonths(value: string, months: number): string {
  const { year, month, day } = partsFromDayNumber(toDayNumber(value));
  const monthIndex = year * 12 + (month - 1) + months;
  const newYear = Math.floor(monthIndex / 12);
  const newMonth = monthIndex - newYear * 12 + 1;
  return fromDayNumber(
    dayNumberFromParts(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth))),
  );
}
