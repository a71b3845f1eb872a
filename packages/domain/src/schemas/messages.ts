/**
 * Limits and the words shown when input breaks them. The API's `.input()` and the admin forms'
 * `zodResolver` use the same schemas, so a person sees the same message wherever they type.
 */
import { CALENDAR_FIRST_YEAR } from '../calendar/range.js';

export const LIMITS = {
  idMaxLength: 100,
  nameMaxLength: 200,
  reasonMaxLength: 2000,
  issueMaxLength: 500,
  issuesMax: 50,
  /**
   * The longest single extension: a stage 2 investigation may grow from 25 to 65 working days
   * (Wandsworth 2021-22 §4.2), so no one extension can be longer than 40.
   */
  extensionMaxWorkingDays: 40,
  /** Every event in a case is dated in this range, so every deadline stays inside the calendar. */
  caseDateMin: `${String(CALENDAR_FIRST_YEAR)}-01-01`,
  caseDateMax: '2097-12-31',
  /** Dates of the matter complained about may be long ago (reg 9 lets the council waive the limit). */
  matterDateMin: '1900-01-01',
  /** Corporate policy timescales, in working days. */
  policyMaxWorkingDays: 100,
  /** The largest fee for one appointment, in pence (£1,000,000), so totals stay exact. */
  feeMaxPence: 100_000_000,
} as const;

export const MESSAGES = {
  dateFormat: 'Enter a real date in the format YYYY-MM-DD, for example 2026-11-23',
  caseDateRange: 'Enter a date between 1 January 2010 and 31 December 2097',
  matterDateRange: 'Enter a date after 1 January 1900',
  idRequired: 'Choose a person',
  idTooLong: `A person's reference must be ${String(LIMITS.idMaxLength)} characters or fewer`,
  nameRequired: 'Enter a name',
  nameTooLong: `A name must be ${String(LIMITS.nameMaxLength)} characters or fewer`,
  reasonRequired: 'Enter a reason',
  reasonTooLong: `The reason must be ${String(LIMITS.reasonMaxLength)} characters or fewer`,
  issueRequired: 'Describe the issue',
  issueTooLong: `Each issue must be ${String(LIMITS.issueMaxLength)} characters or fewer`,
  outcomesRequired: 'Record an outcome for at least one issue',
  outcomesTooMany: `Record at most ${String(LIMITS.issuesMax)} issues`,
  outcomeRequired: 'Choose upheld, partly upheld or not upheld',
  extensionWholeDays: 'Enter the extension as a whole number of working days',
  extensionRange: `An extension must be between 1 and ${String(LIMITS.extensionMaxWorkingDays)} working days`,
  procedureRequired: 'Choose statutory or corporate',
  channelRequired: 'Choose how the complaint arrived',
  escalationTarget: 'Choose stage 2, stage 3 or the Ombudsman',
  independenceRequired: 'Say whether this person is a member or officer of the council',
  panelSize: 'A review panel has exactly three members',
  panelDistinct: 'Each panel member must be a different person',
  panelChair: 'The chair must be one of the three panel members',
  subjectRequired: 'Choose what the complaint is about',
  complainantRequired: 'Choose who is making the complaint',
  policyWorkingDays: `Enter a whole number of working days from 0 to ${String(LIMITS.policyMaxWorkingDays)}`,
  delayReason: 'Choose staff absence, complexity, awaiting information or another reason',
  feeWholePence: 'Enter the fee in pounds and pence, for example 1250.00',
  feeNotNegative: 'The fee cannot be less than £0.00',
  feeTooLarge: 'The fee must be £1,000,000.00 or less',
  policyClockNeedsAcknowledgement:
    'A response clock that starts at acknowledgement needs an acknowledgement timescale',
} as const;
