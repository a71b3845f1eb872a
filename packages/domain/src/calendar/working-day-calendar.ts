/**
 * Working days in England and Wales, as the children's complaints regulations count them.
 *
 * SI 2006/1738 (Children Act 1989 Representations Procedure (England) Regulations 2006), reg 2:
 * "'working day' means any day other than a Saturday, Sunday, Christmas Day, Good Friday or a day
 * which is a bank holiday in England and Wales under the Banking and Financial Dealings Act 1971".
 * Bank holidays include substitute days and days proclaimed under section 1(3) of that Act, such
 * as 2 and 3 June 2022, 19 September 2022 and 8 May 2023 (domain brief, "Working day").
 *
 * Counting convention (docs/decisions/0004): the day of the event is day 0, and "within N working
 * days" means by the end of the N-th working day after it. A complaint received on Saturday and
 * one received on the Friday before both count Monday as day 1.
 *
 * Every answer comes from tables built once per calendar: a prefix count of working days for each
 * day in range and the list of working days in order, so each query is a subtraction or an array
 * lookup (O(1)).
 */
import { ENGLAND_AND_WALES_HOLIDAYS } from './england-and-wales-holidays.js';
import { fromDayNumber, toDayNumber, tryDayNumber, weekdayOfDayNumber } from './iso-date.js';
import { CALENDAR_FIRST_DATE, CALENDAR_LAST_DATE } from './range.js';

/** A working-day calendar: England and Wales bank holidays plus an authority's closure days. */
export interface WorkingDayCalendar {
  /** First date the calendar can answer for (inclusive). */
  readonly firstDate: string;
  /** Last date the calendar can answer for (inclusive). */
  readonly lastDate: string;
  /** The authority's own closure days inside the range, sorted, without duplicates. */
  readonly extraClosures: readonly string[];
  isWorkingDay(date: string): boolean;
  addWorkingDays(from: string, days: number): string;
  workingDaysBetween(from: string, to: string): number;
  /** The holiday or closure that makes a weekday a non-working day, if any. */
  holidayName(date: string): string | null;
}

const FIRST_DAY = toDayNumber(CALENDAR_FIRST_DATE);
const LAST_DAY = toDayNumber(CALENDAR_LAST_DATE);
const DAY_COUNT = LAST_DAY - FIRST_DAY + 1;

/** What every calendar shares: dates as strings and the bank holidays, built on first use. */
interface BaseTables {
  readonly isoByOffset: readonly string[];
  readonly closedByBankHoliday: Uint8Array;
  readonly holidayNames: ReadonlyMap<string, string>;
}

let baseTables: BaseTables | undefined;

function base(): BaseTables {
  if (baseTables) return baseTables;
  const isoByOffset = new Array<string>(DAY_COUNT);
  const closedByBankHoliday = new Uint8Array(DAY_COUNT);
  for (let offset = 0; offset < DAY_COUNT; offset += 1) {
    isoByOffset[offset] = fromDayNumber(FIRST_DAY + offset);
    const weekday = weekdayOfDayNumber(FIRST_DAY + offset);
    if (weekday === 0 || weekday === 6) closedByBankHoliday[offset] = 1;
  }
  const holidayNames = new Map<string, string>();
  for (const [date, name] of ENGLAND_AND_WALES_HOLIDAYS) {
    closedByBankHoliday[toDayNumber(date) - FIRST_DAY] = 1;
    holidayNames.set(date, name);
  }
  baseTables = { isoByOffset, closedByBankHoliday, holidayNames };
  return baseTables;
}

function describeRange(): string {
  return `${CALENDAR_FIRST_DATE} to ${CALENDAR_LAST_DATE}`;
}

class EnglandAndWalesCalendar implements WorkingDayCalendar {
  readonly firstDate = CALENDAR_FIRST_DATE;
  readonly lastDate = CALENDAR_LAST_DATE;
  readonly extraClosures: readonly string[];
  /** workingBefore[i]: working days in the range strictly before day offset i (length DAY_COUNT + 1). */
  private readonly workingBefore: Int32Array;
  /** workingOffsets[k]: day offset of the (k+1)-th working day in the range. */
  private readonly workingOffsets: Int32Array;
  private readonly tables: BaseTables;
  private readonly closureSet: ReadonlySet<string>;

  constructor(extraClosures: readonly string[]) {
    this.tables = base();
    this.extraClosures = extraClosures;
    this.closureSet = new Set(extraClosures);
    const closed = this.tables.closedByBankHoliday.slice();
    for (const date of extraClosures) closed[toDayNumber(date) - FIRST_DAY] = 1;
    this.workingBefore = new Int32Array(DAY_COUNT + 1);
    let count = 0;
    for (let offset = 0; offset < DAY_COUNT; offset += 1) {
      this.workingBefore[offset] = count;
      if (closed[offset] === 0) count += 1;
    }
    this.workingBefore[DAY_COUNT] = count;
    this.workingOffsets = new Int32Array(count);
    let k = 0;
    for (let offset = 0; offset < DAY_COUNT; offset += 1) {
      if (closed[offset] === 0) {
        this.workingOffsets[k] = offset;
        k += 1;
      }
    }
  }

  /** Offset of a date in the range; throws for a malformed date or one outside the range. */
  private offsetOf(date: string): number {
    const dayNumber = tryDayNumber(date);
    if (Number.isNaN(dayNumber)) {
      throw new TypeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
    }
    const offset = dayNumber - FIRST_DAY;
    if (offset < 0 || offset >= DAY_COUNT) {
      throw new RangeError(`${date} is outside the working-day calendar (${describeRange()})`);
    }
    return offset;
  }

  /** Working days on or before the day at `offset`. */
  private workingUpTo(offset: number): number {
    return this.workingBefore[offset + 1] ?? 0;
  }

  isWorkingDay(date: string): boolean {
    const offset = this.offsetOf(date);
    return this.workingUpTo(offset) !== (this.workingBefore[offset] ?? 0);
  }

  addWorkingDays(from: string, days: number): string {
    const offset = this.offsetOf(from);
    if (!Number.isSafeInteger(days) || days < 0) {
      throw new RangeError(
        `Working days to add must be a whole number 0 or more, not ${String(days)}`,
      );
    }
    if (days === 0) return from;
    const resultOffset = this.workingOffsets[this.workingUpTo(offset) + days - 1];
    if (resultOffset === undefined) {
      throw new RangeError(
        `${String(days)} working days after ${from} is outside the working-day calendar (${describeRange()})`,
      );
    }
    return this.tables.isoByOffset[resultOffset] ?? fromDayNumber(FIRST_DAY + resultOffset);
  }

  workingDaysBetween(from: string, to: string): number {
    const fromOffset = this.offsetOf(from);
    const toOffset = this.offsetOf(to);
    return toOffset <= fromOffset ? 0 : this.workingUpTo(toOffset) - this.workingUpTo(fromOffset);
  }

  holidayName(date: string): string | null {
    this.offsetOf(date);
    if (this.closureSet.has(date)) return 'Council closure day';
    return this.tables.holidayNames.get(date) ?? null;
  }
}

/** Calendars by closure list, so that building one per authority per request costs a lookup. */
const cache = new Map<string, WorkingDayCalendar>();
const CACHE_LIMIT = 256;

/**
 * The England and Wales working-day calendar, plus an authority's own closure days (for example
 * the days between Christmas and New Year when its offices shut). Closure days outside the
 * calendar's range cannot affect any answer it gives and are left out; a malformed date throws.
 */
export function englandAndWalesCalendar(extraClosures: readonly string[] = []): WorkingDayCalendar {
  for (const date of extraClosures) toDayNumber(date);
  const closures = [...new Set(extraClosures)]
    .filter((date) => date >= CALENDAR_FIRST_DATE && date <= CALENDAR_LAST_DATE)
    .sort();
  const key = closures.join(',');
  const cached = cache.get(key);
  if (cached) return cached;
  const calendar = new EnglandAndWalesCalendar(closures);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, calendar);
  return calendar;
}

/** Whether `date` is a working day (SI 2006/1738 reg 2) in this calendar. */
export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  return calendar.isWorkingDay(date);
}

/**
 * The `days`-th working day after `from`. The day of the event is day 0, so a complaint received
 * on Friday 20 November 2026 or on Saturday 21 November 2026 has Monday 23 November as working
 * day 1. `days = 0` returns `from` itself, even when `from` is not a working day. `days` must be
 * a whole number, 0 or more; a result beyond the calendar throws a `RangeError`.
 */
export function addWorkingDays(from: string, days: number, calendar: WorkingDayCalendar): string {
  return calendar.addWorkingDays(from, days);
}

/**
 * How many working days come after `from`, up to and including `to`; 0 when `to` is not after
 * `from`. It is the inverse of `addWorkingDays`: `workingDaysBetween(from, addWorkingDays(from,
 * n)) === n`.
 */
export function workingDaysBetween(from: string, to: string, calendar: WorkingDayCalendar): number {
  return calendar.workingDaysBetween(from, to);
}
