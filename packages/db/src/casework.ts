/**
 * Casework that spans the procedure engine and the tables: every new event is checked by
 * `@heard/domain`, stored, and the complaint's projection (stage, state, next due date) is
 * recomputed from the whole history in the same transaction.
 */
import {
  applyEvent,
  englandAndWalesCalendar,
  evaluateCase,
  stageFactsFromEvaluation,
  type RefusalCode,
  type WarningCode,
  policyForAuthority,
  type CaseEvent,
  type CaseEvaluation,
  type Deadline,
  type WorkingDayCalendar,
} from '@heard/domain';
import type { Executor } from './client.js';
import { stageFactsRows, writeStageFacts, type StageFactsRow } from './reports/stage-facts.js';
import type { Authority } from './repositories/authorities.js';
import {
  findComplaintsByIdempotencyKeys,
  findComplaintsByIds,
  insertComplaintRows,
  insertRowsInBulk,
  newComplaintRow,
  nextReferences,
  type NewComplaintRow,
} from './repositories/complaints-batch.js';
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
import { complaintStages } from './schema.js';

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

/** A new complaint for `recordNewComplaints`: what `recordNewComplaint` takes for one. */
export interface NewComplaintToRecord {
  readonly input: Omit<NewComplaint, 'authorityId' | 'reference'>;
  readonly events: CaseEvent[];
}

/** Complaints written by one set of multi-row statements within `recordNewComplaints`. */
const COMPLAINTS_PER_WRITE = 1000;

/**
 * Records many new complaints at once, exactly as `recordNewComplaint` would one after another:
 * each case is evaluated by the procedure engine, and its complaint, events, projection, reference
 * and stage facts are the same rows; only the writes are batched, a few multi-row statements for
 * each thousand complaints instead of several round trips for each. The engine evaluates the next
 * thousand while the database stores the last. An idempotency key already used, in the database
 * or earlier in the list, gives back that complaint and records nothing. Call inside a
 * transaction; results come in the order given.
 */
export async function recordNewComplaints(
  tx: Executor,
  authority: Authority,
  cases: readonly NewComplaintToRecord[],
  options: { today: string; recordedBy: string | null },
): Promise<{ complaint: Complaint; created: boolean; evaluation: CaseEvaluation }[]> {
  const keys = cases.flatMap((c) => (c.input.idempotencyKey ? [c.input.idempotencyKey] : []));
  const existing =
    keys.length > 0
      ? await findComplaintsByIdempotencyKeys(tx, authority.id, [...new Set(keys)])
      : new Map<string, Complaint>();
  // The first case with a key not yet used makes the complaint; the others with it are repeats.
  const makerOfKey = new Map<string, number>();
  const toCreate: number[] = [];
  cases.forEach((c, index) => {
    const key = c.input.idempotencyKey;
    if (key) {
      if (existing.has(key) || makerOfKey.has(key)) return;
      makerOfKey.set(key, index);
    }
    toCreate.push(index);
  });
  // References in the order given, as `nextReference` would hand them out one by one.
  const yearOf = (index: number) => Number(cases[index]?.input.receivedOn.slice(0, 4));
  const perYear = new Map<number, number>();
  for (const index of toCreate) perYear.set(yearOf(index), (perYear.get(yearOf(index)) ?? 0) + 1);
  const references = new Map<number, string[]>();
  for (const [year, count] of perYear) {
    references.set(year, await nextReferences(tx, authority, year, count));
  }

  const calendar = calendarFor(authority);
  const evaluations = new Map<number, CaseEvaluation>();
  const idOf = new Map<number, string>();
  let previous: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < toCreate.length; i += COMPLAINTS_PER_WRITE) {
    const complaintRows: NewComplaintRow[] = [];
    const stageRows: StageFactsRow[] = [];
    for (const index of toCreate.slice(i, i + COMPLAINTS_PER_WRITE)) {
      const c = cases[index];
      const reference = references.get(yearOf(index))?.shift();
      if (!c || reference === undefined) throw new Error('no reference for a case');
      const evaluation = evaluateStoredCase(authority, c.events, options.today);
      evaluations.set(index, evaluation);
      const row = newComplaintRow(
        { ...c.input, authorityId: authority.id, reference },
        projectionOf(evaluation),
        c.events.map((e) => ({ ...e })),
      );
      idOf.set(index, row.id);
      complaintRows.push(row);
      // The rows `writeStageFacts` writes; a new complaint has none to replace.
      stageRows.push(
        ...stageFactsRows(
          { id: row.id, authorityId: authority.id },
          stageFactsFromEvaluation(c.events, evaluation, calendar),
        ),
      );
    }
    const writing = Promise.all([
      insertComplaintRows(tx, complaintRows, options.recordedBy),
      insertRowsInBulk(tx, complaintStages, stageRows),
    ]);
    // A failure is thrown where this write is awaited, on the next turn or after the loop.
    writing.catch(() => undefined);
    await previous;
    previous = writing;
  }
  await previous;

  const stored = await findComplaintsByIds(tx, [...idOf.values()]);
  return cases.map((c, index) => {
    const id = idOf.get(index);
    if (id !== undefined) {
      const complaint = stored.get(id);
      const evaluation = evaluations.get(index);
      if (!complaint || !evaluation) throw new Error('a complaint was not stored');
      return { complaint, created: true, evaluation };
    }
    const key = c.input.idempotencyKey ?? '';
    const complaint = existing.get(key) ?? stored.get(idOf.get(makerOfKey.get(key) ?? -1) ?? '');
    if (!complaint) throw new Error('no complaint for an idempotency key');
    return {
      complaint,
      created: false,
      evaluation: evaluateStoredCase(authority, c.events, options.today),
    };
  });
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
