/**
 * Timescales for the records that sit beside complaints: comments, enquiries and member enquiries.
 * None is set by law, so each council chooses its own (`authorities.settings.recordTimescales`);
 * these are the defaults when it has not.
 */
import { z } from 'zod';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber } from '../calendar/iso-date.js';
import {
  addWorkingDays,
  workingDaysBetween,
  type WorkingDayCalendar,
} from '../calendar/working-day-calendar.js';

export interface RecordTimescale {
  readonly workingDays: number;
  readonly rule: string;
  readonly citation: string;
}

/**
 * - Comments are "recorded, acknowledged and then forwarded to the relevant Team Manager for a
 *   response", and "monitored in the same way [as complaints] to ensure that a response is
 *   provided" (Dudley 2022-23 section 12): so by default the stage 1 timescale, 10 working days from
 *   receipt (Wandsworth 2021-22 §4.1).
 * - Enquiries and member enquiries (from MPs and councillors) are counted and answered "within
 *   timescale" (Unnamed borough 2016-17 section 7; Wandsworth 2021-22 §6.9), which each council sets; 10 working days is the
 *   common corporate default and the one used here.
 */
export const DEFAULT_RECORD_TIMESCALES = {
  commentResponse: {
    workingDays: 10,
    rule: 'Answer a comment within 10 working days of receiving it',
    citation: 'Dudley 2022-23 section 12; Wandsworth 2021-22 §4.1',
  },
  enquiryResponse: {
    workingDays: 10,
    rule: 'Answer an enquiry within 10 working days of receiving it',
    citation: 'Unnamed borough 2016-17 section 7',
  },
  memberEnquiryResponse: {
    workingDays: 10,
    rule: 'Answer a member enquiry within 10 working days of receiving it',
    citation: 'Wandsworth 2021-22 §6.9; Unnamed borough 2016-17 section 7',
  },
} as const satisfies Record<string, RecordTimescale>;

export type RecordTimescaleId = keyof typeof DEFAULT_RECORD_TIMESCALES;

/** The most working days a council may allow for any of these records. */
export const RECORD_TIMESCALE_MAX_WORKING_DAYS = 100;

const workingDaysSetting = z.number().int().min(1).max(RECORD_TIMESCALE_MAX_WORKING_DAYS);

/** The shape of `authorities.settings.recordTimescales`: working days for each kind of record. */
export const recordTimescaleSettingsSchema = z.object({
  commentResponseWorkingDays: workingDaysSetting.optional(),
  enquiryResponseWorkingDays: workingDaysSetting.optional(),
  memberEnquiryResponseWorkingDays: workingDaysSetting.optional(),
});
export type RecordTimescaleSettings = z.infer<typeof recordTimescaleSettingsSchema>;

export type RecordTimescales = Record<RecordTimescaleId, RecordTimescale>;

function withDays(base: RecordTimescale, days: number | undefined, noun: string): RecordTimescale {
  if (days === undefined || days === base.workingDays) return base;
  return {
    workingDays: days,
    rule: `Answer ${noun} within ${String(days)} working days of receiving it`,
    citation: 'This council’s own timescale',
  };
}

/**
 * The timescales of one council, from its settings object (any shape: a setting that is missing
 * or not valid falls back to the default rather than stopping the work).
 */
export function recordTimescalesFor(settings: unknown): RecordTimescales {
  const raw =
    typeof settings === 'object' && settings !== null && 'recordTimescales' in settings
      ? settings.recordTimescales
      : undefined;
  const parsed = recordTimescaleSettingsSchema.safeParse(raw ?? {});
  const own = parsed.success ? parsed.data : {};
  return {
    commentResponse: withDays(
      DEFAULT_RECORD_TIMESCALES.commentResponse,
      own.commentResponseWorkingDays,
      'a comment',
    ),
    enquiryResponse: withDays(
      DEFAULT_RECORD_TIMESCALES.enquiryResponse,
      own.enquiryResponseWorkingDays,
      'an enquiry',
    ),
    memberEnquiryResponse: withDays(
      DEFAULT_RECORD_TIMESCALES.memberEnquiryResponse,
      own.memberEnquiryResponseWorkingDays,
      'a member enquiry',
    ),
  };
}

/**
 * The day a response is due: the n-th working day after receipt, the day of receipt being day 0
 * (docs/decisions/0004), as for complaints.
 */
export function responseDueOn(
  receivedOn: string,
  timescale: RecordTimescale,
  calendar: WorkingDayCalendar,
): string {
  return addWorkingDays(receivedOn, timescale.workingDays, calendar);
}

/**
 * - `pending`: not done, and today is on or before the due date.
 * - `met`: done on or before the due date.
 * - `missed`: done after it, or not done and the date has passed (overdue).
 */
export type RecordTimingStatus = 'pending' | 'met' | 'missed';

export interface RecordTiming {
  readonly dueOn: string;
  readonly status: RecordTimingStatus;
  readonly doneOn: string | null;
  /** Pending: working days from today to the due date (0 when due today). */
  readonly workingDaysLeft: number | null;
  /** Missed: working days after the due date it was done, or has been outstanding so far. */
  readonly workingDaysLate: number | null;
}

/** Whether something with a due date was, or is being, done on time. Nothing here is stored. */
export function recordTiming(
  dueOn: string,
  doneOn: string | null,
  today: string,
  calendar: WorkingDayCalendar,
): RecordTiming {
  if (doneOn !== null) {
    return doneOn <= dueOn
      ? { dueOn, status: 'met', doneOn, workingDaysLeft: null, workingDaysLate: null }
      : {
          dueOn,
          status: 'missed',
          doneOn,
          workingDaysLeft: null,
          workingDaysLate: workingDaysBetween(dueOn, doneOn, calendar),
        };
  }
  if (today <= dueOn) {
    return {
      dueOn,
      status: 'pending',
      doneOn,
      workingDaysLeft: workingDaysBetween(today, dueOn, calendar),
      workingDaysLate: null,
    };
  }
  return {
    dueOn,
    status: 'missed',
    doneOn,
    workingDaysLeft: null,
    workingDaysLate: workingDaysBetween(dueOn, today, calendar),
  };
}

/** The Monday of the week `date` falls in (ISO weeks start on Monday). */
export function weekStartingOn(date: string): string {
  const day = toDayNumber(date);
  // weekdayOfDayNumber counts from Sunday (0); Monday is 1, so Sunday belongs to the week before.
  const sinceMonday = (weekdayOfDayNumber(day) + 6) % 7;
  return fromDayNumber(day - sinceMonday);
}
