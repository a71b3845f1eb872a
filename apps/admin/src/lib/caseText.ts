/**
 * Sentences for the case page about the complainant's rights: whether they may take the complaint
 * further and until when, and whether it was made within 12 months. Dates are in the domain's
 * long form ("Friday 4 December"), as letters to complainants write them.
 */
import { formatDateNear } from '@heard/domain';

export interface EscalationRightView {
  to: 2 | 3 | 'ombudsman';
  basis: 'response' | 'late_stage1_response';
  advisedBy: string | null;
  lateIfRequestedNow: boolean;
  citation: string;
}

function target(to: EscalationRightView['to']): string {
  if (to === 2) return 'stage 2';
  if (to === 3) return 'a review panel (stage 3)';
  return 'the Local Government and Social Care Ombudsman';
}

/** What the complainant may do next, or null when they have no step to take now. */
export function escalationText(
  escalation: EscalationRightView | null,
  today: string,
): string | null {
  if (escalation === null) return null;
  if (escalation.basis === 'late_stage1_response') {
    return 'The stage 1 response is late, so the complainant may ask for stage 2 now.';
  }
  if (escalation.to === 'ombudsman') {
    return 'The council’s procedure is finished. The complainant may take the complaint to the Local Government and Social Care Ombudsman.';
  }
  if (escalation.advisedBy === null) {
    return `The complainant may ask for ${target(escalation.to)}.`;
  }
  const by = formatDateNear(escalation.advisedBy, today);
  if (escalation.lateIfRequestedNow) {
    return `The advised period for asking for ${target(escalation.to)} ended on ${by}. A request now is still accepted, and flagged as late.`;
  }
  return `The complainant may ask for ${target(escalation.to)} until ${by}.`;
}

export interface TimeLimitView {
  status: 'unknown' | 'within' | 'outside' | 'waived';
  matterOccurredOn: string | null;
  expiresOn: string | null;
  waivedOn: string | null;
  waiverReason: string | null;
}

/** The 12-month check (SI 2006/1738 reg 9): in time, out of time, waived, or not known. */
export function timeLimitText(check: TimeLimitView, today: string): string {
  const near = (date: string) => formatDateNear(date, today);
  switch (check.status) {
    case 'unknown':
      return 'When the matter happened was not recorded, so the 12-month time limit cannot be checked.';
    case 'within':
      return check.matterOccurredOn !== null && check.expiresOn !== null
        ? `Made in time: the matter happened on ${near(check.matterOccurredOn)}, and complaints about it could be made until ${near(check.expiresOn)}.`
        : 'Made within 12 months of the matter.';
    case 'outside':
      return check.matterOccurredOn !== null && check.expiresOn !== null
        ? `Made more than 12 months after the matter, which happened on ${near(check.matterOccurredOn)}; the limit ended on ${near(check.expiresOn)}. The Complaints Manager decides whether to waive it.`
        : 'Made more than 12 months after the matter. The Complaints Manager decides whether to waive the limit.';
    case 'waived':
      return check.waivedOn !== null
        ? `The 12-month time limit was waived on ${near(check.waivedOn)}${check.waiverReason ? `: ${check.waiverReason}` : ''}.`
        : 'The 12-month time limit was waived.';
  }
}

/** Audit log actions in words: `complaint.event.responded` → `Recorded a step: responded`. */
const auditActions: Record<string, string> = {
  'complaint.logged': 'Logged the complaint',
  'complaint.viewed': 'Viewed the complaint',
  'complaint.triaged': 'Triaged the complaint',
  'complaint.note_added': 'Added a note',
  'complaint.assigned': 'Assigned someone to the case',
  'attachment.added': 'Uploaded a document',
  'attachment.downloaded': 'Downloaded a document',
};

export function auditActionText(action: string): string {
  const known = auditActions[action];
  if (known !== undefined) return known;
  const step = /^complaint\.event\.(.+)$/.exec(action)?.[1];
  if (step !== undefined) return `Recorded a step: ${step.replace(/_/g, ' ')}`;
  return action.replace(/[._]/g, ' ');
}
