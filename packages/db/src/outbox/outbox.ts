/**
 * The outbox: mail is written here first, in the database, and delivered afterwards by a worker
 * (docs/decisions/0008). Each message has a unique dedupe key, so enqueueing the same reminder
 * twice keeps one. Delivery claims one message at a time with a lease: a worker that dies while
 * delivering leaves the lease to run out, and the next worker takes the message over, first
 * asking the mail adapter whether the last attempt got through.
 */
import { asc, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../client.js';
import { outboxMessages } from '../schema.js';

export type OutboxMessage = typeof outboxMessages.$inferSelect;
export type NewOutboxMessage = Pick<
  typeof outboxMessages.$inferInsert,
  'authorityId' | 'dedupeKey' | 'kind' | 'recipientStaffId' | 'toAddress' | 'subject' | 'body'
>;

/** Adds messages whose keys are new; returns how many were added. */
export async function enqueueMessages(
  db: Executor,
  messages: readonly NewOutboxMessage[],
): Promise<number> {
  if (messages.length === 0) return 0;
  const added = await db
    .insert(outboxMessages)
    .values([...messages])
    .onConflictDoNothing({ target: outboxMessages.dedupeKey })
    .returning({ id: outboxMessages.id });
  return added.length;
}

export interface ClaimedMessage {
  message: OutboxMessage;
  /** A previous attempt was claimed and never finished: it may or may not have been delivered. */
  inDoubt: boolean;
}

/**
 * Claims the next message that is due, not sent and not leased to a live worker, for
 * `leaseSeconds`. `SKIP LOCKED` lets several workers claim side by side without waiting on
 * each other or taking the same message.
 */
export async function claimNextMessage(
  db: Executor,
  leaseSeconds: number,
): Promise<ClaimedMessage | null> {
  const [row] = await queryRows<{ id: string; previous_lock: unknown }>(
    db,
    sql`
    with candidate as (
      select id, locked_until as previous_lock
      from ${outboxMessages}
      where sent_at is null
        and next_attempt_at <= now()
        and (locked_until is null or locked_until < now())
      order by next_attempt_at, created_at
      limit 1
      for update skip locked
    )
    update ${outboxMessages} o
    set locked_until = now() + make_interval(secs => ${leaseSeconds}),
        attempts = o.attempts + 1,
        last_attempt_at = now()
    from candidate
    where o.id = candidate.id
    returning o.id, candidate.previous_lock`,
  );
  if (!row) return null;
  const [message] = await db
    .select()
    .from(outboxMessages)
    .where(eq(outboxMessages.id, row.id))
    .limit(1);
  if (!message) return null;
  return { message, inDoubt: row.previous_lock !== null && row.previous_lock !== undefined };
}

/** Delivered: never to be sent again. */
export async function markMessageSent(db: Executor, id: string): Promise<void> {
  await db
    .update(outboxMessages)
    .set({ sentAt: sql`now()`, lockedUntil: null, lastError: null })
    .where(eq(outboxMessages.id, id));
}

/**
 * The delay before the next attempt after `attempts` failed ones: 30 s, doubling each time, at
 * most an hour. Mail is never given up on: an outage delays it and loses none.
 */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, Math.min(attempts - 1, 12)));
}

/** Not delivered this time: try again after the backoff delay. */
export async function markMessageFailed(
  db: Executor,
  id: string,
  attempts: number,
  error: string,
): Promise<void> {
  await db
    .update(outboxMessages)
    .set({
      lockedUntil: null,
      lastError: error.slice(0, 2000),
      nextAttemptAt: sql`now() + make_interval(secs => ${retryDelaySeconds(attempts)})`,
    })
    .where(eq(outboxMessages.id, id));
}

/** When the next unsent message can be tried, if any: for a worker deciding when to look again. */
export async function nextOutboxAttemptAt(db: Executor): Promise<Date | null> {
  const [row] = await db
    .select({
      at: sql<
        string | null
      >`min(greatest(${outboxMessages.nextAttemptAt}, coalesce(${outboxMessages.lockedUntil}, ${outboxMessages.nextAttemptAt})))`,
    })
    .from(outboxMessages)
    .where(isNull(outboxMessages.sentAt));
  return row?.at ? new Date(row.at) : null;
}

export async function outboxCounts(db: Executor): Promise<{ waiting: number; sent: number }> {
  const [waiting, sent] = await Promise.all([
    db.select({ n: count() }).from(outboxMessages).where(isNull(outboxMessages.sentAt)),
    db.select({ n: count() }).from(outboxMessages).where(isNotNull(outboxMessages.sentAt)),
  ]);
  return { waiting: waiting[0]?.n ?? 0, sent: sent[0]?.n ?? 0 };
}

export function listOutbox(db: Executor, options: { authorityId?: string } = {}) {
  return db
    .select()
    .from(outboxMessages)
    .where(options.authorityId ? eq(outboxMessages.authorityId, options.authorityId) : undefined)
    .orderBy(asc(outboxMessages.createdAt), asc(outboxMessages.dedupeKey));
}
