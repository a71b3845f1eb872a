import { describe, expect, it } from 'vitest';
import { offsetForPage, parsePage, showingText, summarisePage } from '../src/lib/pagination';

describe('parsePage', () => {
  it('reads a page number from the address', () => {
    expect(parsePage('2')).toBe(2);
    expect(parsePage('10')).toBe(10);
  });

  it('falls back to the first page for anything else', () => {
    for (const value of [null, '', '0', '-1', '1.5', 'two', '2abc', '99999999999999999999']) {
      expect(parsePage(value)).toBe(1);
    }
  });
});

describe('summarisePage', () => {
  it('describes the first of two pages', () => {
    const summary = summarisePage(1, 25, 43);
    expect(summary).toEqual({
      first: 1,
      last: 25,
      total: 43,
      hasPrevious: false,
      hasNext: true,
      pageCount: 2,
    });
    expect(showingText(summary, 'complaint', 'complaints')).toBe(
      'Showing 1 to 25 of 43 complaints',
    );
  });

  it('describes the last, partly filled page', () => {
    const summary = summarisePage(2, 18, 43);
    expect(summary.first).toBe(26);
    expect(summary.last).toBe(43);
    expect(summary.hasPrevious).toBe(true);
    expect(summary.hasNext).toBe(false);
    expect(showingText(summary, 'complaint', 'complaints')).toBe(
      'Showing 26 to 43 of 43 complaints',
    );
  });

  it('uses the singular for one result', () => {
    expect(showingText(summarisePage(1, 1, 1), 'complaint', 'complaints')).toBe(
      'Showing 1 to 1 of 1 complaint',
    );
  });

  it('copes with a page past the end', () => {
    const summary = summarisePage(5, 0, 43);
    expect(summary.first).toBe(0);
    expect(summary.hasNext).toBe(false);
    expect(summary.hasPrevious).toBe(true);
  });

  it('offsets pages of 25', () => {
    expect(offsetForPage(1)).toBe(0);
    expect(offsetForPage(3)).toBe(50);
  });
});
