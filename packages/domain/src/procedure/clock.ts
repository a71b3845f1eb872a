/**
 * The procedure's clock: working days, minus the working days a case spent on hold or closed.
 *
 * Holding a complaint while a concurrent process runs (reg 8; Wandsworth 2021-22 §4.10) stops the clock: the
 * working days after the day it was put on hold, up to and including the day it resumed, do not
 * count, so every deadline still running when it was put on hold moves by exactly those days.
 * The same applies to the days between closing and reopening a case.
 */
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';

/** Working days in (from, to] are paused. Spans are sorted by `from` and do not overlap. */
export interface PausedSpan {
  readonly from: string;
  readonly to: string;
}

/** The `limit`-th unpaused working day after `start`. */
export function clockDue(
  calendar: WorkingDayCalendar,
  start: string,
  limit: number,
  spans: readonly PausedSpan[],
): string {
  let due = calendar.addWorkingDays(start, limit);
  for (const span of spans) {
    if (span.to <= start) continue;
    const from = span.from > start ? span.from : start;
    // A hold that starts on the due day itself still stops the clock before it ran out.
    if (from > due) break;
    due = calendar.addWorkingDays(due, calendar.workingDaysBetween(from, span.to));
  }
  return due;
}

/**
 * Unpaused working days after `a` up to and including `b`; negative when `b` is before `a`
 * (the count from `b` to `a`, negated).
 */
export function clockDaysBetween(
  calendar: WorkingDayCalendar,
  a: string,
  b: string,
  spans: readonly PausedSpan[],
): number {
  if (a === b) return 0;
  const [low, high, sign] = a < b ? [a, b, 1] : [b, a, -1];
  let days = calendar.workingDaysBetween(low, high);
  for (const span of spans) {
    const from = span.from > low ? span.from : low;
    const to = span.to < high ? span.to : high;
    if (to > from) days -= calendar.workingDaysBetween(from, to);
  }
  return sign * days;
}
