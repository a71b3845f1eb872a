import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import {
  caseEvents,
  complaints,
  referenceCounters,
  staffUsers,
  type ComplainantType,
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

export interface NewComplaint {
  authorityId: string;
  reference: string;
  trackingCodeHash: string | null;
  idempotencyKey: string | null;
  receivedOn: string;
  receivedVia: string;
  complainantType: ComplainantType;
  complainantName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  whatHappened: string;
  desiredOutcome: string | null;
  team?: string | null;
}

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
    })),
  );
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
  >[];
  total: number;
}

/** One page of an authority's complaints, newest first. */
export async function listComplaints(
  db: Executor,
  authorityId: string,
  page: { limit: number; offset: number; state?: string },
): Promise<ComplaintListPage> {
  const where = page.state
    ? and(eq(complaints.authorityId, authorityId), eq(complaints.state, page.state))
    : eq(complaints.authorityId, authorityId);
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
      })
      .from(complaints)
      .where(where)
      .orderBy(desc(complaints.createdAt), desc(complaints.reference))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(complaints).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}
