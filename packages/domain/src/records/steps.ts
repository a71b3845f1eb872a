/**
 * What may be recorded on a comment or an Ombudsman case, and when. Refusals are reason codes,
 * which the API turns into its error vocabulary and the client into words.
 */

export const RECORD_REFUSAL_CODES = [
  'date_before_received',
  'date_after_today',
  'already_acknowledged',
  'already_forwarded',
  'already_answered',
  'decision_already_recorded',
  'enquiry_not_found',
  'remedy_not_found',
  'already_complied',
  'remedies_need_a_decision',
  'action_already_in_status',
  'record_not_found',
  'complaint_not_found',
] as const;
export type RecordRefusalCode = (typeof RECORD_REFUSAL_CODES)[number];

export const RECORD_REFUSAL_MESSAGES: Record<RecordRefusalCode, string> = {
  date_before_received: 'The date cannot be before the date it was received',
  date_after_today: 'The date cannot be in the future',
  already_acknowledged: 'This comment has already been acknowledged',
  already_forwarded: 'This comment has already been forwarded',
  already_answered: 'This has already been answered',
  decision_already_recorded: 'The Ombudsman’s decision has already been recorded',
  enquiry_not_found: 'We could not find that enquiry from the Ombudsman',
  remedy_not_found: 'We could not find that remedy',
  already_complied: 'Compliance with this remedy has already been recorded',
  remedies_need_a_decision: 'Record the Ombudsman’s decision before its remedies',
  action_already_in_status: 'The action already has that status',
  record_not_found: 'We could not find that record',
  complaint_not_found: 'There is no complaint with that reference for this council',
};

export interface CommentProgress {
  receivedOn: string;
  acknowledgedOn: string | null;
  forwardedOn: string | null;
  answeredOn: string | null;
}

export type CommentStepType = 'acknowledged' | 'forwarded' | 'answered';

/**
 * A comment is acknowledged, forwarded to a team manager and answered (Dudley 2022-23 section 12), each
 * once, dated on or after receipt and not after today. Answering closes it.
 */
export function commentStepRefusal(
  comment: CommentProgress,
  step: { type: CommentStepType; on: string },
  today: string,
): RecordRefusalCode | null {
  if (step.on > today) return 'date_after_today';
  if (step.on < comment.receivedOn) return 'date_before_received';
  if (comment.answeredOn !== null) return 'already_answered';
  if (step.type === 'acknowledged' && comment.acknowledgedOn !== null)
    return 'already_acknowledged';
  if (step.type === 'forwarded' && comment.forwardedOn !== null) return 'already_forwarded';
  return null;
}

/** A date recorded against something received on `receivedOn`: not before it, not after today. */
export function datedStepRefusal(
  receivedOn: string,
  on: string,
  today: string,
): RecordRefusalCode | null {
  if (on > today) return 'date_after_today';
  if (on < receivedOn) return 'date_before_received';
  return null;
}
