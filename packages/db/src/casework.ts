/**
 * Casework that spans the procedure engine and the tables: every new event is checked by
 * `@heard/domain`, stored, and the complaint's projection (stage, state, next due date) is
 * recomputed from the whole history in the same transaction.
 */
import {
  applyEvent,
  englandAndWalesCalendar,
  evaluateCase,
  type RefusalCode,
  type WarningCode,
  policyForAuthority,
  type CaseEvent,
  type CaseEvaluation,
  type Deadline,
  type WorkingDayCalendar,
} from '@heard/domain';
import type { Executor } from './client.js';
import { writeStageFacts } from './reports/stage-facts.js';
import type { Authority } from './repositories/authorities.js';
import {
  appendEvents,
  findComplaintByIdempotencyKey,
  insertComplaint,
  listEvents,
  lockComplaint,
  nextReference,
  updateProjection,
  type Complaint,
  type ComplaintProjection,
  type NewComplaint,
  type StoredCaseEvent,
} from './repositories/complaints.js';

const calendars = new Map<string, WorkingDayCalendar>();

/** The working-day calendar of an authority: bank holidays plus its own closure days. */
export function calendarFor(authority: Pick<Authority, 'settings'>): WorkingDayCalendar {
  const closures = [...(authority.settings.closureDays ?? [])].sort();
  const key = closures.join(',');
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = englandAndWalesCalendar(closures);
    calendars.set(key, calendar);
  }
  return calendar;
}

export function contextFor(authority: Pick<Authority, 'settings'>, today: string) {
  return {
    calendar: calendarFor(authority),
    policy: policyForAuthority(authority.settings.corporatePolicy),
    today,
  };
}

/** The stored history as the procedure engine's events. */
export function historyOf(events: readonly (StoredCaseEvent | CaseEvent)[]): CaseEvent[] {
  return events.map((e) => ('payload' in e ? (e.payload as unknown as CaseEvent) : e));
}

export function evaluateStoredCase(
  authority: Pick<Authority, 'settings'>,
  events: readonly (StoredCaseEvent | CaseEvent)[],
  today: string,
): CaseEvaluation {
  return evaluateCase(historyOf(events), contextFor(authority, today));
}

/** Not yet done: still to meet, or already late and still to do. */
export function isOutstanding(deadline: Deadline): boolean {
  return (
    deadline.completedOn === null && (deadline.status === 'pending' || deadline.status === 'missed')
  );
}

export function projectionOf(evaluation: CaseEvaluation): ComplaintProjection {
  // The council's own next deadline; the complainant's advisory periods are not the team's work.
  // A deadline still outstanding is `pending`, or `missed` while nothing has been done yet.
  const pending = evaluation.deadlines
    .filter((d) => !d.advisory && isOutstanding(d))
    .flatMap((d) => (d.dueOn ? [d.dueOn] : []))
    .sort();
  return {
    procedure: evaluation.procedure,
    stage: evaluation.stage,
    state: evaluation.state,
    nextDueOn: pending[0] ?? null,
  };
}

/**
 * Records a new complaint with its first events. With an idempotency key, a second call with the
 * same key returns the complaint the first call made and records nothing.
 */
export async function recordNewComplaint(
  tx: Executor,
  authority: Authority,
  input: Omit<NewComplaint, 'authorityId' | 'reference'>,
  events: CaseEvent[],
  options: { today: string; recordedBy: string | null },
): Promise<{ complaint: Complaint; created: boolean; evaluation: CaseEvaluation }> {
  if (input.idempotencyKey) {
    const existing = await findComplaintByIdempotencyKey(tx, authority.id, input.idempotencyKey);
    if (existing) {
      return {
        complaint: existing,
        created: false,
        evaluation: evaluateStoredCase(authority, events, options.today),
      };
    }
  }
  const evaluation = evaluateStoredCase(authority, events, options.today);
  const reference = await nextReference(tx, authority, Number(input.receivedOn.slice(0, 4)));
  const complaint = await insertComplaint(
    tx,
    { ...input, authorityId: authority.id, reference },
    projectionOf(evaluation),
    events.map((e) => ({ ...e })),
    options.recordedBy,
  );
  await writeStageFacts(tx, complaint, evaluation, { events, calendar: calendarFor(authority) });
  return { complaint, created: true, evaluation };
}

export type RecordEventResult =
  | { ok: true; duplicate: boolean; evaluation: CaseEvaluation; warnings: readonly WarningCode[] }
  | { ok: false; reason: RefusalCode | 'complaint_not_found' };

/**
 * Adds one event to a complaint if the procedure allows it. The complaint's row is locked for the
 * transaction, so two people acting at once are taken in turn. A `requestId` already used on the
 * complaint returns the state as it is and records nothing: a double-click records one event.
 */
export async function recordCaseEvent(
  tx: Executor,
  authority: Authority,
  complaintId: string,
  event: CaseEvent,
  options: { today: string; recordedBy: string | null; requestId: string | null },
): Promise<RecordEventResult> {
  const complaint = await lockComplaint(tx, authority.id, complaintId);
  if (!complaint) return { ok: false, reason: 'complaint_not_found' };
  const stored = await listEvents(tx, complaint.id);
  const history = historyOf(stored);
  if (options.requestId !== null && stored.some((e) => e.requestId === options.requestId)) {
    const evaluation = evaluateCase(history, contextFor(authority, options.today));
    return { ok: true, duplicate: true, evaluation, warnings: [] };
  }
  const result = applyEvent(history, event, contextFor(authority, options.today));
  if (!result.ok) return { ok: false, reason: result.reason };
  await appendEvents(
    tx,
    complaint,
    stored.at(-1)?.sequence ?? 0,
    [{ ...event }],
    options.recordedBy,
    options.requestId,
  );
  await updateProjection(tx, complaint.id, projectionOf(result.evaluation));
  await writeStageFacts(tx, complaint, result.evaluation, {
    events: result.events,
    calendar: calendarFor(authority),
  });
  return { ok: true, duplicate: false, evaluation: result.evaluation, warnings: result.warnings };
}
