import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../src/lib/dates';

it('runs in a zone west of Greenwich, so that the UK-time checks below mean something', () => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
});

describe('formatDate', () => {
  it('writes a calendar date the GOV.UK way with a short month', () => {
    expect(formatDate('2026-11-20')).toBe('20 Nov 2026');
    expect(formatDate('2027-01-05')).toBe('5 Jan 2027');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
  });

  it('never shifts a date by the time zone of the machine', () => {
    // The tests run with TZ=America/New_York (vitest.config.ts), where `new Date('2026-03-01')`
    // is still 28 February.
    expect(formatDate('2026-03-01')).toBe('1 Mar 2026');
  });

  it('leaves anything that is not a calendar date as it is', () => {
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDate('2026-13-01')).toBe('2026-13-01');
    expect(formatDate('')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('shows UK time, whatever the machine’s zone', () => {
    // British Summer Time: 13:05 UTC is 2:05pm in London.
    expect(formatDateTime('2026-07-20T13:05:00.000Z')).toBe('20 Jul 2026 at 2:05pm');
    // Greenwich Mean Time in winter.
    expect(formatDateTime('2026-11-20T09:30:00.000Z')).toBe('20 Nov 2026 at 9:30am');
  });

  it('uses the UK date when a late evening is already tomorrow in UTC terms', () => {
    expect(formatDateTime('2026-06-30T23:30:00.000Z')).toBe('1 Jul 2026 at 12:30am');
  });

  it('says midday and midnight rather than 12pm and 12am', () => {
    expect(formatDateTime('2026-11-20T12:00:00.000Z')).toBe('20 Nov 2026 at midday');
    expect(formatDateTime('2026-11-20T00:00:00.000Z')).toBe('20 Nov 2026 at midnight');
  });

  it('leaves an unreadable timestamp as it is', () => {
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });
});
