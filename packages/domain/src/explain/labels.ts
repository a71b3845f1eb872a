/**
 * Names of states and roles for each audience. Separate from the transition table: a council may
 * rename a label (pass `overrides`), never a state (docs/decisions/0005).
 */
import type { Audience, CaseState, Role } from '../procedure/types.js';

export type StateLabels = Readonly<Record<CaseState, string>>;

export const STATE_LABELS: Readonly<Record<Audience, StateLabels>> = {
  staff: {
    not_received: 'Not received',
    stage1_awaiting_acknowledgement: 'Stage 1: to acknowledge',
    stage1_awaiting_response: 'Stage 1: awaiting response',
    stage1_responded: 'Stage 1: responded',
    stage2_awaiting_acknowledgement: 'Stage 2: to acknowledge',
    stage2_awaiting_statement_of_complaint: 'Stage 2: awaiting statement of complaint',
    stage2_investigation: 'Stage 2: investigation',
    stage2_review: 'Stage 2: review',
    stage2_responded: 'Stage 2: responded',
    stage3_awaiting_panel: 'Stage 3: awaiting review panel',
    stage3_awaiting_recommendations: 'Stage 3: awaiting panel recommendations',
    stage3_awaiting_council_response: "Stage 3: awaiting council's response",
    stage3_responded: 'Stage 3: responded',
    with_ombudsman: 'With the Ombudsman',
    on_hold: 'On hold',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },
  young_person: {
    not_received: 'Not sent yet',
    stage1_awaiting_acknowledgement: 'We got it',
    stage1_awaiting_response: 'We are looking at it',
    stage1_responded: 'We have replied',
    stage2_awaiting_acknowledgement: 'Someone new will look at it',
    stage2_awaiting_statement_of_complaint: 'Someone new will look at it',
    stage2_investigation: 'Someone new is looking at it',
    stage2_review: 'Someone new is looking at it',
    stage2_responded: 'We have replied again',
    stage3_awaiting_panel: 'A panel will listen to you',
    stage3_awaiting_recommendations: 'The panel has met',
    stage3_awaiting_council_response: 'The panel has told us what to do',
    stage3_responded: 'Our last reply',
    with_ombudsman: 'The Ombudsman is looking at it',
    on_hold: 'Paused for now',
    closed: 'Finished',
    withdrawn: 'Stopped',
  },
  parent_carer: {
    not_received: 'Not received yet',
    stage1_awaiting_acknowledgement: 'Received',
    stage1_awaiting_response: 'Being looked into',
    stage1_responded: 'Reply sent',
    stage2_awaiting_acknowledgement: 'Stage 2 asked for',
    stage2_awaiting_statement_of_complaint: 'Stage 2: agreeing what will be investigated',
    stage2_investigation: 'Stage 2: being investigated',
    stage2_review: 'Stage 2: being reviewed',
    stage2_responded: 'Stage 2 reply sent',
    stage3_awaiting_panel: 'Stage 3: review panel to meet',
    stage3_awaiting_recommendations: "Stage 3: waiting for the panel's recommendations",
    stage3_awaiting_council_response: "Stage 3: waiting for the council's reply",
    stage3_responded: 'Final reply sent',
    with_ombudsman: 'With the Ombudsman',
    on_hold: 'On hold',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
  },
};

/** The label of a state for an audience, with a council's own wording if it has one. */
export function stateLabel(
  state: CaseState,
  audience: Audience,
  overrides: Partial<StateLabels> = {},
): string {
  return overrides[state] ?? STATE_LABELS[audience][state];
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  complaints_officer: 'Complaints officer',
  complaints_manager: 'Complaints Manager',
  responding_manager: 'Responding manager',
  investigating_officer: 'Investigating Officer',
  independent_person: 'Independent Person',
  panel: 'Review panel',
  senior_responder: 'Senior manager or Director',
  complainant: 'Complainant',
};
