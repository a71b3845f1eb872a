import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { recordRequests } from '../../schema.js';

export type RequestClaim =
  { duplicate: false; recordId: string } | { duplicate: true; recordId: string };

/**
 * Claims the client's id for an action, inside the action's transaction. The first claim wins;
 * a second with the same id (a double-click, a retry) waits for the first to commit and is told
 * it is a duplicate, with the record the first one made or changed. Without a `recordId` (an
 * action that creates), a new id is chosen for the record.
 */
export async function claimRequest(
  tx: Executor,
  input: { authorityId: string; requestId: string; action: string; recordId?: string },
): Promise<RequestClaim> {
  const recordId = input.recordId ?? randomUUID();
  const [row] = await tx
    .insert(recordRequests)
    .values({
      authorityId: input.authorityId,
      requestId: input.requestId,
      action: input.action,
      recordId,
    })
    .onConflictDoNothing()
    .returning({ recordId: recordRequests.recordId });
  if (row) return { duplicate: false, recordId: row.recordId };
  const [existing] = await tx
    .select({ recordId: recordRequests.recordId })
    .from(recordRequests)
    .where(
      and(
        eq(recordRequests.authorityId, input.authorityId),
        eq(recordRequests.requestId, input.requestId),
      ),
    )
    .limit(1);
  if (!existing) throw new Error('request id conflicted but no row was found');
  return { duplicate: true, recordId: existing.recordId };
}

/** The action that claimed a request id, if one did. */
export async function findRequestClaim(db: Executor, authorityId: string, requestId: string) {
  const [row] = await db
    .select()
    .from(recordRequests)
    .where(
      and(eq(recordRequests.authorityId, authorityId), eq(recordRequests.requestId, requestId)),
    )
    .limit(1);
  return row;
}
