import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  formatDate,
  formatDateNear,
  formatLongDate,
  isIsoDate,
  isoDateInLondon,
} from '../src/index.js';
import { fromDayNumber, toDayNumber } from '../src/calendar/iso-date.js';

describe('ISO dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    for (const bad of [
      '2026-04-31',
      '2026-00-10',
      '2026-13-01',
      '2026-1-01',
      '2026-01-1',
      'abcd-ef-gh',
      '2026/01/01',
      '0000-01-01',
      '2026-01-01T00:00',
      '',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('round-trips through day numbers, agreeing with Date in UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
        const iso = fromDayNumber(day);
        const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
        return toDayNumber(iso) === day && (day < -719_162 || iso === viaDate);
      }),
    );
  });

  it('adds calendar months, clamping to the end of a shorter month (reg 9 time limit)', () => {
    expect(addCalendarMonths('2025-03-14', 12)).toBe('2026-03-14');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-03-14', -12)).toBe('2025-03-14');
  });
});

describe('formatting dates in English without Intl', () => {
  it('writes weekday, day, month and year', () => {
    expect(formatDate('2026-12-04')).toBe('Friday 4 December 2026');
    expect(formatLongDate('2026-01-01')).toBe('Thursday 1 January 2026');
    expect(formatDate('2026-12-04', { year: false })).toBe('Friday 4 December');
    expect(formatDate('2026-12-04', { weekday: false })).toBe('4 December 2026');
  });

  it('leaves the year out when it is this year', () => {
    expect(formatDateNear('2026-12-04', '2026-11-23')).toBe('Friday 4 December');
    expect(formatDateNear('2027-01-04', '2026-12-23')).toBe('Monday 4 January 2027');
  });

  it('agrees with Intl en-GB for any date', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => {
        const iso = fromDayNumber(day);
        return formatDate(iso) === intl.format(new Date(day * 86_400_000)).replace(',', '');
      }),
    );
  });
});

describe('today in England (isoDateInLondon)', () => {
  it('uses British Summer Time around midnight', () => {
    expect(isoDateInLondon(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(isoDateInLondon(new Date('2026-01-01T23:30:00Z'))).toBe('2026-01-01');
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(isoDateInLondon(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28');
    expect(isoDateInLondon(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    expect(isoDateInLondon(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25');
    expect(isoDateInLondon(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25');
  });

  it('agrees with the Europe/London time zone of Intl, 2000-2060', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });
    fc.assert(
      fc.property(fc.integer({ min: 946_684_800_000, max: 2_871_763_200_000 }), (ms) => {
        const instant = new Date(ms);
        return isoDateInLondon(instant) === intl.format(instant);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects an invalid Date', () => {
    expect(() => isoDateInLondon(new Date('nonsense'))).toThrow(RangeError);
  });
});
