/**
 * The demo data never points a case at someone of another council: every assignment, every
 * responsible member of staff on a record (compliment, comment, enquiry, Ombudsman case, learning
 * action), every author of a note or upload, and every member of staff named in a case's history
 * (who responded, agreed an extension, was appointed to investigate) holds a membership of the
 * authority the case belongs to.
 */
import { and, eq, isNotNull, sql, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, seedDemoData, type DatabaseHandle } from '../src/index.js';
import { openTestDatabase, testEngines } from '../src/testing.js';

const TODAY = '2026-11-20';

/** Each per-case staff column, with the authority column of the same row. */
const staffColumns: { name: string; table: PgTable; authorityId: Column; staffId: Column }[] = [
  {
    name: 'complaints.assigned_staff_id',
    table: schema.complaints,
    authorityId: schema.complaints.authorityId,
    staffId: schema.complaints.assignedStaffId,
  },
  {
    name: 'case_assignments.staff_id',
    table: schema.caseAssignments,
    authorityId: schema.caseAssignments.authorityId,
    staffId: schema.caseAssignments.staffId,
  },
  {
    name: 'case_events.recorded_by',
    table: schema.caseEvents,
    authorityId: schema.caseEvents.authorityId,
    staffId: schema.caseEvents.recordedBy,
  },
  {
    name: 'case_notes.staff_id',
    table: schema.caseNotes,
    authorityId: schema.caseNotes.authorityId,
    staffId: schema.caseNotes.staffId,
  },
  {
    name: 'attachments.uploaded_by',
    table: schema.attachments,
    authorityId: schema.attachments.authorityId,
    staffId: schema.attachments.uploadedBy,
  },
  {
    name: 'compliments.logged_by',
    table: schema.compliments,
    authorityId: schema.compliments.authorityId,
    staffId: schema.compliments.loggedBy,
  },
  {
    name: 'compliments.approved_by',
    table: schema.compliments,
    authorityId: schema.compliments.authorityId,
    staffId: schema.compliments.approvedBy,
  },
  {
    name: 'comments.responsible_staff_id',
    table: schema.comments,
    authorityId: schema.comments.authorityId,
    staffId: schema.comments.responsibleStaffId,
  },
  {
    name: 'enquiries.responsible_staff_id',
    table: schema.enquiries,
    authorityId: schema.enquiries.authorityId,
    staffId: schema.enquiries.responsibleStaffId,
  },
  {
    name: 'ombudsman_cases.responsible_staff_id',
    table: schema.ombudsmanCases,
    authorityId: schema.ombudsmanCases.authorityId,
    staffId: schema.ombudsmanCases.responsibleStaffId,
  },
  {
    name: 'learning_actions.responsible_staff_id',
    table: schema.learningActions,
    authorityId: schema.learningActions.authorityId,
    staffId: schema.learningActions.responsibleStaffId,
  },
  {
    name: 'outbox_messages.recipient_staff_id',
    table: schema.outboxMessages,
    authorityId: schema.outboxMessages.authorityId,
    staffId: schema.outboxMessages.recipientStaffId,
  },
  {
    name: 'report_context_figures.updated_by',
    table: schema.reportContextFigures,
    authorityId: schema.reportContextFigures.authorityId,
    staffId: schema.reportContextFigures.updatedBy,
  },
];

/** Every string anywhere in a JSON value (an event's payload names people by their id). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

describe.each(testEngines())('demo data staff and authorities on %s', (engine) => {
  let handle: DatabaseHandle;
  /** `staffId authorityId` for every membership. */
  let memberships: Set<string>;
  let staffNames: Map<string, string>;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    await seedDemoData(handle.db, { today: TODAY, hashPassword: () => Promise.resolve('x') });
    const rows = await handle.db.select().from(schema.staffMemberships);
    memberships = new Set(rows.map((m) => `${m.staffId} ${m.authorityId}`));
    const staff = await handle.db
      .select({ id: schema.staffUsers.id, name: schema.staffUsers.name })
      .from(schema.staffUsers);
    staffNames = new Map(staff.map((s) => [s.id, s.name]));
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  it('assigns every complaint to a member of staff of its own authority', async () => {
    const assigned = await handle.db
      .select({
        reference: schema.complaints.reference,
        authorityId: schema.complaints.authorityId,
        staffId: schema.complaints.assignedStaffId,
      })
      .from(schema.complaints)
      .where(isNotNull(schema.complaints.assignedStaffId));
    const authorities = await handle.db.select().from(schema.authorities);
    // Both councils have assigned complaints, so the check below covers each of them.
    for (const a of authorities) {
      expect(assigned.filter((c) => c.authorityId === a.id).length, a.code).toBeGreaterThan(0);
    }
    const strangers = assigned
      .filter((c) => !memberships.has(`${c.staffId ?? ''} ${c.authorityId}`))
      .map((c) => `${c.reference}: ${staffNames.get(c.staffId ?? '') ?? '?'}`);
    expect(strangers).toEqual([]);
  });

  it('names only staff of the same authority in every per-case staff column', async () => {
    const strangers: string[] = [];
    for (const c of staffColumns) {
      const [row] = await handle.db
        .select({ count: sql<number>`count(*)::int` })
        .from(c.table)
        .where(
          and(
            isNotNull(c.staffId),
            sql`not exists (select 1 from ${schema.staffMemberships} m where m.staff_id = ${c.staffId} and m.authority_id = ${c.authorityId})`,
          ),
        );
      if ((row?.count ?? 0) > 0) strangers.push(`${c.name}: ${String(row?.count)}`);
    }
    expect(strangers).toEqual([]);
    // The Ombudsman cases have a responsible member of staff to check.
    const [ombudsman] = await handle.db
      .select({ count: sql<number>`count(*)::int` })
      .from(schema.ombudsmanCases);
    expect(ombudsman?.count).toBeGreaterThan(0);
  });

  it('names only staff of the same authority in every case history', async () => {
    const events = await handle.db
      .select({
        reference: schema.complaints.reference,
        authorityId: schema.caseEvents.authorityId,
        type: schema.caseEvents.type,
        payload: schema.caseEvents.payload,
      })
      .from(schema.caseEvents)
      .innerJoin(schema.complaints, eq(schema.complaints.id, schema.caseEvents.complaintId));
    let named = 0;
    const strangers: string[] = [];
    for (const e of events) {
      for (const id of stringsIn(e.payload).filter((s) => staffNames.has(s))) {
        named++;
        if (!memberships.has(`${id} ${e.authorityId}`)) {
          strangers.push(`${e.reference} ${e.type}: ${staffNames.get(id) ?? id}`);
        }
      }
    }
    expect(named).toBeGreaterThan(0);
    expect([...new Set(strangers)]).toEqual([]);
  });
});
