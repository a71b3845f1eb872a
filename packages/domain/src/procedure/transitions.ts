/**
 * The allowed transitions of both procedures, as data: for each state, the events that may happen
 * next and the state each leads to. Everything else is refused (refusals.ts). Rules that depend on
 * dates or people (a late request, an independent person who is not independent) are guards
 * applied on top of this table (guards.ts).
 *
 * Statutory: stage 1 local resolution, stage 2 investigation, stage 3 review panel, then the
 * Ombudsman (SI 2006/1738; Wandsworth 2021-22 section 4). Corporate: stage 1, stage 2, then the Ombudsman
 * (Isle of Wight 2021 §2.26; LGSCO Complaint Handling Code).
 */
import type { CaseEventType, Procedure } from '../schemas/events.js';
import type { CaseState } from './types.js';

/** A state, or "back where the case was before it was put on hold / closed". */
export type TransitionTarget = CaseState | 'state_before_hold' | 'state_before_closure';

export type TransitionTable = {
  readonly [S in CaseState]: Readonly<Partial<Record<CaseEventType, TransitionTarget>>>;
};

/** Withdrawal is possible at any stage until the council's procedure is finished. */
const ENDINGS = { withdrawn: 'withdrawn', closed: 'closed' } as const;

export const STATUTORY_TRANSITIONS: TransitionTable = {
  not_received: { received: 'stage1_awaiting_acknowledgement' },
  stage1_awaiting_acknowledgement: {
    acknowledged: 'stage1_awaiting_response',
    extension_agreed: 'stage1_awaiting_acknowledgement',
    put_on_hold: 'on_hold',
    responded: 'stage1_responded',
    // Only once the stage 1 response is late: "a complainant has the automatic right to escalate
    // their complaint if the stage 1 investigation is not on time" (Wandsworth 2021-22 §6.5).
    escalation_requested: 'stage2_awaiting_statement_of_complaint',
    time_limit_waived: 'stage1_awaiting_acknowledgement',
    procedure_changed: 'stage1_awaiting_acknowledgement',
    ...ENDINGS,
  },
  stage1_awaiting_response: {
    extension_agreed: 'stage1_awaiting_response',
    put_on_hold: 'on_hold',
    responded: 'stage1_responded',
    escalation_requested: 'stage2_awaiting_statement_of_complaint',
    time_limit_waived: 'stage1_awaiting_response',
    procedure_changed: 'stage1_awaiting_response',
    ...ENDINGS,
  },
  stage1_responded: {
    escalation_requested: 'stage2_awaiting_statement_of_complaint',
    time_limit_waived: 'stage1_responded',
    ...ENDINGS,
  },
  stage2_awaiting_acknowledgement: {},
  stage2_awaiting_statement_of_complaint: {
    acknowledged: 'stage2_awaiting_statement_of_complaint',
    investigating_officer_appointed: 'stage2_awaiting_statement_of_complaint',
    independent_person_appointed: 'stage2_awaiting_statement_of_complaint',
    extension_agreed: 'stage2_awaiting_statement_of_complaint',
    statement_of_complaint_agreed: 'stage2_investigation',
    put_on_hold: 'on_hold',
    time_limit_waived: 'stage2_awaiting_statement_of_complaint',
    ...ENDINGS,
  },
  stage2_investigation: {
    acknowledged: 'stage2_investigation',
    investigating_officer_appointed: 'stage2_investigation',
    independent_person_appointed: 'stage2_investigation',
    extension_agreed: 'stage2_investigation',
    responded: 'stage2_responded',
    put_on_hold: 'on_hold',
    time_limit_waived: 'stage2_investigation',
    ...ENDINGS,
  },
  stage2_review: {},
  stage2_responded: {
    escalation_requested: 'stage3_awaiting_panel',
    time_limit_waived: 'stage2_responded',
    ...ENDINGS,
  },
  stage3_awaiting_panel: {
    acknowledged: 'stage3_awaiting_panel',
    panel_held: 'stage3_awaiting_recommendations',
    put_on_hold: 'on_hold',
    time_limit_waived: 'stage3_awaiting_panel',
    ...ENDINGS,
  },
  stage3_awaiting_recommendations: {
    panel_recommendations_issued: 'stage3_awaiting_council_response',
    put_on_hold: 'on_hold',
    time_limit_waived: 'stage3_awaiting_recommendations',
    ...ENDINGS,
  },
  stage3_awaiting_council_response: {
    council_responded_after_panel: 'stage3_responded',
    put_on_hold: 'on_hold',
    time_limit_waived: 'stage3_awaiting_council_response',
    ...ENDINGS,
  },
  stage3_responded: { escalation_requested: 'with_ombudsman', closed: 'closed' },
  with_ombudsman: { closed: 'closed' },
  on_hold: { resumed: 'state_before_hold', ...ENDINGS },
  closed: { reopened: 'state_before_closure' },
  withdrawn: {},
};

export const CORPORATE_TRANSITIONS: TransitionTable = {
  not_received: { received: 'stage1_awaiting_acknowledgement' },
  stage1_awaiting_acknowledgement: {
    acknowledged: 'stage1_awaiting_response',
    extension_agreed: 'stage1_awaiting_acknowledgement',
    put_on_hold: 'on_hold',
    responded: 'stage1_responded',
    time_limit_waived: 'stage1_awaiting_acknowledgement',
    procedure_changed: 'stage1_awaiting_acknowledgement',
    ...ENDINGS,
  },
  stage1_awaiting_response: {
    extension_agreed: 'stage1_awaiting_response',
    put_on_hold: 'on_hold',
    responded: 'stage1_responded',
    time_limit_waived: 'stage1_awaiting_response',
    procedure_changed: 'stage1_awaiting_response',
    ...ENDINGS,
  },
  stage1_responded: {
    escalation_requested: 'stage2_awaiting_acknowledgement',
    time_limit_waived: 'stage1_responded',
    ...ENDINGS,
  },
  stage2_awaiting_acknowledgement: {
    acknowledged: 'stage2_review',
    investigating_officer_appointed: 'stage2_awaiting_acknowledgement',
    extension_agreed: 'stage2_awaiting_acknowledgement',
    responded: 'stage2_responded',
    put_on_hold: 'on_hold',
    time_limit_waived: 'stage2_awaiting_acknowledgement',
    ...ENDINGS,
  },
  stage2_awaiting_statement_of_complaint: {},
  stage2_investigation: {},
  stage2_review: {
    investigating_officer_appointed: 'stage2_review',
    extension_agreed: 'stage2_review',
    responded: 'stage2_responded',
    put_on_hold: 'on_hold',
    time_limit_waived: 'stage2_review',
    ...ENDINGS,
  },
  // The corporate procedure ends at stage 2; the Ombudsman is next (Isle of Wight 2021 §2.35).
  stage2_responded: { escalation_requested: 'with_ombudsman', closed: 'closed' },
  stage3_awaiting_panel: {},
  stage3_awaiting_recommendations: {},
  stage3_awaiting_council_response: {},
  stage3_responded: {},
  with_ombudsman: { closed: 'closed' },
  on_hold: { resumed: 'state_before_hold', ...ENDINGS },
  closed: { reopened: 'state_before_closure' },
  withdrawn: {},
};

export function transitionsFor(procedure: Procedure): TransitionTable {
  return procedure === 'statutory' ? STATUTORY_TRANSITIONS : CORPORATE_TRANSITIONS;
}

/** The stage each state belongs to (on hold, closed and withdrawn keep the stage they were at). */
export const STAGE_OF_STATE = {
  not_received: 1,
  stage1_awaiting_acknowledgement: 1,
  stage1_awaiting_response: 1,
  stage1_responded: 1,
  stage2_awaiting_acknowledgement: 2,
  stage2_awaiting_statement_of_complaint: 2,
  stage2_investigation: 2,
  stage2_review: 2,
  stage2_responded: 2,
  stage3_awaiting_panel: 3,
  stage3_awaiting_recommendations: 3,
  stage3_awaiting_council_response: 3,
  stage3_responded: 3,
  with_ombudsman: null,
  on_hold: null,
  closed: null,
  withdrawn: null,
} as const satisfies Record<CaseState, 1 | 2 | 3 | null>;
