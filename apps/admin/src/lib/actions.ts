/**
 * The steps of the procedure as the case page offers them: which ones move the case on, which are
 * the occasional ones, and the words of each link, page, button and confirmation. Which steps are
 * offered at all is the API's answer (`allowedEvents`): the transition table allows them now and
 * the member of staff's role may record them.
 */
import type { CaseEventType, EscalationTarget } from '@heard/domain';

/** Every step staff record on a case (`received` is recorded by logging the complaint). */
export type ActionType = Exclude<CaseEventType, 'received'>;

export const actionTypes = [
  'acknowledged',
  'extension_agreed',
  'put_on_hold',
  'resumed',
  'responded',
  'escalation_requested',
  'statement_of_complaint_agreed',
  'investigating_officer_appointed',
  'independent_person_appointed',
  'panel_held',
  'panel_recommendations_issued',
  'council_responded_after_panel',
  'time_limit_waived',
  'withdrawn',
  'closed',
  'reopened',
  'procedure_changed',
] as const satisfies readonly ActionType[];

export function isActionType(value: string | undefined): value is ActionType {
  return actionTypes.some((type) => type === value);
}

/** Steps that move the case along its procedure; the rest are occasional. */
const progressSteps = new Set<ActionType>([
  'acknowledged',
  'responded',
  'escalation_requested',
  'investigating_officer_appointed',
  'independent_person_appointed',
  'statement_of_complaint_agreed',
  'panel_held',
  'panel_recommendations_issued',
  'council_responded_after_panel',
  'resumed',
  'reopened',
]);

/** The step that does each next action of the domain (`NEXT_ACTION_IDS`). */
const stepForNextAction: Record<string, ActionType> = {
  decide_time_limit: 'time_limit_waived',
  acknowledge: 'acknowledged',
  respond_stage1: 'responded',
  respond_stage2: 'responded',
  investigate: 'responded',
  decide_on_escalation: 'escalation_requested',
  appoint_investigating_officer: 'investigating_officer_appointed',
  appoint_independent_person: 'independent_person_appointed',
  agree_statement_of_complaint: 'statement_of_complaint_agreed',
  arrange_panel: 'panel_held',
  issue_panel_recommendations: 'panel_recommendations_issued',
  respond_to_panel: 'council_responded_after_panel',
  resume_when_ready: 'resumed',
  close_case: 'closed',
  consider_ombudsman: 'escalation_requested',
};

export interface OfferedActions {
  /** The step the next action calls for, shown first as the main button. */
  primary: ActionType | null;
  /** Other steps that move the case on, as buttons. */
  progress: ActionType[];
  /** Occasional steps (extend, hold, close...), as a list of links. */
  other: ActionType[];
}

/** Sorts the steps the API allows into what the Actions area shows, keeping the API's order. */
export function offeredActions(
  allowed: readonly string[],
  nextAction: string | null | undefined,
): OfferedActions {
  const steps = allowed.filter(isActionType);
  const wanted = nextAction ? stepForNextAction[nextAction] : undefined;
  const primary = wanted !== undefined && steps.includes(wanted) ? wanted : null;
  const rest = steps.filter((step) => step !== primary);
  return {
    primary,
    progress: rest.filter((step) => progressSteps.has(step)),
    other: rest.filter((step) => !progressSteps.has(step)),
  };
}

export interface ActionContext {
  stage: number;
  /** Where a request to escalate would go now, if anywhere. */
  escalationTo: EscalationTarget | null;
}

export interface ActionWords {
  /** The link or button on the case page. */
  link: string;
  /** The heading of the form page. */
  title: string;
  /** The label of the date field. */
  dateLabel: string;
  /** The form's button. */
  submit: string;
  /** The confirmation shown on the case page afterwards. */
  done: string;
}

function escalationWords(to: EscalationTarget | null): ActionWords {
  if (to === 'ombudsman') {
    return {
      link: 'Record that they went to the Ombudsman',
      title: 'Record that the complainant went to the Ombudsman',
      dateLabel: 'Date they went to the Ombudsman',
      submit: 'Save',
      done: 'Recorded that the complainant went to the Ombudsman',
    };
  }
  if (to === 3) {
    return {
      link: 'Record a request for a review panel',
      title: 'Record a request for a review panel (stage 3)',
      dateLabel: 'Date of the request',
      submit: 'Save request',
      done: 'Request for a review panel recorded',
    };
  }
  return {
    link: 'Record a request for stage 2',
    title: 'Record a request for stage 2',
    dateLabel: 'Date of the request',
    submit: 'Save request',
    done: 'Request for stage 2 recorded',
  };
}

/** The words for a step, which depend on the stage for a few of them. */
export function actionWords(type: ActionType, context: ActionContext): ActionWords {
  const stage = String(context.stage);
  switch (type) {
    case 'acknowledged':
      return {
        link: context.stage === 1 ? 'Acknowledge' : `Acknowledge stage ${stage}`,
        title:
          context.stage === 1
            ? 'Record the acknowledgement'
            : `Record the acknowledgement of stage ${stage}`,
        dateLabel: 'Date acknowledged',
        submit: 'Save acknowledgement',
        done: 'Acknowledgement recorded',
      };
    case 'extension_agreed':
      return {
        link: 'Agree an extension',
        title: `Agree an extension at stage ${stage}`,
        dateLabel: 'Date agreed',
        submit: 'Save extension',
        done: 'Extension recorded',
      };
    case 'put_on_hold':
      return {
        link: 'Put on hold',
        title: 'Put the complaint on hold',
        dateLabel: 'Date put on hold',
        submit: 'Put on hold',
        done: 'Complaint put on hold',
      };
    case 'resumed':
      return {
        link: 'Resume',
        title: 'Resume the complaint',
        dateLabel: 'Date resumed',
        submit: 'Resume',
        done: 'Complaint resumed',
      };
    case 'responded':
      return {
        link: `Record the stage ${stage} response`,
        title: `Record the stage ${stage} response`,
        dateLabel: 'Date of the response',
        submit: 'Save response',
        done: `Stage ${stage} response recorded`,
      };
    case 'escalation_requested':
      return escalationWords(context.escalationTo);
    case 'statement_of_complaint_agreed':
      return {
        link: 'Record the statement of complaint',
        title: 'Record that the statement of complaint was agreed',
        dateLabel: 'Date agreed',
        submit: 'Save',
        done: 'Statement of complaint recorded',
      };
    case 'investigating_officer_appointed':
      return {
        link: 'Appoint an Investigating Officer',
        title: 'Appoint an Investigating Officer',
        dateLabel: 'Date appointed',
        submit: 'Appoint',
        done: 'Investigating Officer appointed',
      };
    case 'independent_person_appointed':
      return {
        link: 'Appoint an Independent Person',
        title: 'Appoint an Independent Person',
        dateLabel: 'Date appointed',
        submit: 'Appoint',
        done: 'Independent Person appointed',
      };
    case 'panel_held':
      return {
        link: 'Record the review panel',
        title: 'Record the review panel meeting',
        dateLabel: 'Date the panel met',
        submit: 'Save panel',
        done: 'Review panel recorded',
      };
    case 'panel_recommendations_issued':
      return {
        link: 'Record the panel’s recommendations',
        title: 'Record that the panel sent its recommendations',
        dateLabel: 'Date sent',
        submit: 'Save',
        done: 'Panel recommendations recorded',
      };
    case 'council_responded_after_panel':
      return {
        link: 'Record the council’s response',
        title: 'Record the council’s response to the panel',
        dateLabel: 'Date of the response',
        submit: 'Save response',
        done: 'Council’s response recorded',
      };
    case 'time_limit_waived':
      return {
        link: 'Waive the 12-month time limit',
        title: 'Waive the 12-month time limit',
        dateLabel: 'Date waived',
        submit: 'Waive the time limit',
        done: 'Time limit waived',
      };
    case 'withdrawn':
      return {
        link: 'Record a withdrawal',
        title: 'Record that the complaint was withdrawn',
        dateLabel: 'Date withdrawn',
        submit: 'Record withdrawal',
        done: 'Withdrawal recorded',
      };
    case 'closed':
      return {
        link: 'Close the case',
        title: 'Close the case',
        dateLabel: 'Date closed',
        submit: 'Close the case',
        done: 'Case closed',
      };
    case 'reopened':
      return {
        link: 'Reopen the case',
        title: 'Reopen the case',
        dateLabel: 'Date reopened',
        submit: 'Reopen',
        done: 'Case reopened',
      };
    case 'procedure_changed':
      return {
        link: 'Change the procedure',
        title: 'Change the procedure',
        dateLabel: 'Date changed',
        submit: 'Change the procedure',
        done: 'Procedure changed',
      };
  }
}
