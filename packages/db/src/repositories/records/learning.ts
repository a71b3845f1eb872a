import { and, asc, count, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { complaints, learningActions, ombudsmanCases, staffUsers } from '../../schema.js';

export type LearningAction = typeof learningActions.$inferSelect;
export type NewLearningAction = Omit<
  typeof learningActions.$inferInsert,
  'createdAt' | 'status' | 'doneOn' | 'cancelledOn' | 'cancelledReason'
>;

export async function insertLearningAction(
  db: Executor,
  input: NewLearningAction,
): Promise<LearningAction> {
  const [row] = await db.insert(learningActions).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

const withSources = {
  action: learningActions,
  complaintReference: complaints.reference,
  lgscoReference: ombudsmanCases.lgscoReference,
  responsibleName: staffUsers.name,
};

function flatten(row: {
  action: LearningAction;
  complaintReference: string | null;
  lgscoReference: string | null;
  responsibleName: string;
}) {
  return {
    ...row.action,
    complaintReference: row.complaintReference,
    lgscoReference: row.lgscoReference,
    responsibleName: row.responsibleName,
  };
}

export async function findLearningAction(
  db: Executor,
  authorityId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
) {
  const query = db
    .select(withSources)
    .from(learningActions)
    .leftJoin(complaints, eq(complaints.id, learningActions.complaintId))
    .leftJoin(ombudsmanCases, eq(ombudsmanCases.id, learningActions.ombudsmanCaseId))
    .innerJoin(staffUsers, eq(staffUsers.id, learningActions.responsibleStaffId))
    .where(and(eq(learningActions.authorityId, authorityId), eq(learningActions.id, id)))
    .limit(1);
  const [row] = options.forUpdate
    ? await query.for('update', { of: learningActions })
    : await query;
  return row ? flatten(row) : undefined;
}

export type LearningView = 'all' | 'open' | 'overdue' | 'done' | 'cancelled';

/** Open actions first, soonest due first. */
export async function listLearningActions(
  db: Executor,
  authorityId: string,
  page: {
    limit: number;
    offset: number;
    view: LearningView;
    today: string;
    ombudsmanCaseId?: string;
  },
) {
  const where = and(
    eq(learningActions.authorityId, authorityId),
    page.ombudsmanCaseId ? eq(learningActions.ombudsmanCaseId, page.ombudsmanCaseId) : undefined,
    page.view === 'open' || page.view === 'overdue'
      ? eq(learningActions.status, 'open')
      : undefined,
    page.view === 'overdue' ? lt(learningActions.dueOn, page.today) : undefined,
    page.view === 'done' ? eq(learningActions.status, 'done') : undefined,
    page.view === 'cancelled' ? eq(learningActions.status, 'cancelled') : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select(withSources)
      .from(learningActions)
      .leftJoin(complaints, eq(complaints.id, learningActions.complaintId))
      .leftJoin(ombudsmanCases, eq(ombudsmanCases.id, learningActions.ombudsmanCaseId))
      .innerJoin(staffUsers, eq(staffUsers.id, learningActions.responsibleStaffId))
      .where(where)
      .orderBy(
        sql`${learningActions.status} <> 'open'`,
        asc(learningActions.dueOn),
        asc(learningActions.createdAt),
        asc(learningActions.id),
      )
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(learningActions).where(where),
  ]);
  return { rows: rows.map(flatten), total: totals[0]?.n ?? 0 };
}

export async function setLearningStatus(
  db: Executor,
  authorityId: string,
  id: string,
  change: Pick<LearningAction, 'status' | 'doneOn' | 'cancelledOn' | 'cancelledReason'>,
): Promise<void> {
  await db
    .update(learningActions)
    .set(change)
    .where(and(eq(learningActions.authorityId, authorityId), eq(learningActions.id, id)));
}

/** Open actions past their due date: the number the workload views show. */
export async function countOverdueLearningActions(
  db: Executor,
  authorityId: string,
  today: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(learningActions)
    .where(
      and(
        eq(learningActions.authorityId, authorityId),
        eq(learningActions.status, 'open'),
        lt(learningActions.dueOn, today),
      ),
    );
  return row?.n ?? 0;
}

/** Actions grouped by the issue found and the team that owns them: the themes of learning. */
export function learningThemes(db: Executor, authorityId: string, today: string) {
  return db
    .select({
      issue: learningActions.issue,
      owningTeam: learningActions.owningTeam,
      total: sql<number>`count(*) filter (where ${learningActions.status} <> 'cancelled')`.mapWith(
        Number,
      ),
      open: sql<number>`count(*) filter (where ${learningActions.status} = 'open')`.mapWith(Number),
      overdue:
        sql<number>`count(*) filter (where ${learningActions.status} = 'open' and ${learningActions.dueOn} < ${today})`.mapWith(
          Number,
        ),
      done: sql<number>`count(*) filter (where ${learningActions.status} = 'done')`.mapWith(Number),
    })
    .from(learningActions)
    .where(eq(learningActions.authorityId, authorityId))
    .groupBy(learningActions.issue, learningActions.owningTeam)
    .orderBy(sql`count(*) desc`, asc(learningActions.issue), asc(learningActions.owningTeam));
}
