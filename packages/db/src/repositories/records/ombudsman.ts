import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import {
  complaints,
  ombudsmanCases,
  ombudsmanEnquiries,
  ombudsmanRemedies,
  staffUsers,
} from '../../schema.js';

export type OmbudsmanCase = typeof ombudsmanCases.$inferSelect;
export type OmbudsmanEnquiry = typeof ombudsmanEnquiries.$inferSelect;
export type OmbudsmanRemedy = typeof ombudsmanRemedies.$inferSelect;
export type NewOmbudsmanCase = Omit<
  typeof ombudsmanCases.$inferInsert,
  'createdAt' | 'decision' | 'closedReason' | 'decidedOn' | 'publication'
>;

export async function insertOmbudsmanCase(
  db: Executor,
  input: NewOmbudsmanCase,
): Promise<OmbudsmanCase> {
  const [row] = await db.insert(ombudsmanCases).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** A case with the reference of its complaint; `forUpdate` locks it until the transaction ends. */
export async function findOmbudsmanCase(
  db: Executor,
  authorityId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select({
      ombudsmanCase: ombudsmanCases,
      complaintReference: complaints.reference,
      responsibleName: staffUsers.name,
    })
    .from(ombudsmanCases)
    .leftJoin(complaints, eq(complaints.id, ombudsmanCases.complaintId))
    .innerJoin(staffUsers, eq(staffUsers.id, ombudsmanCases.responsibleStaffId))
    .where(and(eq(ombudsmanCases.authorityId, authorityId), eq(ombudsmanCases.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: ombudsmanCases }) : await query;
  return row
    ? {
        ...row.ombudsmanCase,
        complaintReference: row.complaintReference,
        responsibleName: row.responsibleName,
      }
    : undefined;
}

export async function listOmbudsmanCases(
  db: Executor,
  authorityId: string,
  page: { limit: number; offset: number },
) {
  const where = eq(ombudsmanCases.authorityId, authorityId);
  const [rows, totals] = await Promise.all([
    db
      .select({ ombudsmanCase: ombudsmanCases, complaintReference: complaints.reference })
      .from(ombudsmanCases)
      .leftJoin(complaints, eq(complaints.id, ombudsmanCases.complaintId))
      .where(where)
      .orderBy(
        desc(ombudsmanCases.receivedOn),
        desc(ombudsmanCases.createdAt),
        desc(ombudsmanCases.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(ombudsmanCases).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.ombudsmanCase, complaintReference: r.complaintReference })),
    total: totals[0]?.n ?? 0,
  };
}

export function listOmbudsmanEnquiries(db: Executor, caseId: string): Promise<OmbudsmanEnquiry[]> {
  return db
    .select()
    .from(ombudsmanEnquiries)
    .where(eq(ombudsmanEnquiries.caseId, caseId))
    .orderBy(asc(ombudsmanEnquiries.receivedOn), asc(ombudsmanEnquiries.createdAt));
}

export function listOmbudsmanRemedies(db: Executor, caseId: string): Promise<OmbudsmanRemedy[]> {
  return db
    .select()
    .from(ombudsmanRemedies)
    .where(eq(ombudsmanRemedies.caseId, caseId))
    .orderBy(asc(ombudsmanRemedies.dueOn), asc(ombudsmanRemedies.createdAt));
}

export async function insertOmbudsmanEnquiry(
  db: Executor,
  input: Omit<typeof ombudsmanEnquiries.$inferInsert, 'createdAt' | 'answeredOn'>,
): Promise<void> {
  await db.insert(ombudsmanEnquiries).values(input);
}

export async function answerOmbudsmanEnquiry(
  db: Executor,
  caseId: string,
  enquiryId: string,
  answeredOn: string,
): Promise<void> {
  await db
    .update(ombudsmanEnquiries)
    .set({ answeredOn })
    .where(and(eq(ombudsmanEnquiries.caseId, caseId), eq(ombudsmanEnquiries.id, enquiryId)));
}

export async function recordOmbudsmanDecision(
  db: Executor,
  authorityId: string,
  caseId: string,
  decision: Pick<OmbudsmanCase, 'decision' | 'closedReason' | 'decidedOn' | 'publication'>,
): Promise<void> {
  await db
    .update(ombudsmanCases)
    .set(decision)
    .where(and(eq(ombudsmanCases.authorityId, authorityId), eq(ombudsmanCases.id, caseId)));
}

export async function insertOmbudsmanRemedy(
  db: Executor,
  input: Omit<typeof ombudsmanRemedies.$inferInsert, 'createdAt' | 'compliedOn' | 'evidence'>,
): Promise<void> {
  await db.insert(ombudsmanRemedies).values(input);
}

export async function recordRemedyCompliance(
  db: Executor,
  caseId: string,
  remedyId: string,
  compliance: { compliedOn: string; evidence: string },
): Promise<void> {
  await db
    .update(ombudsmanRemedies)
    .set(compliance)
    .where(and(eq(ombudsmanRemedies.caseId, caseId), eq(ombudsmanRemedies.id, remedyId)));
}
