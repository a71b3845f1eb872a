import { and, asc, count, desc, eq, gte, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { compliments, staffUsers } from '../../schema.js';

export type Compliment = typeof compliments.$inferSelect;
export type NewCompliment = Omit<
  typeof compliments.$inferInsert,
  'createdAt' | 'approvedWords' | 'approvedAt' | 'approvedBy' | 'markedNames'
>;

export async function insertCompliment(db: Executor, input: NewCompliment): Promise<Compliment> {
  const [row] = await db.insert(compliments).values(input).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findComplimentByIdempotencyKey(
  db: Executor,
  authorityId: string,
  key: string,
): Promise<Compliment | undefined> {
  const [row] = await db
    .select()
    .from(compliments)
    .where(and(eq(compliments.authorityId, authorityId), eq(compliments.idempotencyKey, key)))
    .limit(1);
  return row;
}

export async function findCompliment(
  db: Executor,
  authorityId: string,
  id: string,
): Promise<
  (Compliment & { approvedByName: string | null; loggedByName: string | null }) | undefined
> {
  const approver = sql<
    string | null
  >`(select ${staffUsers.name} from ${staffUsers} where ${staffUsers.id} = ${compliments.approvedBy})`;
  const logger = sql<
    string | null
  >`(select ${staffUsers.name} from ${staffUsers} where ${staffUsers.id} = ${compliments.loggedBy})`;
  const [row] = await db
    .select({ compliment: compliments, approvedByName: approver, loggedByName: logger })
    .from(compliments)
    .where(and(eq(compliments.authorityId, authorityId), eq(compliments.id, id)))
    .limit(1);
  return row
    ? { ...row.compliment, approvedByName: row.approvedByName, loggedByName: row.loggedByName }
    : undefined;
}

export type ComplimentView = 'all' | 'awaiting_approval' | 'approved';

/** One page of an authority's compliments, newest first. */
export async function listCompliments(
  db: Executor,
  authorityId: string,
  page: { limit: number; offset: number; view: ComplimentView },
) {
  const where = and(
    eq(compliments.authorityId, authorityId),
    page.view === 'approved'
      ? isNotNull(compliments.approvedAt)
      : page.view === 'awaiting_approval'
        ? isNull(compliments.approvedAt)
        : undefined,
  );
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(compliments)
      .where(where)
      .orderBy(desc(compliments.receivedOn), desc(compliments.createdAt), desc(compliments.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(compliments).where(where),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Approves the words to publish, with the names that were replaced. The words received stay. */
export async function approveCompliment(
  db: Executor,
  input: {
    authorityId: string;
    id: string;
    approvedWords: string;
    markedNames: string[];
    approvedBy: string;
    at: Date;
  },
): Promise<void> {
  await db
    .update(compliments)
    .set({
      approvedWords: input.approvedWords,
      markedNames: input.markedNames,
      approvedBy: input.approvedBy,
      approvedAt: input.at,
    })
    .where(and(eq(compliments.authorityId, input.authorityId), eq(compliments.id, input.id)));
}

/**
 * Compliments received in a period, by team, with only the approved words: what a report may
 * print (Dudley 2022-23 sections 4-5). A compliment for two teams counts for each.
 */
export async function complimentsForReport(
  db: Executor,
  authorityId: string,
  period: { from: string; to: string },
) {
  return db
    .select({
      team: sql<string>`unnest(${compliments.teams})`.as('team'),
      receivedOn: compliments.receivedOn,
      fromType: compliments.fromType,
      approvedWords: compliments.approvedWords,
    })
    .from(compliments)
    .where(
      and(
        eq(compliments.authorityId, authorityId),
        gte(compliments.receivedOn, period.from),
        lte(compliments.receivedOn, period.to),
      ),
    )
    .orderBy(asc(compliments.receivedOn));
}

/** Places a compliment against teams: one sent online arrives with none. */
export async function setComplimentTeams(
  db: Executor,
  input: { authorityId: string; id: string; teams: string[] },
): Promise<void> {
  await db
    .update(compliments)
    .set({ teams: input.teams })
    .where(and(eq(compliments.authorityId, input.authorityId), eq(compliments.id, input.id)));
}
