/**
 * What the events of a case have established, stage by stage: the facts the deadlines and the
 * guards are computed from. Built afresh from the history on every evaluation, never stored.
 */
import type { CaseEvent, Channel, IssueOutcome, Procedure } from '../schemas/events.js';
import type { IndependentPersonRef, PanelMemberRef, PersonRef } from '../schemas/people.js';
import type { PausedSpan } from './clock.js';
import type { WarningCode } from './refusals.js';
import { STAGE_OF_STATE } from './transitions.js';
import type { CaseState, Stage } from './types.js';

export interface StageRecord {
  /** When the complainant asked for this stage (stages 2 and 3). */
  requestedOn: string | null;
  acknowledgedOn: string | null;
  /** Working days of extension agreed at this stage. */
  extensionDays: number;
  statementOfComplaintAgreedOn: string | null;
  investigatingOfficer: PersonRef | null;
  independentPerson: IndependentPersonRef | null;
  panelHeldOn: string | null;
  panelMembers: readonly PanelMemberRef[];
  panelChairId: string | null;
  recommendationsIssuedOn: string | null;
  respondedOn: string | null;
  respondedBy: PersonRef | null;
  outcomes: readonly IssueOutcome[];
  /** The case moved on without a response (stage 1 escalated because it was late, Wandsworth 2021-22 §6.5). */
  leftOn: string | null;
}

export interface CaseWarning {
  readonly code: WarningCode;
  readonly on: string;
  /** Index of the event in the history that raised it. */
  readonly eventIndex: number;
}

export interface CaseRecord {
  procedure: Procedure | null;
  state: CaseState;
  stage: Stage;
  receivedOn: string | null;
  channel: Channel | null;
  matterOccurredOn: string | null;
  timeLimitWaiver: { on: string; reason: string } | null;
  stateBeforeHold: CaseState | null;
  stateBeforeClosure: CaseState | null;
  /** Finished pauses (holds, and closures later reopened), in order. */
  pausedSpans: PausedSpan[];
  /** The pause running now, if the case is on hold or closed. */
  openPause: { from: string; kind: 'hold' | 'closure' } | null;
  /** Why the case is on hold (reg 8; Wandsworth 2021-22 §4.10). */
  holdReason: string | null;
  lastEventOn: string | null;
  withdrawnOn: string | null;
  ombudsmanOn: string | null;
  /** Stages 1, 2 and 3 at indexes 0, 1 and 2. */
  stages: [StageRecord, StageRecord, StageRecord];
  warnings: CaseWarning[];
}

function emptyStage(): StageRecord {
  return {
    requestedOn: null,
    acknowledgedOn: null,
    extensionDays: 0,
    statementOfComplaintAgreedOn: null,
    investigatingOfficer: null,
    independentPerson: null,
    panelHeldOn: null,
    panelMembers: [],
    panelChairId: null,
    recommendationsIssuedOn: null,
    respondedOn: null,
    respondedBy: null,
    outcomes: [],
    leftOn: null,
  };
}

export function emptyRecord(): CaseRecord {
  return {
    procedure: null,
    state: 'not_received',
    stage: 1,
    receivedOn: null,
    channel: null,
    matterOccurredOn: null,
    timeLimitWaiver: null,
    stateBeforeHold: null,
    stateBeforeClosure: null,
    pausedSpans: [],
    openPause: null,
    holdReason: null,
    lastEventOn: null,
    withdrawnOn: null,
    ombudsmanOn: null,
    stages: [emptyStage(), emptyStage(), emptyStage()],
    warnings: [],
  };
}

export function stageRecord(record: CaseRecord, stage: Stage): StageRecord {
  const [one, two, three] = record.stages;
  return stage === 1 ? one : stage === 2 ? two : three;
}

function endPause(record: CaseRecord, on: string): void {
  if (record.openPause !== null) {
    record.pausedSpans.push({ from: record.openPause.from, to: on });
    record.openPause = null;
  }
}

/**
 * Records an event the guards have accepted. `next` is the state the transition table leads to,
 * already resolved from "state before hold/closure". Mutates the record it is given, which is
 * always a fresh one built for this evaluation.
 */
export function recordEvent(record: CaseRecord, event: CaseEvent, next: CaseState): void {
  const current = stageRecord(record, record.stage);
  switch (event.type) {
    case 'received':
      record.procedure = event.procedure;
      record.receivedOn = event.on;
      record.channel = event.channel ?? null;
      record.matterOccurredOn = event.matterOccurredOn ?? null;
      break;
    case 'acknowledged':
      current.acknowledgedOn = event.on;
      break;
    case 'extension_agreed':
      current.extensionDays += event.workingDays;
      break;
    case 'put_on_hold':
      record.stateBeforeHold = record.state;
      record.openPause = { from: event.on, kind: 'hold' };
      record.holdReason = event.reason;
      break;
    case 'resumed':
      endPause(record, event.on);
      record.stateBeforeHold = null;
      record.holdReason = null;
      break;
    case 'responded':
    case 'council_responded_after_panel':
      current.respondedOn = event.on;
      current.respondedBy = event.respondedBy;
      if (event.type === 'responded') current.outcomes = event.outcomes;
      break;
    case 'escalation_requested':
      if (event.to === 'ombudsman') {
        record.ombudsmanOn = event.on;
      } else {
        if (current.respondedOn === null) current.leftOn = event.on;
        stageRecord(record, event.to).requestedOn = event.on;
      }
      break;
    case 'statement_of_complaint_agreed':
      current.statementOfComplaintAgreedOn = event.on;
      break;
    case 'investigating_officer_appointed':
      current.investigatingOfficer = event.person;
      break;
    case 'independent_person_appointed':
      current.independentPerson = event.person;
      break;
    case 'panel_held':
      current.panelHeldOn = event.on;
      current.panelMembers = event.members;
      current.panelChairId = event.chairId;
      break;
    case 'panel_recommendations_issued':
      current.recommendationsIssuedOn = event.on;
      break;
    case 'time_limit_waived':
      record.timeLimitWaiver = { on: event.on, reason: event.reason };
      break;
    case 'withdrawn':
      record.withdrawnOn = event.on;
      break;
    case 'closed':
      // Closing a case on hold ends the hold; reopening puts it back on hold (state_before_closure).
      endPause(record, event.on);
      record.stateBeforeClosure = record.state;
      record.openPause = { from: event.on, kind: 'closure' };
      break;
    case 'reopened':
      endPause(record, event.on);
      record.stateBeforeClosure = null;
      if (next === 'on_hold') record.openPause = { from: event.on, kind: 'hold' };
      break;
    case 'procedure_changed':
      record.procedure = event.to;
      break;
  }
  record.state = next;
  record.stage = STAGE_OF_STATE[next] ?? record.stage;
  record.lastEventOn = event.on;
}
