import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CALENDAR_FIRST_DATE,
  CALENDAR_LAST_DATE,
  englandAndWalesCalendar,
  isWorkingDay,
  workingDaysBetween,
} from '../src/index.js';
import {
  dayNumberFromParts,
  fromDayNumber,
  toDayNumber,
  weekdayOfDayNumber,
} from '../src/calendar/iso-date.js';

const calendar = englandAndWalesCalendar();

/**
 * Weekdays that are not working days in England and Wales, written out from the GOV.UK list of
 * bank holidays: SI 2006/1738 reg 2 excludes Christmas Day, Good Friday and bank holidays under
 * the Banking and Financial Dealings Act 1971, with substitute days and one-off days.
 */
const BANK_HOLIDAYS: Record<number, string[]> = {
  // Boxing Day on a Saturday: substitute Monday 28 December.
  2015: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  // Christmas Day on a Sunday: Boxing Day Monday 26, substitute Christmas Tuesday 27.
  2016: ['01-01', '03-25', '03-28', '05-02', '05-30', '08-29', '12-26', '12-27'],
  // New Year's Day on a Sunday: substitute Monday 2 January.
  2017: ['01-02', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2018: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2019: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  // Early May bank holiday moved to Friday 8 May for VE Day.
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  // Christmas on a Saturday: substitutes Monday 27 and Tuesday 28.
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  // Spring bank holiday moved to Thursday 2 June, Platinum Jubilee Friday 3 June, the Queen's
  // funeral Monday 19 September.
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  // Coronation of King Charles III, Monday 8 May.
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
  2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
  2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
};

function weekdaysOff(year: number): string[] {
  const off: string[] = [];
  for (
    let day = toDayNumber(`${String(year)}-01-01`);
    day <= toDayNumber(`${String(year)}-12-31`);
    day += 1
  ) {
    const weekday = weekdayOfDayNumber(day);
    const date = fromDayNumber(day);
    if (weekday !== 0 && weekday !== 6 && !isWorkingDay(date, calendar)) off.push(date.slice(5));
  }
  return off;
}

describe('England and Wales bank holidays (SI 2006/1738 reg 2; Banking and Financial Dealings Act 1971)', () => {
  for (const [year, holidays] of Object.entries(BANK_HOLIDAYS)) {
    it(`${year}: exactly the bank holidays, Christmas Day and Good Friday are weekday closures`, () => {
      expect(weekdaysOff(Number(year))).toEqual(holidays);
    });
  }

  it('counts the one-off days: 2 and 3 June 2022, 19 September 2022, 8 May 2023', () => {
    for (const date of ['2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']) {
      expect(isWorkingDay(date, calendar)).toBe(false);
    }
    // The usual spring bank holiday (30 May 2022) and early May (4 May 2020) were moved, so they
    // are working days.
    expect(isWorkingDay('2022-05-30', calendar)).toBe(true);
    expect(isWorkingDay('2020-05-04', calendar)).toBe(true);
  });

  it('corrects the library for 2011 and 2012 (royal wedding; spring bank holiday moved to 4 June)', () => {
    expect(isWorkingDay('2011-04-29', calendar)).toBe(false);
    expect(isWorkingDay('2012-05-28', calendar)).toBe(true);
    expect(isWorkingDay('2012-06-04', calendar)).toBe(false);
    expect(isWorkingDay('2012-06-05', calendar)).toBe(false);
  });

  it('names the holiday that closes a day', () => {
    expect(calendar.holidayName('2022-09-19')).toBe("Queen Elizabeth's Funeral Day");
    expect(calendar.holidayName('2026-12-28')).toBe('Boxing Day (substitute day)');
    expect(calendar.holidayName('2026-12-29')).toBeNull();
    expect(englandAndWalesCalendar(['2026-12-29']).holidayName('2026-12-29')).toBe(
      'Council closure day',
    );
  });
});

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberFromParts(year, month, day);
}

/** The Schedule 1 pattern of the 1971 Act, derived independently of the data. */
function bankHolidaysByRule(year: number): Set<string> {
  const days = new Set<number>();
  const weekday = (d: number) => weekdayOfDayNumber(d);
  const nextMonday = (d: number) => d + ((8 - weekday(d)) % 7);
  const firstMonday = (month: number) => nextMonday(dayNumberFromParts(year, month, 1));
  const lastMonday = (month: number, last: number) => {
    const d = dayNumberFromParts(year, month, last);
    return d - ((weekday(d) + 6) % 7);
  };
  const newYear = dayNumberFromParts(year, 1, 1);
  days.add(weekday(newYear) === 0 || weekday(newYear) === 6 ? nextMonday(newYear) : newYear);
  const easter = easterSunday(year);
  days.add(easter - 2).add(easter + 1);
  days.add(firstMonday(5)).add(lastMonday(5, 31)).add(lastMonday(8, 31));
  const christmas = dayNumberFromParts(year, 12, 25);
  const boxing = christmas + 1;
  // Whichever of the two falls at a weekend moves to the next free weekday.
  let next = boxing + 1;
  for (const day of [christmas, boxing]) {
    if (weekday(day) === 0 || weekday(day) === 6) {
      while (weekday(next) === 0 || weekday(next) === 6) next += 1;
      days.add(next);
      next += 1;
    } else {
      days.add(day);
    }
  }
  return new Set([...days].map(fromDayNumber));
}

describe('the committed data against the statutory pattern, 2010-2099', () => {
  const oneOffs = new Set([
    '2011-04-29',
    '2012-06-04',
    '2012-06-05',
    '2020-05-08',
    '2022-06-02',
    '2022-06-03',
    '2022-09-19',
    '2023-05-08',
  ]);
  const moved = new Set(['2012-05-28', '2020-05-04', '2022-05-30']);

  it('matches the rule for every year, apart from proclaimed and moved days', () => {
    for (let year = 2010; year <= 2099; year += 1) {
      const expected = [...bankHolidaysByRule(year)]
        .filter((date) => !moved.has(date))
        .concat([...oneOffs].filter((date) => date.startsWith(String(year))))
        .map((date) => date.slice(5))
        .sort();
      expect(weekdaysOff(year), String(year)).toEqual(expected);
    }
  });
});

describe('counting working days (day of the event is day 0)', () => {
  it('a complaint received on Friday or on Saturday both start counting on Monday', () => {
    expect(addWorkingDays('2026-11-20', 1, calendar)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-21', 1, calendar)).toBe('2026-11-23');
  });

  it('0 working days is the day itself, even a Sunday', () => {
    expect(addWorkingDays('2026-11-22', 0, calendar)).toBe('2026-11-22');
  });

  it('skips Christmas and the Boxing Day substitute', () => {
    expect(addWorkingDays('2026-12-24', 1, calendar)).toBe('2026-12-29');
    expect(workingDaysBetween('2026-12-24', '2026-12-29', calendar)).toBe(1);
  });

  it('workingDaysBetween is 0 when the end is not after the start', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-23', calendar)).toBe(0);
    expect(workingDaysBetween('2026-11-24', '2026-11-23', calendar)).toBe(0);
  });

  it('counts the working days after the start up to and including the end', () => {
    // Saturday to Monday is one working day; Friday to Monday too.
    expect(workingDaysBetween('2026-11-21', '2026-11-23', calendar)).toBe(1);
    expect(workingDaysBetween('2026-11-20', '2026-11-23', calendar)).toBe(1);
    expect(workingDaysBetween('2026-11-20', '2026-11-22', calendar)).toBe(0);
  });

  it('throws a TypeError for a malformed date and a RangeError outside the calendar', () => {
    expect(() => addWorkingDays('2026-02-30', 1, calendar)).toThrow(TypeError);
    expect(() => isWorkingDay('23/11/2026', calendar)).toThrow(TypeError);
    expect(() => workingDaysBetween('2026-1-1', '2026-01-02', calendar)).toThrow(TypeError);
    expect(() => isWorkingDay('2009-12-31', calendar)).toThrow(RangeError);
    expect(() => isWorkingDay('2100-01-01', calendar)).toThrow(RangeError);
    expect(() => addWorkingDays(CALENDAR_LAST_DATE, 1, calendar)).toThrow(RangeError);
    expect(addWorkingDays(CALENDAR_FIRST_DATE, 1, calendar)).toBe('2010-01-04');
  });

  it('refuses negative or fractional numbers of days', () => {
    expect(() => addWorkingDays('2026-11-23', -1, calendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23', 1.5, calendar)).toThrow(RangeError);
  });
});

describe('authority closure days (extraClosures)', () => {
  it('a closure day moves each open deadline that falls after it by one working day', () => {
    const closed = englandAndWalesCalendar(['2026-11-25']);
    // Stage 1: 10 working days from receipt (Wandsworth 2021-22 §4.1).
    expect(addWorkingDays('2026-11-20', 10, calendar)).toBe('2026-12-04');
    expect(addWorkingDays('2026-11-20', 10, closed)).toBe('2026-12-07');
    // A deadline before the closure does not move.
    expect(addWorkingDays('2026-11-20', 2, closed)).toBe(addWorkingDays('2026-11-20', 2, calendar));
  });

  it('a closure day on a weekend or a bank holiday changes nothing', () => {
    const closed = englandAndWalesCalendar(['2026-11-28', '2026-12-25']);
    expect(addWorkingDays('2026-11-20', 30, closed)).toBe(
      addWorkingDays('2026-11-20', 30, calendar),
    );
  });

  it('is cached, ignores order, duplicates and days outside the calendar, and rejects bad dates', () => {
    const a = englandAndWalesCalendar(['2026-12-30', '2026-12-29', '2026-12-29', '1999-12-31']);
    const b = englandAndWalesCalendar(['2026-12-29', '2026-12-30']);
    expect(a).toBe(b);
    expect(a.extraClosures).toEqual(['2026-12-29', '2026-12-30']);
    expect(englandAndWalesCalendar()).toBe(englandAndWalesCalendar([]));
    expect(() => englandAndWalesCalendar(['2026-13-01'])).toThrow(TypeError);
  });

  it('keeps working when many different authorities build calendars', () => {
    for (let i = 0; i < 300; i += 1) {
      const date = fromDayNumber(toDayNumber('2030-01-01') + i);
      expect(englandAndWalesCalendar([date]).extraClosures).toEqual([date]);
    }
  });
});

const FIRST = toDayNumber('2010-01-01');
const LAST = toDayNumber('2095-12-31');
const dateArb = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const daysArb = fc.integer({ min: 0, max: 400 });
const closuresArb = fc.array(dateArb, { maxLength: 5 });

describe('properties of the working-day arithmetic', () => {
  it('workingDaysBetween(from, addWorkingDays(from, n)) === n', () => {
    fc.assert(
      fc.property(dateArb, daysArb, closuresArb, (from, n, closures) => {
        const cal = englandAndWalesCalendar(closures);
        return workingDaysBetween(from, addWorkingDays(from, n, cal), cal) === n;
      }),
    );
  });

  it('for a working day d after from, addWorkingDays(from, workingDaysBetween(from, d)) === d', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 600 }), (from, gap) => {
        const d = fromDayNumber(toDayNumber(from) + gap);
        fc.pre(isWorkingDay(d, calendar));
        return addWorkingDays(from, workingDaysBetween(from, d, calendar), calendar) === d;
      }),
    );
  });

  it('results are working days after from (n >= 1)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 400 }), (from, n) => {
        const result = addWorkingDays(from, n, calendar);
        return isWorkingDay(result, calendar) && result > from;
      }),
    );
  });

  it('addWorkingDays is monotonic in the start and in the number of days', () => {
    fc.assert(
      fc.property(dateArb, dateArb, daysArb, daysArb, (a, b, m, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const [few, many] = m <= n ? [m, n] : [n, m];
        return (
          addWorkingDays(early, n, calendar) <= addWorkingDays(late, n, calendar) &&
          addWorkingDays(a, few, calendar) <= addWorkingDays(a, many, calendar)
        );
      }),
    );
  });

  it('workingDaysBetween is monotonic in the end and antitone in the start', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort();
        return (
          workingDaysBetween(x as string, y as string, calendar) <=
            workingDaysBetween(x as string, z as string, calendar) &&
          workingDaysBetween(y as string, z as string, calendar) <=
            workingDaysBetween(x as string, z as string, calendar)
        );
      }),
    );
  });

  it('agrees with counting day by day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 60 }), (from, n) => {
        let day = toDayNumber(from);
        let left = n;
        while (left > 0) {
          day += 1;
          if (isWorkingDay(fromDayNumber(day), calendar)) left -= 1;
        }
        return addWorkingDays(from, n, calendar) === fromDayNumber(day);
      }),
    );
  });
});
