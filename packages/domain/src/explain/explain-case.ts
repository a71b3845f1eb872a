/**
 * Plain words for where a case is and what happens next, for staff, a young person, and a parent
 * or carer. Short sentences; a young person's words are written for a reader of about nine or
 * ten (checked by a readability test). Words for the complainant never name staff.
 */
import type { Deadline, DeadlineId } from '../procedure/deadlines.js';
import type { CaseEvaluation } from '../procedure/evaluate.js';
import type { NextAction, NextActionId } from '../procedure/next-actions.js';
import type { Audience } from '../procedure/types.js';
import { formatDate, formatDateNear } from './format-date.js';
import { ROLE_LABELS, stateLabel, type StateLabels } from './labels.js';

type ComplainantAudience = Exclude<Audience, 'staff'>;

export interface ExplainOptions {
  /** A council's own names for states. */
  readonly labels?: Partial<StateLabels>;
}

export interface CaseExplanation {
  readonly audience: Audience;
  readonly label: string;
  /** Sentences to show in order. */
  readonly lines: readonly string[];
  /** One sentence per deadline worth telling this audience about. */
  readonly deadlines: readonly { readonly id: DeadlineId; readonly text: string }[];
  /** What happens next, or null when nothing does. */
  readonly nextStep: string | null;
}

const ADVOCATE = {
  young_person: 'An advocate is someone on your side. They can help you. Just ask us.',
  parent_carer: 'Your child can have an advocate to help them. Ask us if they would like one.',
} as const;

const OMBUDSMAN = {
  young_person: [
    'Still not happy? You can ask the Ombudsman to look at it.',
    'The Ombudsman is not part of the council.',
  ],
  parent_carer: [
    'If you are still unhappy, you can ask the Local Government and Social Care Ombudsman to look at your complaint.',
  ],
} as const;

/** What the state means, without dates. */
function stateLines(evaluation: CaseEvaluation, audience: ComplainantAudience): string[] {
  const young = audience === 'young_person';
  const statutory = evaluation.procedure === 'statutory';
  switch (evaluation.state) {
    case 'not_received':
      return [
        young ? 'We have not got your complaint yet.' : 'We have not received your complaint yet.',
      ];
    case 'stage1_awaiting_acknowledgement':
    case 'stage1_awaiting_response':
      return young
        ? ['We got your complaint.', 'A manager is looking at it.']
        : ['We have your complaint.', 'A manager from the team concerned is looking into it.'];
    case 'stage1_responded':
    case 'stage2_responded':
      if (evaluation.state === 'stage2_responded' && !statutory) {
        return young
          ? ['We sent you our last reply.', ...OMBUDSMAN.young_person]
          : ['We have sent you our final reply.', ...OMBUDSMAN.parent_carer];
      }
      return young ? ['We sent you our reply.'] : ['We have sent you our reply.'];
    case 'stage2_awaiting_acknowledgement':
    case 'stage2_review':
      return young
        ? ['A senior manager will look at your complaint again.']
        : ['A senior manager is reviewing your complaint.'];
    case 'stage2_awaiting_statement_of_complaint':
      return young
        ? [
            'Someone new will look at your complaint.',
            'First they will meet you.',
            'You will agree what they look at.',
          ]
        : [
            'An independent investigator will look into your complaint.',
            'First they will agree with you a written statement of what will be investigated.',
          ];
    case 'stage2_investigation':
      return young
        ? ['Someone new is looking at your complaint.', 'Another person checks that it is fair.']
        : [
            'An independent investigator is looking into your complaint.',
            'An Independent Person makes sure the investigation is fair.',
          ];
    case 'stage3_awaiting_panel':
      return young
        ? ['A panel of three people will listen to you.', 'They are not part of the council.']
        : ['A review panel of three independent people will meet to hear your complaint.'];
    case 'stage3_awaiting_recommendations':
      return young
        ? ['The panel has met.']
        : ['The review panel has met and is writing its recommendations.'];
    case 'stage3_awaiting_council_response':
      return young
        ? ['The panel has told the council what it thinks we should do.']
        : ["The council is considering the review panel's recommendations."];
    case 'stage3_responded':
      return young
        ? ['We sent you our last reply.', ...OMBUDSMAN.young_person]
        : ['We have sent you our final reply.', ...OMBUDSMAN.parent_carer];
    case 'with_ombudsman':
      return young
        ? [
            'The Ombudsman is looking at your complaint.',
            'The Ombudsman is not part of the council.',
          ]
        : ['The Local Government and Social Care Ombudsman is looking at your complaint.'];
    case 'on_hold':
      return young
        ? [
            'We have paused your complaint for now.',
            'Something else is looking at the same thing first.',
            'We will tell you when we start again.',
          ]
        : [
            'We have put your complaint on hold while another process looks at the same matter.',
            'We will tell you when we start again. The time we have to reply stops while it is on hold.',
          ];
    case 'closed':
      return young
        ? ['Your complaint is finished.', 'You can talk to us again if you need to.']
        : ['Your complaint is closed. Contact us if you need to.'];
    case 'withdrawn':
      return young
        ? ['You asked us to stop.', 'We have stopped looking at your complaint.']
        : ['You withdrew your complaint, so we have stopped looking into it.'];
  }
}

/** A complainant's sentence for a deadline, or null when it is not theirs to know about. */
function complainantDeadlineText(
  deadline: Deadline,
  audience: ComplainantAudience,
  today: string,
): string | null {
  const young = audience === 'young_person';
  if (deadline.status === 'paused') {
    return young ? 'The time we have to reply has stopped for now.' : null;
  }
  if (deadline.dueOn === null || deadline.advisory) return null;
  const date = young ? formatDateNear(deadline.dueOn, today) : formatDate(deadline.dueOn);
  const overdue = deadline.status === 'missed' && deadline.completedOn === null;
  if (deadline.status !== 'pending' && !overdue) return null;
  if (overdue) {
    return young
      ? `We are late. We should have done this by ${date}. We are sorry.`
      : `We are late: this was due by ${date}. We are sorry for the delay.`;
  }
  switch (deadline.id) {
    case 'stage1_acknowledgement':
    case 'stage2_acknowledgement':
      return young
        ? `We will tell you we got it by ${date}.`
        : `We will acknowledge it by ${date}.`;
    case 'stage3_panel':
      return `The panel will meet by ${date}.`;
    case 'stage3_recommendations':
      return young
        ? `The panel will tell us what it thinks by ${date}.`
        : `The panel will send its recommendations by ${date}.`;
    default:
      return `We will reply by ${date}.`;
  }
}

/** The complainant's right to go on, in their words. */
function escalationLines(evaluation: CaseEvaluation, audience: ComplainantAudience): string[] {
  const right = evaluation.escalation;
  if (right === null || right.to === 'ombudsman') return [];
  const young = audience === 'young_person';
  const lines: string[] = [];
  if (right.basis === 'late_stage1_response') {
    lines.push(
      young
        ? 'You can now ask for someone new to look at it.'
        : 'Because our reply is late, you can ask for your complaint to go to stage 2 now.',
    );
    return lines;
  }
  if (right.to === 2) {
    const corporate = evaluation.procedure === 'corporate';
    lines.push(
      young
        ? corporate
          ? 'Still not happy? You can ask a senior manager to look at it again.'
          : 'Still not happy? You can ask for someone new to look at it.'
        : 'If you are still unhappy, you can ask for your complaint to go to stage 2.',
    );
  } else {
    lines.push(
      young
        ? 'Still not happy? You can ask for a panel to listen to you.'
        : 'If you are still unhappy, you can ask for a review panel to hear your complaint.',
    );
  }
  if (right.advisedBy !== null) {
    const date = young
      ? formatDateNear(right.advisedBy, evaluation.evaluatedOn)
      : formatDate(right.advisedBy);
    lines.push(
      right.lateIfRequestedNow
        ? young
          ? 'It is later than we asked, but you can still ask.'
          : `We asked you to tell us by ${date}, but you can still ask.`
        : `Please tell us by ${date}.`,
    );
  }
  return lines;
}

function explainForAudience(
  evaluation: CaseEvaluation,
  audience: ComplainantAudience,
  options: ExplainOptions,
): CaseExplanation {
  const deadlines = evaluation.deadlines.flatMap((deadline) => {
    const text = complainantDeadlineText(deadline, audience, evaluation.evaluatedOn);
    return text === null ? [] : [{ id: deadline.id, text }];
  });
  const finished = evaluation.state === 'closed' || evaluation.state === 'withdrawn';
  const escalation = escalationLines(evaluation, audience);
  const lines = [
    ...stateLines(evaluation, audience),
    ...deadlines.map((d) => d.text),
    ...escalation,
    ...(finished || evaluation.state === 'not_received' ? [] : [ADVOCATE[audience]]),
  ];
  return {
    audience,
    label: stateLabel(evaluation.state, audience, options.labels),
    lines,
    deadlines,
    nextStep: escalation[0] ?? deadlines[0]?.text ?? null,
  };
}

const ACTION_WORDS: Readonly<Record<NextActionId, string>> = {
  decide_time_limit:
    'Decide whether to consider the complaint although it was made more than 12 months after the matter (reg 9)',
  acknowledge: 'Acknowledge the complaint',
  respond_stage1: 'Send the stage 1 response',
  decide_on_escalation: 'Complainant to decide whether to take the complaint to the next stage',
  appoint_investigating_officer: 'Appoint an Investigating Officer',
  appoint_independent_person:
    'Appoint an Independent Person (not a member or officer of the council)',
  agree_statement_of_complaint: 'Agree the statement of complaint with the complainant',
  investigate: 'Investigate and send the report for adjudication',
  respond_stage2: 'Send the stage 2 response',
  arrange_panel: 'Hold the review panel',
  issue_panel_recommendations: 'Panel to send its recommendations',
  respond_to_panel: "Send the council's response to the panel's recommendations",
  consider_ombudsman: 'The complainant may go to the Ombudsman',
  follow_ombudsman_case: "Follow the Ombudsman's enquiry and record its decision",
  resume_when_ready: 'Resume the complaint when the other process ends',
  close_case: 'Close the case',
};

/** A next action in staff words: "Send the stage 1 response (Responding manager), by ...". */
export function explainNextAction(action: NextAction): string {
  const owner = ROLE_LABELS[action.owner];
  const due = action.dueOn === null ? '' : `, by ${formatDate(action.dueOn)}`;
  return `${ACTION_WORDS[action.action]} (${owner})${due}`;
}

function plural(count: number, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** A deadline in staff words, with its rule, due date, status and citation. */
export function explainDeadlineForStaff(deadline: Deadline): string {
  const due = deadline.dueOn === null ? '' : formatDate(deadline.dueOn);
  let status: string;
  switch (deadline.status) {
    case 'pending':
      status =
        deadline.workingDaysLeft === 0
          ? `Due today, ${due}.`
          : `Due ${due}: ${plural(deadline.workingDaysLeft ?? 0, 'working day')} left.`;
      break;
    case 'met':
      status = `Met on ${formatDate(deadline.completedOn ?? due)}, ${plural(deadline.workingDaysEarly ?? 0, 'working day')} early (due ${due}).`;
      break;
    case 'missed':
      status =
        deadline.completedOn === null
          ? `${deadline.advisory ? 'Advised period passed' : 'Overdue'}: due ${due}, ${plural(deadline.workingDaysLate ?? 0, 'working day')} late so far.`
          : `${deadline.advisory ? 'Late request (accepted, flagged)' : 'Missed'}: due ${due}, done ${formatDate(deadline.completedOn)}, ${plural(deadline.workingDaysLate ?? 0, 'working day')} late.`;
      break;
    case 'paused':
      status = `Paused while on hold, with ${plural(deadline.workingDaysLeft ?? 0, 'working day')} left.`;
      break;
    case 'stopped':
      status = 'Stopped: the case was withdrawn or closed first (left out of timeliness).';
      break;
  }
  return `${deadline.rule}. ${status} [${deadline.citation}]`;
}

function explainForStaff(evaluation: CaseEvaluation, options: ExplainOptions): CaseExplanation {
  const deadlines = evaluation.deadlines.map((d) => ({
    id: d.id,
    text: explainDeadlineForStaff(d),
  }));
  const lines: string[] = [];
  if (evaluation.procedure !== null) {
    lines.push(
      `${evaluation.procedure === 'statutory' ? 'Statutory' : 'Corporate'} procedure, stage ${String(evaluation.stage)}.`,
    );
  }
  if (evaluation.state === 'on_hold' && evaluation.onHoldSince !== null) {
    lines.push(
      `On hold since ${formatDate(evaluation.onHoldSince)}${evaluation.holdReason === null ? '' : `: ${evaluation.holdReason}`}.`,
    );
  }
  if (evaluation.timeLimit.status === 'outside') {
    lines.push(
      'Made more than 12 months after the matter and the time limit is not waived (reg 9).',
    );
  }
  const right = evaluation.escalation;
  if (right !== null) {
    const where = right.to === 'ombudsman' ? 'the Ombudsman' : `stage ${String(right.to)}`;
    const until =
      right.advisedBy === null
        ? ''
        : right.lateIfRequestedNow
          ? ` (advised by ${formatDate(right.advisedBy)}; a request now is late but accepted)`
          : ` (advised by ${formatDate(right.advisedBy)})`;
    lines.push(`The complainant may go to ${where}${until}.`);
  }
  lines.push(...deadlines.map((d) => d.text));
  return {
    audience: 'staff',
    label: stateLabel(evaluation.state, 'staff', options.labels),
    lines,
    deadlines,
    nextStep: evaluation.nextAction === null ? null : explainNextAction(evaluation.nextAction),
  };
}

/** Where a case is, in words for one audience. */
export function explainCase(
  evaluation: CaseEvaluation,
  audience: Audience,
  options: ExplainOptions = {},
): CaseExplanation {
  return audience === 'staff'
    ? explainForStaff(evaluation, options)
    : explainForAudience(evaluation, audience, options);
}

/** Where a case is, for the person who complained (the portal's tracking page). */
export function explainForComplainant(
  evaluation: CaseEvaluation,
  audience: ComplainantAudience,
  options: ExplainOptions = {},
): CaseExplanation {
  return explainForAudience(evaluation, audience, options);
}
