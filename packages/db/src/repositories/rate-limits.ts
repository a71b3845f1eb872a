/**
 * The one way to count against a limit that protects people. Each hit is one atomic upsert, so a
 * batch of requests, concurrent requests and several API processes all count every attempt: no
 * read-then-write race lets a burst through.
 */
import { lt, sql } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { rateLimits } from '../schema.js';

export interface RateLimitHit {
  /** Whether this hit is within the limit (the count including it is at most `limit`). */
  allowed: boolean;
  /** The count in the current window, including this hit. */
  count: number;
  /** When the current window ends and the count starts again. */
  windowEndsAt: Date;
}

/**
 * Counts one hit against `key` and says whether it is within `limit` hits per `windowMs`.
 * `now` is an argument so that tests can move time on.
 */
export async function hitRateLimit(
  db: Executor,
  input: { key: string; limit: number; windowMs: number; now?: Date },
): Promise<RateLimitHit> {
  const now = input.now ?? new Date();
  const ends = new Date(now.getTime() + input.windowMs);
  const rows = await db
    .insert(rateLimits)
    .values({ key: input.key, count: 1, windowEndsAt: ends })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowEndsAt} <= ${now.toISOString()}::timestamptz then 1 else ${rateLimits.count} + 1 end`,
        windowEndsAt: sql`case when ${rateLimits.windowEndsAt} <= ${now.toISOString()}::timestamptz then ${ends.toISOString()}::timestamptz else ${rateLimits.windowEndsAt} end`,
      },
    })
    .returning({ count: rateLimits.count, windowEndsAt: rateLimits.windowEndsAt });
  const row = rows[0];
  if (!row) throw new Error('rate limit upsert returned no row');
  return { allowed: row.count <= input.limit, count: row.count, windowEndsAt: row.windowEndsAt };
}

/** The current count against `key` without counting a hit (0 when its window has ended). */
export async function peekRateLimit(db: Executor, key: string, now = new Date()): Promise<number> {
  const rows = await db
    .select({ count: rateLimits.count, windowEndsAt: rateLimits.windowEndsAt })
    .from(rateLimits)
    .where(sql`${rateLimits.key} = ${key}`);
  const row = rows[0];
  return row && row.windowEndsAt > now ? row.count : 0;
}

/** Forgets the count against `key` (for example an account's failures after a good sign-in). */
export async function resetRateLimit(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}

/** Removes counters whose window ended before `now`; the reminder scan calls it. */
export async function pruneRateLimits(db: Executor, now = new Date()): Promise<number> {
  const removed = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowEndsAt, now))
    .returning({ key: rateLimits.key });
  return removed.length;
}
