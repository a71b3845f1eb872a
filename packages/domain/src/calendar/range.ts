/**
 * The years the England and Wales calendar knows. The table of bank holidays is committed for
 * these years (see `england-and-wales-holidays.ts` and docs/decisions/0004); a working-day
 * question about a date outside them throws a `RangeError` rather than guessing.
 */
export const CALENDAR_FIRST_YEAR = 2010;
export const CALENDAR_LAST_YEAR = 2099;
export const CALENDAR_FIRST_DATE = `${CALENDAR_FIRST_YEAR}-01-01`;
export const CALENDAR_LAST_DATE = `${CALENDAR_LAST_YEAR}-12-31`;
