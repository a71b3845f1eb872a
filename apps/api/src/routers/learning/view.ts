import { calendarFor, type Authority } from '@heard/db';
import { LEARNING_STATUS_LABELS, recordTiming, type LearningStatus } from '@heard/domain';

interface StoredAction {
  id: string;
  issue: string;
  lesson: string;
  action: string;
  owningTeam: string;
  dueOn: string;
  status: LearningStatus;
  doneOn: string | null;
  cancelledOn: string | null;
  cancelledReason: string | null;
  complaintId: string | null;
  complaintReference: string | null;
  ombudsmanCaseId: string | null;
  lgscoReference: string | null;
  responsibleName: string;
}

/** A learning action as staff see it, with whether it is overdue (worked out, never stored). */
export function learningActionView(authority: Authority, a: StoredAction, today: string) {
  const timing =
    a.status === 'cancelled'
      ? null
      : recordTiming(a.dueOn, a.doneOn, today, calendarFor(authority));
  return {
    id: a.id,
    issue: a.issue,
    lesson: a.lesson,
    action: a.action,
    owningTeam: a.owningTeam,
    dueOn: a.dueOn,
    status: a.status,
    statusLabel: LEARNING_STATUS_LABELS[a.status],
    doneOn: a.doneOn,
    cancelledOn: a.cancelledOn,
    cancelledReason: a.cancelledReason,
    complaintId: a.complaintId,
    complaintReference: a.complaintReference,
    ombudsmanCaseId: a.ombudsmanCaseId,
    lgscoReference: a.lgscoReference,
    responsibleName: a.responsibleName,
    overdue: a.status === 'open' && timing?.status === 'missed',
    timing,
  };
}
