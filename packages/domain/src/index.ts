/**
 * @heard/domain: the law of children's social care complaints in England, as pure functions.
 * No I/O and no clock: the calendar, "today" and the council's policy are arguments.
 */

// Working days (SI 2006/1738 reg 2) and dates.
export {
  addWorkingDays,
  englandAndWalesCalendar,
  isWorkingDay,
  workingDaysBetween,
  type WorkingDayCalendar,
} from './calendar/working-day-calendar.js';
export { ENGLAND_AND_WALES_HOLIDAYS } from './calendar/england-and-wales-holidays.js';
export { CALENDAR_FIRST_DATE, CALENDAR_LAST_DATE } from './calendar/range.js';
export { addCalendarMonths, isIsoDate } from './calendar/iso-date.js';
export { isoDateInLondon } from './calendar/london-date.js';

// The procedure engine.
export {
  allowedEvents,
  applyEvent,
  evaluateCase,
  evaluateCaseWithAllowedEvents,
  type ApplyResult,
  type CaseEvaluation,
  type EscalationRight,
  type IgnoredEvent,
  type ProcedureContext,
  type StageResponse,
  type TimeLimitCheck,
} from './procedure/evaluate.js';
export {
  DEADLINE_IDS,
  type Deadline,
  type DeadlineId,
  type DeadlineStatus,
} from './procedure/deadlines.js';
export { NEXT_ACTION_IDS, type NextAction, type NextActionId } from './procedure/next-actions.js';
export type { CaseWarning } from './procedure/record.js';
export {
  REFUSAL_CODES,
  WARNING_CODES,
  type RefusalCode,
  type WarningCode,
} from './procedure/refusals.js';
export {
  CORPORATE_TRANSITIONS,
  STAGE_OF_STATE,
  STATUTORY_TRANSITIONS,
  transitionsFor,
  type TransitionTable,
  type TransitionTarget,
} from './procedure/transitions.js';
export {
  STAGE2_MAX_EXTENSION,
  STATUTORY_TIMESCALES,
  TIME_LIMIT,
  type Timescale,
} from './procedure/timescales.js';
export {
  CORPORATE_POLICY_PRESETS,
  DEFAULT_CORPORATE_POLICY,
  LGSCO_COMPLAINT_HANDLING_CODE,
  TWENTY_AND_FIFTEEN_WORKING_DAYS,
  TWENTY_AND_TWENTY_WORKING_DAYS,
  policyForAuthority,
  type CorporatePolicyPresetId,
} from './procedure/policy.js';
export {
  AUDIENCES,
  AWAITING_ESCALATION_STATES,
  CASE_STATES,
  FINISHED_STATES,
  ROLES,
  type Audience,
  type CaseState,
  type Role,
  type Stage,
} from './procedure/types.js';

// Words for people.
export {
  explainCase,
  explainDeadlineForStaff,
  explainForComplainant,
  explainNextAction,
  type CaseExplanation,
  type ExplainOptions,
} from './explain/explain-case.js';
export { describeEvent } from './explain/describe-event.js';
export {
  formatDate,
  formatDateNear,
  formatLongDate,
  type FormatDateOptions,
} from './explain/format-date.js';
export { ROLE_LABELS, STATE_LABELS, stateLabel, type StateLabels } from './explain/labels.js';
export { REFUSAL_MESSAGES, WARNING_MESSAGES, refusalMessage } from './explain/refusals.js';

// Which procedure.
export { adviseProcedure, type ProcedureAdvice } from './triage/advise-procedure.js';

// Input schemas shared by the API and the forms.
export * from './schemas/index.js';
export * from './schemas/submission.js';
export * from './schemas/intake.js';
export * from './statistics/index.js';
export * from './records/index.js';
export * from './schemas/records.js';
export * from './schemas/portal-drafts.js';
export * from './schemas/portal-sign-in.js';
export * from './privacy/logged-error.js';
