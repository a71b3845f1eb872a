/**
 * The rules on top of the transition table: dates, limits and independence. Each returns a
 * refusal code (a value) or the warnings to flag; none throws.
 */
import { addCalendarMonths, isIsoDate } from '../calendar/iso-date.js';
import type { CaseEvent, CaseEventType } from '../schemas/events.js';
import { LIMITS } from '../schemas/messages.js';
import {
  currentResponseDue,
  dueDateOf,
  extensionLimit,
  type DeadlineContext,
} from './deadlines.js';
import { stageRecord, type CaseRecord } from './record.js';
import type { RefusalCode, WarningCode } from './refusals.js';
import { TIME_LIMIT } from './timescales.js';
import { transitionsFor, type TransitionTarget } from './transitions.js';
import type { CaseState } from './types.js';

export type GuardResult =
  | { readonly ok: true; readonly next: CaseState; readonly warnings: readonly WarningCode[] }
  | { readonly ok: false; readonly reason: RefusalCode };

/** Events of the statutory stages 2 and 3 that the corporate procedure does not have. */
const STATUTORY_ONLY = new Set<CaseEventType>([
  'statement_of_complaint_agreed',
  'independent_person_appointed',
  'panel_held',
  'panel_recommendations_issued',
  'council_responded_after_panel',
]);

/** The most specific reason the table has no transition for this event in this state. */
function missingTransition(record: CaseRecord, type: CaseEventType): RefusalCode {
  const { state } = record;
  if (state === 'not_received') return 'not_received';
  if (state === 'withdrawn') return 'case_withdrawn';
  if (state === 'closed') return 'case_closed';
  if (type === 'received') return 'already_received';
  if (type === 'resumed') return 'not_on_hold';
  if (type === 'reopened') return 'not_closed';
  if (type === 'put_on_hold') return state === 'on_hold' ? 'already_on_hold' : 'hold_not_available';
  if (state === 'on_hold') return 'case_on_hold';
  if (record.procedure === 'corporate' && STATUTORY_ONLY.has(type)) {
    return 'not_in_corporate_procedure';
  }
  const three = stageRecord(record, 3);
  switch (type) {
    case 'acknowledged':
      return 'already_acknowledged';
    case 'extension_agreed':
      return 'extension_not_available';
    case 'procedure_changed':
      return 'procedure_change_after_response';
    case 'escalation_requested':
      return state === 'with_ombudsman'
        ? 'escalation_already_requested'
        : 'no_response_to_escalate';
    case 'statement_of_complaint_agreed':
      return state === 'stage2_investigation'
        ? 'statement_already_agreed'
        : 'no_escalation_request';
    case 'investigating_officer_appointed':
    case 'independent_person_appointed':
      return record.stage === 1 ? 'no_escalation_request' : 'event_not_allowed_now';
    case 'panel_held':
      return three.panelHeldOn === null ? 'panel_before_request' : 'panel_already_held';
    case 'panel_recommendations_issued':
      return three.recommendationsIssuedOn === null
        ? 'recommendations_before_panel'
        : 'recommendations_already_issued';
    case 'council_responded_after_panel':
      return three.respondedOn === null
        ? 'council_response_before_recommendations'
        : 'already_responded';
    case 'responded':
      if (state === 'stage2_awaiting_statement_of_complaint') {
        return 'statement_of_complaint_not_agreed';
      }
      return state.endsWith('_responded') || state === 'with_ombudsman'
        ? 'already_responded'
        : 'event_not_allowed_now';
    default:
      return 'event_not_allowed_now';
  }
}

function resolveTarget(record: CaseRecord, target: TransitionTarget): CaseState {
  if (target === 'state_before_hold') return record.stateBeforeHold ?? 'stage1_awaiting_response';
  if (target === 'state_before_closure') {
    return record.stateBeforeClosure ?? 'stage1_awaiting_response';
  }
  return target;
}

/** The last day a complaint about a matter is in time (reg 9): 12 calendar months after it. */
export function timeLimitExpiresOn(matterOccurredOn: string): string {
  return addCalendarMonths(matterOccurredOn, TIME_LIMIT.months);
}

function outsideTimeLimit(record: CaseRecord): boolean | null {
  if (record.matterOccurredOn === null || record.receivedOn === null) return null;
  return record.receivedOn > timeLimitExpiresOn(record.matterOccurredOn);
}

/** Where an escalation from this state must go. */
function escalationTarget(record: CaseRecord): 2 | 3 | 'ombudsman' {
  if (record.stage === 1) return 2;
  if (record.stage === 2 && record.procedure === 'statutory') return 3;
  return 'ombudsman';
}

/**
 * Checks that need only the type of event and its date, not what it says: the admin app offers
 * only the events that pass these (`allowedEvents`).
 */
export function checkEventType(
  record: CaseRecord,
  type: CaseEventType,
  on: string,
  ctx: DeadlineContext,
): GuardResult {
  if (!isIsoDate(on) || on < LIMITS.caseDateMin || on > LIMITS.caseDateMax) {
    return { ok: false, reason: 'date_outside_calendar' };
  }
  if (record.lastEventOn !== null && on < record.lastEventOn) {
    return { ok: false, reason: 'event_before_previous_event' };
  }
  const procedure = record.procedure ?? 'statutory';
  const target = transitionsFor(procedure)[record.state][type];
  if (target === undefined) return { ok: false, reason: missingTransition(record, type) };
  const next = resolveTarget(record, target);
  const facts = stageRecord(record, record.stage);
  const warnings: WarningCode[] = [];

  switch (type) {
    case 'acknowledged':
      if (facts.acknowledgedOn !== null) return { ok: false, reason: 'already_acknowledged' };
      break;
    case 'extension_agreed': {
      const limit = extensionLimit(record, ctx.policy);
      if (limit === 0) return { ok: false, reason: 'extension_not_available' };
      if (facts.extensionDays >= limit) return { ok: false, reason: 'extension_exceeds_limit' };
      const due = currentResponseDue(record, ctx);
      if (due !== null && on > due) return { ok: false, reason: 'extension_after_deadline' };
      break;
    }
    case 'escalation_requested':
      if (facts.respondedOn === null) {
        // Stage 1 not answered: only a statutory complaint whose response is late may move on
        // (Wandsworth 2021-22 §6.5); the table allows nothing else.
        const due = currentResponseDue(record, ctx);
        if (due === null || on <= due) return { ok: false, reason: 'no_response_to_escalate' };
      } else {
        // Late is accepted, and flagged (reg 18; Isle of Wight 2021 §2.11).
        const advisedBy =
          record.stage === 3
            ? null
            : dueDateOf(record.stage === 1 ? 'stage2_request' : 'stage3_request', record, ctx);
        if (advisedBy !== null && on > advisedBy) warnings.push('late_escalation_request');
      }
      break;
    case 'responded':
      if (record.procedure === 'statutory' && record.stage === 2) {
        if (facts.investigatingOfficer === null) {
          return { ok: false, reason: 'investigating_officer_not_appointed' };
        }
        if (facts.independentPerson === null) {
          return { ok: false, reason: 'independent_person_not_appointed' };
        }
      }
      break;
    case 'time_limit_waived':
      if (record.timeLimitWaiver !== null)
        return { ok: false, reason: 'time_limit_already_waived' };
      if (outsideTimeLimit(record) === false) return { ok: false, reason: 'within_time_limit' };
      break;
    default:
      break;
  }
  return { ok: true, next, warnings };
}

/** Whether a person is the one who answered stage 1 (Isle of Wight 2021 §2.36; LGSCO Code). */
function wasStage1Responder(record: CaseRecord, id: string): boolean {
  return stageRecord(record, 1).respondedBy?.id === id;
}

/** Checks on what the event says: people, limits and targets. */
function checkPayload(
  record: CaseRecord,
  event: CaseEvent,
  ctx: DeadlineContext,
): RefusalCode | WarningCode[] {
  const facts = stageRecord(record, record.stage);
  switch (event.type) {
    case 'received':
      if (event.matterOccurredOn !== undefined) {
        if (!isIsoDate(event.matterOccurredOn)) return 'date_outside_calendar';
        if (event.matterOccurredOn > event.on) return 'matter_after_receipt';
        if (event.on > timeLimitExpiresOn(event.matterOccurredOn)) return ['outside_time_limit'];
      }
      return [];
    case 'extension_agreed':
      return facts.extensionDays + event.workingDays > extensionLimit(record, ctx.policy)
        ? 'extension_exceeds_limit'
        : [];
    case 'escalation_requested':
      return event.to === escalationTarget(record) ? [] : 'escalation_to_wrong_stage';
    case 'investigating_officer_appointed':
      // Stage 2 is "a fresh and independent look" (Kingston 2017-18): not by whoever answered stage 1.
      if (wasStage1Responder(record, event.person.id)) return 'stage2_handler_was_stage1_responder';
      if (facts.independentPerson?.id === event.person.id) {
        return 'independent_person_is_investigating_officer';
      }
      return [];
    case 'independent_person_appointed':
      // "Independent person" means neither a member nor an officer of the authority (reg 2).
      if (event.person.isMemberOrOfficerOfCouncil || wasStage1Responder(record, event.person.id)) {
        return 'independent_person_not_independent';
      }
      if (facts.investigatingOfficer?.id === event.person.id) {
        return 'independent_person_is_investigating_officer';
      }
      // Good practice: not employed by the council for at least three years (Wandsworth 2021-22 §4.3).
      return event.person.employedByCouncilInLastThreeYears === true
        ? ['independent_person_recently_employed']
        : [];
    case 'responded':
      return record.stage === 2 && wasStage1Responder(record, event.respondedBy.id)
        ? 'stage2_handler_was_stage1_responder'
        : [];
    case 'panel_held': {
      // Three independent people (reg 19; Unnamed borough 2016-17 section 2), none of them the stage 2 Independent
      // Person (reg 19).
      if (event.members.some((m) => m.isMemberOrOfficerOfCouncil)) {
        return 'panel_member_not_independent';
      }
      const stage2Person = stageRecord(record, 2).independentPerson;
      return event.members.some((m) => m.id === stage2Person?.id)
        ? 'panel_member_was_stage2_independent_person'
        : [];
    }
    case 'procedure_changed':
      return event.to === record.procedure ? 'procedure_unchanged' : [];
    default:
      return [];
  }
}

/** Every check for one event against the case so far. */
export function checkEvent(
  record: CaseRecord,
  event: CaseEvent,
  ctx: DeadlineContext,
): GuardResult {
  const byType = checkEventType(record, event.type, event.on, ctx);
  if (!byType.ok) return byType;
  const payload = checkPayload(record, event, ctx);
  if (typeof payload === 'string') return { ok: false, reason: payload };
  return { ok: true, next: byType.next, warnings: [...byType.warnings, ...payload] };
}
