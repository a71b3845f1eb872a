/**
 * Journeys saved on the portal to finish later (docs/decisions/0010). Rows hold only what the
 * portal sealed: the encrypted answers, the salt and nonce that open them with the person's return
 * code, and the SHA-256 of the lookup id derived from that code. A draft is found by that hash,
 * read at most until it expires, and deleted when sent, deleted by the person, or expired.
 *
 * The mail that sent a return code to the person is deleted with its draft, so the code is kept
 * nowhere once the draft is gone.
 */
import { and, eq, lte } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { outboxMessages, portalDrafts } from '../../schema.js';

export type PortalDraft = typeof portalDrafts.$inferSelect;
export type NewPortalDraft = Omit<typeof portalDrafts.$inferInsert, 'id' | 'createdAt'>;

/** The outbox key of the one mail that may carry a draft's return code. */
export const draftCodeMailKey = (draftId: string) => `portal-draft:${draftId}:code`;

/** Stores a draft; returns undefined when a draft with the same lookup hash already exists. */
export async function insertPortalDraft(
  db: Executor,
  input: NewPortalDraft,
): Promise<PortalDraft | undefined> {
  const [row] = await db
    .insert(portalDrafts)
    .values(input)
    .onConflictDoNothing({ target: portalDrafts.lookupHash })
    .returning();
  return row;
}

async function deleteRows(db: Executor, rows: readonly { id: string }[]): Promise<number> {
  for (const row of rows)
    await db.delete(outboxMessages).where(eq(outboxMessages.dedupeKey, draftCodeMailKey(row.id)));
  return rows.length;
}

/** Deletes the authority's draft with this lookup hash, and its mail; false when there was none. */
export async function deletePortalDraft(
  db: Executor,
  authorityId: string,
  lookupHash: string,
): Promise<boolean> {
  const rows = await db
    .delete(portalDrafts)
    .where(and(eq(portalDrafts.authorityId, authorityId), eq(portalDrafts.lookupHash, lookupHash)))
    .returning({ id: portalDrafts.id });
  return (await deleteRows(db, rows)) > 0;
}

/**
 * The authority's draft with this lookup hash, if it has not expired. An expired one is deleted
 * as it is found, so it cannot be read even before the scan removes it.
 */
export async function findPortalDraft(
  db: Executor,
  authorityId: string,
  lookupHash: string,
  now: Date,
): Promise<PortalDraft | undefined> {
  const [row] = await db
    .select()
    .from(portalDrafts)
    .where(and(eq(portalDrafts.authorityId, authorityId), eq(portalDrafts.lookupHash, lookupHash)))
    .limit(1);
  if (row === undefined) return undefined;
  if (row.expiresAt.getTime() <= now.getTime()) {
    await deletePortalDraft(db, authorityId, lookupHash);
    return undefined;
  }
  return row;
}

/**
 * Deletes every council's drafts that have expired, with their mail; returns how many. Run by the
 * reminder scan, which works across councils.
 */
export async function deleteExpiredPortalDrafts(db: Executor, now: Date): Promise<number> {
  const rows = await db
    .delete(portalDrafts)
    .where(lte(portalDrafts.expiresAt, now))
    .returning({ id: portalDrafts.id });
  return deleteRows(db, rows);
}
