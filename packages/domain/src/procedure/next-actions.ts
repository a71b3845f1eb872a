/**
 * What needs doing next and by whom, derived from the state and the deadlines (never stored).
 */
import type { Deadline, DeadlineId } from './deadlines.js';
import { stageRecord, type CaseRecord } from './record.js';
import type { Role } from './types.js';

export const NEXT_ACTION_IDS = [
  'decide_time_limit',
  'acknowledge',
  'respond_stage1',
  'decide_on_escalation',
  'appoint_investigating_officer',
  'appoint_independent_person',
  'agree_statement_of_complaint',
  'investigate',
  'respond_stage2',
  'arrange_panel',
  'issue_panel_recommendations',
  'respond_to_panel',
  'consider_ombudsman',
  'follow_ombudsman_case',
  'resume_when_ready',
  'close_case',
] as const;
export type NextActionId = (typeof NEXT_ACTION_IDS)[number];

export interface NextAction {
  readonly action: NextActionId;
  readonly owner: Role;
  /** When it is due, if a deadline applies. */
  readonly dueOn: string | null;
  readonly deadlineId: DeadlineId | null;
}

function action(id: NextActionId, owner: Role, deadline?: Deadline): NextAction {
  return { action: id, owner, dueOn: deadline?.dueOn ?? null, deadlineId: deadline?.id ?? null };
}

/**
 * The actions the case needs, most pressing first. `outsideTimeLimit` puts the decision on the
 * 12-month limit (reg 9) before everything else at stage 1.
 */
export function nextActionsOf(
  record: CaseRecord,
  deadlines: readonly Deadline[],
  outsideTimeLimit: boolean,
  today: string,
): NextAction[] {
  const find = (id: DeadlineId) => deadlines.find((d) => d.id === id);
  const actions: NextAction[] = [];
  const two = stageRecord(record, 2);
  const statutory = record.procedure === 'statutory';
  const awaitingStage1 =
    record.state === 'stage1_awaiting_acknowledgement' ||
    record.state === 'stage1_awaiting_response';
  if (outsideTimeLimit && awaitingStage1) {
    actions.push(action('decide_time_limit', 'complaints_manager'));
  }
  switch (record.state) {
    case 'stage1_awaiting_acknowledgement':
      actions.push(action('acknowledge', 'complaints_officer', find('stage1_acknowledgement')));
      actions.push(action('respond_stage1', 'responding_manager', find('stage1_response')));
      break;
    case 'stage1_awaiting_response':
      actions.push(action('respond_stage1', 'responding_manager', find('stage1_response')));
      break;
    case 'stage1_responded':
    case 'stage2_responded': {
      const final = !statutory && record.state === 'stage2_responded';
      if (final) {
        actions.push(action('close_case', 'complaints_officer'));
        actions.push(action('consider_ombudsman', 'complainant'));
        break;
      }
      const window = find(
        record.state === 'stage1_responded' ? 'stage2_request' : 'stage3_request',
      );
      // Once the advised period has passed, the case can be closed; a late request still counts.
      if (window?.dueOn != null && today > window.dueOn) {
        actions.push(action('close_case', 'complaints_officer'));
      }
      actions.push(action('decide_on_escalation', 'complainant', window));
      break;
    }
    case 'stage2_awaiting_acknowledgement':
      actions.push(action('acknowledge', 'complaints_officer', find('stage2_acknowledgement')));
      actions.push(action('respond_stage2', 'senior_responder', find('stage2_response')));
      break;
    case 'stage2_awaiting_statement_of_complaint':
    case 'stage2_investigation':
      if (two.investigatingOfficer === null) {
        actions.push(action('appoint_investigating_officer', 'complaints_manager'));
      }
      if (two.independentPerson === null) {
        actions.push(action('appoint_independent_person', 'complaints_manager'));
      }
      if (record.state === 'stage2_awaiting_statement_of_complaint') {
        actions.push(action('agree_statement_of_complaint', 'investigating_officer'));
      } else {
        actions.push(action('investigate', 'investigating_officer', find('stage2_response')));
        actions.push(action('respond_stage2', 'senior_responder', find('stage2_response')));
      }
      break;
    case 'stage2_review':
      actions.push(action('respond_stage2', 'senior_responder', find('stage2_response')));
      break;
    case 'stage3_awaiting_panel':
      actions.push(action('arrange_panel', 'complaints_manager', find('stage3_panel')));
      break;
    case 'stage3_awaiting_recommendations':
      actions.push(action('issue_panel_recommendations', 'panel', find('stage3_recommendations')));
      break;
    case 'stage3_awaiting_council_response':
      actions.push(action('respond_to_panel', 'senior_responder', find('stage3_council_response')));
      break;
    case 'stage3_responded':
      actions.push(action('close_case', 'complaints_officer'));
      actions.push(action('consider_ombudsman', 'complainant'));
      break;
    case 'with_ombudsman':
      actions.push(action('follow_ombudsman_case', 'complaints_manager'));
      break;
    case 'on_hold':
      actions.push(action('resume_when_ready', 'complaints_manager'));
      break;
    case 'not_received':
    case 'closed':
    case 'withdrawn':
      break;
  }
  return actions;
}
