/**
 * Which reminders are due, and the key that makes each one unique. Complaints teams remind
 * managers of deadlines coming up and chase those missed ("reliable system to remind managers of
 * complaint deadlines", Wandsworth 2021-22 §11.2; "regular reminders", and trackers "to highlight to Senior
 * Manager cases either coming up to the response deadline or those that have exceeded it",
 * Dudley 2022-23 section 3). Pure: the caller gives "today" and the calendar.
 */
import { workingDaysBetween, type WorkingDayCalendar } from '../calendar/working-day-calendar.js';

/** Reminders go this many working days before a deadline (and on each day up to it, once). */
export const REMINDER_LEAD_WORKING_DAYS = 2;

export const REMINDER_KINDS = ['due_soon', 'missed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_RECORD_TYPES = [
  'complaint',
  'comment',
  'enquiry',
  'ombudsman_enquiry',
  'ombudsman_remedy',
  'learning_action',
] as const;
export type ReminderRecordType = (typeof REMINDER_RECORD_TYPES)[number];

/**
 * `due_soon` from `leadWorkingDays` working days before the due date up to the day itself;
 * `missed` once the day has passed with nothing done; nothing when it is done or still far off.
 */
export function reminderKindFor(input: {
  dueOn: string;
  doneOn: string | null;
  today: string;
  calendar: WorkingDayCalendar;
  leadWorkingDays?: number;
}): ReminderKind | null {
  if (input.doneOn !== null) return null;
  if (input.today > input.dueOn) return 'missed';
  const left = workingDaysBetween(input.today, input.dueOn, input.calendar);
  return left <= (input.leadWorkingDays ?? REMINDER_LEAD_WORKING_DAYS) ? 'due_soon' : null;
}

/**
 * The key that makes a reminder unique: the record, which of its deadlines, the due date, the kind
 * and who it is for. A deadline moved by an extension has a new due date, so it is reminded
 * afresh; the same deadline is never reminded twice.
 */
export function reminderDedupeKey(input: {
  recordType: ReminderRecordType;
  recordId: string;
  deadlineId: string;
  dueOn: string;
  kind: ReminderKind;
  recipientId: string;
}): string {
  return [
    'reminder',
    input.recordType,
    input.recordId,
    input.deadlineId,
    input.dueOn,
    input.kind,
    input.recipientId,
  ].join(':');
}

/** The weekly tracker for one manager: one per authority, person and week (from Monday). */
export function trackerDedupeKey(input: {
  authorityId: string;
  weekStartingOn: string;
  recipientId: string;
}): string {
  return ['tracker', input.authorityId, input.weekStartingOn, input.recipientId].join(':');
}
