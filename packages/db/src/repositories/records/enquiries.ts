import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { enquiries, staffUsers } from '../../schema.js';
import type { OpenOrAnswered } from './comments.js';

export type Enquiry = typeof enquiries.$inferSelect;
export type NewEnquiry = Omit<
  typeof enquiries.$inferInsert,
  'createdAt' | 'answeredOn' | 'answerSummary'
>;

export async function insertEnquiry(db: Executor, input: NewEnquiry): Promise<Enquiry> {
  const [row] = await db.insert(enquiries).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findEnquiry(
  db: Executor,
  authorityId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select({ enquiry: enquiries, responsibleName: staffUsers.name })
    .from(enquiries)
    .innerJoin(staffUsers, eq(staffUsers.id, enquiries.responsibleStaffId))
    .where(and(eq(enquiries.authorityId, authorityId), eq(enquiries.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: enquiries }) : await query;
  return row ? { ...row.enquiry, responsibleName: row.responsibleName } : undefined;
}

export async function listEnquiries(
  db: Executor,
  authorityId: string,
  page: { limit: number; offset: number; view: OpenOrAnswered; kind?: Enquiry['kind'] },
) {
  const where = and(
    eq(enquiries.authorityId, authorityId),
    page.kind ? eq(enquiries.kind, page.kind) : undefined,
    page.view === 'open'
      ? isNull(enquiries.answeredOn)
      : page.view === 'answered'
        ? isNotNull(enquiries.answeredOn)
        : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select({ enquiry: enquiries, responsibleName: staffUsers.name })
      .from(enquiries)
      .innerJoin(staffUsers, eq(staffUsers.id, enquiries.responsibleStaffId))
      .where(where)
      .orderBy(desc(enquiries.receivedOn), desc(enquiries.createdAt), desc(enquiries.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(enquiries).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.enquiry, responsibleName: r.responsibleName })),
    total: totals[0]?.n ?? 0,
  };
}

export async function answerEnquiry(
  db: Executor,
  input: { authorityId: string; id: string; answeredOn: string; answerSummary: string },
): Promise<void> {
  await db
    .update(enquiries)
    .set({ answeredOn: input.answeredOn, answerSummary: input.answerSummary })
    .where(and(eq(enquiries.authorityId, input.authorityId), eq(enquiries.id, input.id)));
}
