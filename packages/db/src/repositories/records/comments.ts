import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { comments, staffUsers } from '../../schema.js';

export type Comment = typeof comments.$inferSelect;
export type NewComment = Omit<
  typeof comments.$inferInsert,
  'createdAt' | 'acknowledgedOn' | 'forwardedOn' | 'forwardedTo' | 'answeredOn' | 'answerSummary'
>;

export async function insertComment(db: Executor, input: NewComment): Promise<Comment> {
  const [row] = await db.insert(comments).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** A comment with the name of whoever chases it; `forUpdate` locks it until the transaction ends. */
export async function findComment(
  db: Executor,
  authorityId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select({ comment: comments, responsibleName: staffUsers.name })
    .from(comments)
    .innerJoin(staffUsers, eq(staffUsers.id, comments.responsibleStaffId))
    .where(and(eq(comments.authorityId, authorityId), eq(comments.id, id)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: comments }) : await query;
  return row ? { ...row.comment, responsibleName: row.responsibleName } : undefined;
}

export type OpenOrAnswered = 'all' | 'open' | 'answered';

export async function listComments(
  db: Executor,
  authorityId: string,
  page: { limit: number; offset: number; view: OpenOrAnswered },
) {
  const where = and(
    eq(comments.authorityId, authorityId),
    page.view === 'open'
      ? isNull(comments.answeredOn)
      : page.view === 'answered'
        ? isNotNull(comments.answeredOn)
        : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select({ comment: comments, responsibleName: staffUsers.name })
      .from(comments)
      .innerJoin(staffUsers, eq(staffUsers.id, comments.responsibleStaffId))
      .where(where)
      .orderBy(desc(comments.receivedOn), desc(comments.createdAt), desc(comments.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(comments).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.comment, responsibleName: r.responsibleName })),
    total: totals[0]?.n ?? 0,
  };
}

export async function updateComment(
  db: Executor,
  authorityId: string,
  id: string,
  change: Partial<
    Pick<Comment, 'acknowledgedOn' | 'forwardedOn' | 'forwardedTo' | 'answeredOn' | 'answerSummary'>
  >,
): Promise<void> {
  await db
    .update(comments)
    .set(change)
    .where(and(eq(comments.authorityId, authorityId), eq(comments.id, id)));
}
