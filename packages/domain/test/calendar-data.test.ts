import { describe, expect, it } from 'vitest';
import { ENGLAND_AND_WALES_HOLIDAYS } from '../src/index.js';
import { BANK_HOLIDAY_CORRECTIONS, buildHolidayTable } from '../scripts/holiday-table.js';

describe('the committed holiday table (docs/decisions/0004)', () => {
  it('is what date-holidays gives for GB/ENG public holidays, with the cited corrections', () => {
    // If this fails after upgrading date-holidays, run `pnpm generate:holidays` and review the
    // diff: every changed date changes deadlines.
    expect(ENGLAND_AND_WALES_HOLIDAYS.map(([date, name]) => [date, name])).toEqual(
      buildHolidayTable().map(([date, name]) => [date, name]),
    );
  });

  it('has a source for every correction', () => {
    for (const correction of BANK_HOLIDAY_CORRECTIONS) {
      expect(correction.source.length).toBeGreaterThan(20);
    }
  });

  it('is sorted and has no duplicates', () => {
    const dates = ENGLAND_AND_WALES_HOLIDAYS.map(([date]) => date);
    expect([...new Set(dates)].sort()).toEqual(dates);
  });
});
