/**
 * The procedure engine's entry points. Pure: the calendar, the council's corporate policy and
 * "today" are arguments; the same history always gives the same answer.
 *
 * - `evaluateCase`: where a case is and everything derived from it (deadlines, escalation rights,
 *   the time limit, the next action).
 * - `applyEvent`: whether one more event may be recorded, as a value (`{ ok: false, reason }`).
 * - `allowedEvents`: the event types the transition table and the date rules allow now.
 */
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.js';
import {
  CASE_EVENT_TYPES,
  type CaseEvent,
  type CaseEventType,
  type EscalationTarget,
  type IssueOutcome,
  type Procedure,
} from '../schemas/events.js';
import type { PersonRef } from '../schemas/people.js';
import type { CorporatePolicy } from '../schemas/policy.js';
import { deadlinesOf, type Deadline } from './deadlines.js';
import { checkEvent, checkEventType, timeLimitExpiresOn } from './guards.js';
import { nextActionsOf, type NextAction } from './next-actions.js';
import {
  emptyRecord,
  recordEvent,
  stageRecord,
  type CaseRecord,
  type CaseWarning,
} from './record.js';
import type { RefusalCode, WarningCode } from './refusals.js';
import { STATUTORY_TIMESCALES, TIME_LIMIT } from './timescales.js';
import type { CaseState, Stage } from './types.js';

export interface ProcedureContext {
  readonly calendar: WorkingDayCalendar;
  /** The authority's corporate timescales (statutory ones are the law and not configurable). */
  readonly policy: CorporatePolicy;
  /** Today's date in England (see `isoDateInLondon`); must be inside the calendar. */
  readonly today: string;
}

/** Whether and where the complainant may take the complaint next. */
export interface EscalationRight {
  readonly to: EscalationTarget;
  /**
   * `response`: after a response. `late_stage1_response`: the stage 1 response is late, which
   * gives "the automatic right to escalate" (Wandsworth 2021-22 §6.5).
   */
  readonly basis: 'response' | 'late_stage1_response';
  /** The end of the advised period; null when none applies. */
  readonly advisedBy: string | null;
  /** A request now would be after the advised period: it is accepted, and flagged. */
  readonly lateIfRequestedNow: boolean;
  readonly citation: string;
}

/** The 12-month time limit (reg 9; Wandsworth 2021-22 §4.9). */
export interface TimeLimitCheck {
  /** `unknown` when the date of the matter was not recorded. */
  readonly status: 'unknown' | 'within' | 'outside' | 'waived';
  readonly matterOccurredOn: string | null;
  /** The last day on which a complaint about the matter is in time. */
  readonly expiresOn: string | null;
  readonly waivedOn: string | null;
  readonly waiverReason: string | null;
  readonly rule: string;
  readonly citation: string;
}

export interface StageResponse {
  readonly stage: Stage;
  readonly on: string;
  readonly by: PersonRef | null;
  readonly outcomes: readonly IssueOutcome[];
}

/** An event in the history the rules would not have accepted; it is left out of the evaluation. */
export interface IgnoredEvent {
  readonly index: number;
  readonly type: string;
  readonly reason: RefusalCode;
}

export interface CaseEvaluation {
  /** The "today" the evaluation was made for. */
  readonly evaluatedOn: string;
  /** Null until the complaint is received. */
  readonly procedure: Procedure | null;
  readonly stage: Stage;
  readonly state: CaseState;
  /** Where an on-hold or closed case goes back to when resumed or reopened. */
  readonly resumesTo: CaseState | null;
  readonly receivedOn: string | null;
  readonly onHoldSince: string | null;
  readonly holdReason: string | null;
  readonly deadlines: readonly Deadline[];
  readonly escalation: EscalationRight | null;
  readonly timeLimit: TimeLimitCheck;
  /** The most pressing of `nextActions`, or null when nothing is needed. */
  readonly nextAction: NextAction | null;
  readonly nextActions: readonly NextAction[];
  readonly responses: readonly StageResponse[];
  readonly investigatingOfficer: PersonRef | null;
  readonly independentPerson: PersonRef | null;
  readonly warnings: readonly CaseWarning[];
  readonly ignoredEvents: readonly IgnoredEvent[];
}

function replay(
  events: readonly CaseEvent[],
  ctx: ProcedureContext,
): { record: CaseRecord; ignored: IgnoredEvent[] } {
  const record = emptyRecord();
  const ignored: IgnoredEvent[] = [];
  events.forEach((event, index) => {
    const result = checkEvent(record, event, ctx);
    if (!result.ok) {
      ignored.push({ index, type: event.type, reason: result.reason });
      return;
    }
    recordEvent(record, event, result.next);
    for (const code of result.warnings)
      record.warnings.push({ code, on: event.on, eventIndex: index });
  });
  return { record, ignored };
}

function timeLimitOf(record: CaseRecord): TimeLimitCheck {
  const expiresOn =
    record.matterOccurredOn === null ? null : timeLimitExpiresOn(record.matterOccurredOn);
  const waiver = record.timeLimitWaiver;
  let status: TimeLimitCheck['status'];
  if (waiver !== null) status = 'waived';
  else if (expiresOn === null || record.receivedOn === null) status = 'unknown';
  else status = record.receivedOn > expiresOn ? 'outside' : 'within';
  return {
    status,
    matterOccurredOn: record.matterOccurredOn,
    expiresOn,
    waivedOn: waiver?.on ?? null,
    waiverReason: waiver?.reason ?? null,
    rule: TIME_LIMIT.rule,
    citation: TIME_LIMIT.citation,
  };
}

function escalationOf(
  record: CaseRecord,
  deadlines: readonly Deadline[],
  today: string,
): EscalationRight | null {
  const statutory = record.procedure === 'statutory';
  const window = (id: 'stage2_request' | 'stage3_request', to: 2 | 3): EscalationRight => {
    const advice = deadlines.find((d) => d.id === id);
    const advisedBy = advice?.dueOn ?? null;
    return {
      to,
      basis: 'response',
      advisedBy,
      lateIfRequestedNow: advisedBy !== null && today > advisedBy,
      citation:
        advice?.citation ??
        (to === 2
          ? STATUTORY_TIMESCALES.stage2Request.citation
          : STATUTORY_TIMESCALES.stage3Request.citation),
    };
  };
  const ombudsman: EscalationRight = {
    to: 'ombudsman',
    basis: 'response',
    advisedBy: null,
    lateIfRequestedNow: false,
    citation: 'Wandsworth 2021-22 §15.2; Isle of Wight 2021 §2.19-2.20',
  };
  switch (record.state) {
    case 'stage1_awaiting_acknowledgement':
    case 'stage1_awaiting_response': {
      const response = deadlines.find((d) => d.id === 'stage1_response');
      if (!statutory || response?.status !== 'missed') return null;
      return {
        to: 2,
        basis: 'late_stage1_response',
        advisedBy: null,
        lateIfRequestedNow: false,
        citation: 'Wandsworth 2021-22 §6.5',
      };
    }
    case 'stage1_responded':
      return window('stage2_request', 2);
    case 'stage2_responded':
      return statutory ? window('stage3_request', 3) : ombudsman;
    case 'stage3_responded':
      return ombudsman;
    default:
      return null;
  }
}

function responsesOf(record: CaseRecord): StageResponse[] {
  const responses: StageResponse[] = [];
  record.stages.forEach((facts, index) => {
    if (facts.respondedOn !== null) {
      responses.push({
        stage: (index + 1) as Stage,
        on: facts.respondedOn,
        by: facts.respondedBy,
        outcomes: facts.outcomes,
      });
    }
  });
  return responses;
}

function evaluateRecord(
  record: CaseRecord,
  ignored: readonly IgnoredEvent[],
  ctx: ProcedureContext,
): CaseEvaluation {
  const deadlines = deadlinesOf(record, ctx);
  const timeLimit = timeLimitOf(record);
  const nextActions = nextActionsOf(record, deadlines, timeLimit.status === 'outside', ctx.today);
  const two = stageRecord(record, 2);
  const paused = record.state === 'on_hold' || record.state === 'closed';
  return {
    evaluatedOn: ctx.today,
    procedure: record.procedure,
    stage: record.stage,
    state: record.state,
    resumesTo: paused
      ? record.state === 'on_hold'
        ? record.stateBeforeHold
        : record.stateBeforeClosure
      : null,
    receivedOn: record.receivedOn,
    onHoldSince: record.state === 'on_hold' ? (record.openPause?.from ?? null) : null,
    holdReason: record.state === 'on_hold' ? record.holdReason : null,
    deadlines,
    escalation: escalationOf(record, deadlines, ctx.today),
    timeLimit,
    nextAction: nextActions[0] ?? null,
    nextActions,
    responses: responsesOf(record),
    investigatingOfficer: two.investigatingOfficer,
    independentPerson: two.independentPerson,
    warnings: record.warnings,
    ignoredEvents: ignored,
  };
}

/**
 * Evaluates a case from its whole history. Never throws for a history of events that pass
 * `caseEventSchema`: an event the rules would have refused is listed in `ignoredEvents` and left
 * out. `ctx.today` outside the calendar is a programmer error and throws a `RangeError`.
 */
export function evaluateCase(events: readonly CaseEvent[], ctx: ProcedureContext): CaseEvaluation {
  const { record, ignored } = replay(events, ctx);
  return evaluateRecord(record, ignored, ctx);
}

export type ApplyResult =
  | {
      readonly ok: true;
      /** The history with the new event appended. */
      readonly events: readonly CaseEvent[];
      readonly evaluation: CaseEvaluation;
      /** Allowed, but to be shown: a late request, a recently employed Independent Person... */
      readonly warnings: readonly WarningCode[];
    }
  | {
      readonly ok: false;
      readonly reason: RefusalCode;
      /** The state the case is in, unchanged. */
      readonly state: CaseState;
    };

/**
 * Checks one more event against the case so far and, if the rules allow it, returns the new
 * history and its evaluation. An event dated after `ctx.today` is refused (`event_after_today`).
 */
export function applyEvent(
  events: readonly CaseEvent[],
  event: CaseEvent,
  ctx: ProcedureContext,
): ApplyResult {
  const { record, ignored } = replay(events, ctx);
  if (event.on > ctx.today) return { ok: false, reason: 'event_after_today', state: record.state };
  const result = checkEvent(record, event, ctx);
  if (!result.ok) return { ok: false, reason: result.reason, state: record.state };
  recordEvent(record, event, result.next);
  for (const code of result.warnings) {
    record.warnings.push({ code, on: event.on, eventIndex: events.length });
  }
  return {
    ok: true,
    events: [...events, event],
    evaluation: evaluateRecord(record, ignored, ctx),
    warnings: result.warnings,
  };
}

/**
 * The event types that may be recorded today: those the transition table allows in the current
 * state and that pass the date and limit rules. What an event says (who was appointed, how long
 * an extension) is checked when it is applied.
 */
export function allowedEvents(
  events: readonly CaseEvent[],
  ctx: ProcedureContext,
): CaseEventType[] {
  const { record } = replay(events, ctx);
  return allowedEventsOf(record, ctx);
}

function allowedEventsOf(record: CaseRecord, ctx: ProcedureContext): CaseEventType[] {
  return CASE_EVENT_TYPES.filter((type) => checkEventType(record, type, ctx.today, ctx).ok);
}

/**
 * `evaluateCase` and `allowedEvents` from one replay of the history, for a screen that shows a
 * case and the steps that may be taken on it.
 */
export function evaluateCaseWithAllowedEvents(
  events: readonly CaseEvent[],
  ctx: ProcedureContext,
): { evaluation: CaseEvaluation; allowed: CaseEventType[] } {
  const { record, ignored } = replay(events, ctx);
  const allowed = allowedEventsOf(record, ctx);
  return { evaluation: evaluateRecord(record, ignored, ctx), allowed };
}
