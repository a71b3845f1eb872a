import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  sql,
  type SQL,
} from 'drizzle-orm';
import { AWAITING_ESCALATION_STATES, FINISHED_STATES } from '@heard/domain';
import type { Executor } from '../client.js';
import {
  caseAssignments,
  caseEvents,
  complaintChildren,
  complaints,
  referenceCounters,
  staffUsers,
} from '../schema.js';

export type Complaint = typeof complaints.$inferSelect;
export type StoredCaseEvent = typeof caseEvents.$inferSelect;

/** What the procedure engine derived from the events; stored so that lists can use indexes. */
export interface ComplaintProjection {
  procedure: 'statutory' | 'corporate' | null;
  stage: number;
  state: string;
  nextDueOn: string | null;
}

/** An event as the procedure engine defines it: a `type`, the day it happened, and its details. */
export interface NewCaseEvent {
  type: string;
  on: string;
  [field: string]: unknown;
}

/**
 * Gives the next reference for an authority, e.g. `WBC-26-00042`: the authority code, the
 * two-digit year and a number that counts up within the year. The counter row is locked by the
 * upsert, so two submissions at the same moment never share a number.
 */
export async function nextReference(
  db: Executor,
  authority: { id: string; code: string },
  year: number,
): Promise<string> {
  const [row] = await db
    .insert(referenceCounters)
    .values({ authorityId: authority.id, year, last: 1 })
    .onConflictDoUpdate({
      target: [referenceCounters.authorityId, referenceCounters.year],
      set: { last: sql`${referenceCounters.last} + 1` },
    })
    .returning({ last: referenceCounters.last });
  if (!row) throw new Error('counter upsert returned no row');
  return `${authority.code}-${String(year % 100).padStart(2, '0')}-${String(row.last).padStart(5, '0')}`;
}

/** The columns a new complaint is created with; the procedure projection comes separately. */
export type NewComplaint = Omit<
  typeof complaints.$inferInsert,
  'id' | 'procedure' | 'stage' | 'state' | 'nextDueOn' | 'createdAt' | 'updatedAt'
>;

/** Inserts a complaint with its first events. Call inside a transaction. */
export async function insertComplaint(
  db: Executor,
  input: NewComplaint,
  projection: ComplaintProjection,
  events: NewCaseEvent[],
  recordedBy: string | null,
): Promise<Complaint> {
  const [row] = await db
    .insert(complaints)
    .values({ ...input, ...projection })
    .returning();
  if (!row) throw new Error('insert returned no row');
  await appendEvents(db, row, 0, events, recordedBy);
  return row;
}

export async function appendEvents(
  db: Executor,
  complaint: { id: string; authorityId: string },
  lastSequence: number,
  events: NewCaseEvent[],
  recordedBy: string | null,
  requestId: string | null = null,
): Promise<void> {
  if (events.length === 0) return;
  await db.insert(caseEvents).values(
    events.map(({ type, on, ...payload }, i) => ({
      authorityId: complaint.authorityId,
      complaintId: complaint.id,
      sequence: lastSequence + i + 1,
      type,
      occurredOn: on,
      payload: { type, on, ...payload },
      recordedBy,
      requestId: i === events.length - 1 ? requestId : null,
    })),
  );
}

/** Locks a complaint's row until the transaction ends, so its events are added one at a time. */
export async function lockComplaint(
  tx: Executor,
  authorityId: string,
  id: string,
): Promise<Complaint | undefined> {
  const [row] = await tx
    .select()
    .from(complaints)
    .where(and(eq(complaints.authorityId, authorityId), eq(complaints.id, id)))
    .for('update')
    .limit(1);
  return row;
}

export async function updateProjection(
  db: Executor,
  complaintId: string,
  projection: ComplaintProjection,
): Promise<void> {
  await db
    .update(complaints)
    .set({ ...projection, updatedAt: sql`now()` })
    .where(eq(complaints.id, complaintId));
}

export async function updateComplaintDetails(
  db: Executor,
  authorityId: string,
  complaintId: string,
  details: Partial<Omit<NewComplaint, 'authorityId' | 'reference'>>,
): Promise<void> {
  await db
    .update(complaints)
    .set({ ...details, updatedAt: sql`now()` })
    .where(and(eq(complaints.authorityId, authorityId), eq(complaints.id, complaintId)));
}

export async function insertChildren(
  db: Executor,
  complaint: { id: string; authorityId: string },
  children: Omit<typeof complaintChildren.$inferInsert, 'id' | 'authorityId' | 'complaintId'>[],
): Promise<void> {
  if (children.length === 0) return;
  await db.insert(complaintChildren).values(
    children.map((c) => ({
      ...c,
      authorityId: complaint.authorityId,
      complaintId: complaint.id,
    })),
  );
}

export function listChildren(db: Executor, complaintId: string) {
  return db.select().from(complaintChildren).where(eq(complaintChildren.complaintId, complaintId));
}

export async function findComplaintByIdempotencyKey(
  db: Executor,
  authorityId: string,
  key: string,
): Promise<Complaint | undefined> {
  const [row] = await db
    .select()
    .from(complaints)
    .where(and(eq(complaints.authorityId, authorityId), eq(complaints.idempotencyKey, key)))
    .limit(1);
  return row;
}

/**
 * Gives a complaint a new tracking code (its hash), so the old code stops working at once: for a
 * submission whose answer never reached the person, who retries and must be given a code.
 */
export async function replaceTrackingCode(
  db: Executor,
  authorityId: string,
  complaintId: string,
  trackingCodeHash: string,
): Promise<void> {
  await db
    .update(complaints)
    .set({ trackingCodeHash })
    .where(and(eq(complaints.authorityId, authorityId), eq(complaints.id, complaintId)));
}

export async function findComplaintByReference(
  db: Executor,
  authorityId: string,
  reference: string,
): Promise<Complaint | undefined> {
  const [row] = await db
    .select()
    .from(complaints)
    .where(and(eq(complaints.authorityId, authorityId), eq(complaints.reference, reference)))
    .limit(1);
  return row;
}

export async function findComplaintById(
  db: Executor,
  authorityId: string,
  id: string,
): Promise<Complaint | undefined> {
  const [row] = await db
    .select()
    .from(complaints)
    .where(and(eq(complaints.authorityId, authorityId), eq(complaints.id, id)))
    .limit(1);
  return row;
}

export type CaseEventWithRecorder = StoredCaseEvent & { recordedByName: string | null };

/** A complaint's history in order, with the name of whoever recorded each event. */
export async function listEvents(
  db: Executor,
  complaintId: string,
): Promise<CaseEventWithRecorder[]> {
  const rows = await db
    .select({ event: caseEvents, recordedByName: staffUsers.name })
    .from(caseEvents)
    .leftJoin(staffUsers, eq(staffUsers.id, caseEvents.recordedBy))
    .where(eq(caseEvents.complaintId, complaintId))
    .orderBy(asc(caseEvents.sequence));
  return rows.map((r) => ({ ...r.event, recordedByName: r.recordedByName }));
}

const finishedStates: readonly string[] = FINISHED_STATES;
const awaitingEscalationStates: readonly string[] = AWAITING_ESCALATION_STATES;

export type WorkloadView =
  'all' | 'open' | 'untriaged' | 'due_this_week' | 'overdue' | 'on_hold' | 'awaiting_escalation';

export interface ComplaintFilters {
  view?: WorkloadView;
  stage?: number;
  team?: string;
  assignedStaffId?: string;
  /** Only complaints this person is assigned to (for people who see only their own cases). */
  visibleTo?: string;
  today: string;
  /** The last day of "this week" (Sunday). */
  weekEndsOn: string;
}

/**
 * "Still open", written with literal states so that PostgreSQL can use the partial index on open
 * complaints (`complaints_open_due_idx`), whose predicate is the same text. The states are
 * constants of this module, never input.
 */
const openPredicate = sql.raw(
  `"complaints"."state" not in (${finishedStates.map((s) => `'${s}'`).join(', ')})`,
);

function filterConditions(authorityId: string, f: ComplaintFilters): SQL[] {
  const open = openPredicate;
  const conditions: SQL[] = [eq(complaints.authorityId, authorityId)];
  switch (f.view ?? 'all') {
    case 'all':
      break;
    case 'open':
      conditions.push(open);
      break;
    case 'untriaged':
      conditions.push(isNull(complaints.triagedAt), open);
      break;
    case 'due_this_week':
      conditions.push(
        gte(complaints.nextDueOn, f.today),
        lte(complaints.nextDueOn, f.weekEndsOn),
        ne(complaints.state, 'on_hold'),
        open,
      );
      break;
    case 'overdue':
      conditions.push(lt(complaints.nextDueOn, f.today), ne(complaints.state, 'on_hold'), open);
      break;
    case 'on_hold':
      conditions.push(eq(complaints.state, 'on_hold'));
      break;
    case 'awaiting_escalation':
      conditions.push(inArray(complaints.state, awaitingEscalationStates));
      break;
  }
  if (f.stage !== undefined) conditions.push(eq(complaints.stage, f.stage));
  if (f.team !== undefined) conditions.push(eq(complaints.team, f.team));
  if (f.assignedStaffId !== undefined) {
    conditions.push(eq(complaints.assignedStaffId, f.assignedStaffId));
  }
  if (f.visibleTo !== undefined) {
    conditions.push(
      sql`exists (select 1 from ${caseAssignments} where ${caseAssignments.complaintId} = ${complaints.id} and ${caseAssignments.staffId} = ${f.visibleTo})`,
    );
  }
  return conditions;
}

export interface ComplaintListPage {
  rows: Pick<
    Complaint,
    | 'id'
    | 'reference'
    | 'receivedOn'
    | 'receivedVia'
    | 'complainantType'
    | 'procedure'
    | 'stage'
    | 'state'
    | 'nextDueOn'
    | 'createdAt'
    | 'team'
    | 'assignedStaffId'
    | 'triagedAt'
  >[];
  total: number;
}

/** One page of an authority's complaints: overdue and due work first, then newest. */
export async function listComplaints(
  db: Executor,
  authorityId: string,
  page: { limit: number; offset: number } & ComplaintFilters,
): Promise<ComplaintListPage> {
  const where = and(...filterConditions(authorityId, page));
  const byDue = page.view !== undefined && page.view !== 'all' && page.view !== 'untriaged';
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: complaints.id,
        reference: complaints.reference,
        receivedOn: complaints.receivedOn,
        receivedVia: complaints.receivedVia,
        complainantType: complaints.complainantType,
        procedure: complaints.procedure,
        stage: complaints.stage,
        state: complaints.state,
        nextDueOn: complaints.nextDueOn,
        createdAt: complaints.createdAt,
        team: complaints.team,
        assignedStaffId: complaints.assignedStaffId,
        triagedAt: complaints.triagedAt,
      })
      .from(complaints)
      .where(where)
      .orderBy(
        ...(byDue
          ? [sql`${complaints.nextDueOn} asc nulls last`, desc(complaints.createdAt)]
          : [desc(complaints.createdAt), desc(complaints.reference)]),
      )
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(complaints).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** The numbers a manager reads out in a team meeting, under the same filters as the lists. */
export async function workloadCounts(
  db: Executor,
  authorityId: string,
  f: Omit<ComplaintFilters, 'view'>,
): Promise<Record<Exclude<WorkloadView, 'all'>, number>> {
  const base = filterConditions(authorityId, { ...f, view: 'all' });
  const waiting = sql.join(
    awaitingEscalationStates.map((s) => sql`${s}`),
    sql`, `,
  );
  const open = openPredicate;
  const [row] = await db
    .select({
      open: sql<number>`count(*) filter (where ${open})`.mapWith(Number),
      untriaged:
        sql<number>`count(*) filter (where ${complaints.triagedAt} is null and ${open})`.mapWith(
          Number,
        ),
      due_this_week:
        sql<number>`count(*) filter (where ${complaints.nextDueOn} between ${f.today} and ${f.weekEndsOn} and ${complaints.state} <> 'on_hold' and ${open})`.mapWith(
          Number,
        ),
      overdue:
        sql<number>`count(*) filter (where ${complaints.nextDueOn} < ${f.today} and ${complaints.state} <> 'on_hold' and ${open})`.mapWith(
          Number,
        ),
      on_hold: sql<number>`count(*) filter (where ${complaints.state} = 'on_hold')`.mapWith(Number),
      awaiting_escalation:
        sql<number>`count(*) filter (where ${complaints.state} in (${waiting}))`.mapWith(Number),
    })
    .from(complaints)
    .where(and(...base));
  return (
    row ?? {
      open: 0,
      untriaged: 0,
      due_this_week: 0,
      overdue: 0,
      on_hold: 0,
      awaiting_escalation: 0,
    }
  );
}
