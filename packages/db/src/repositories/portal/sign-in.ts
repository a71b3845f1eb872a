/**
 * Signing in to the portal by a one-time email link (docs/decisions/0011): the links sent, the
 * sessions they start, and the complaints a signed-in contact made. Only hashes of the links' and
 * sessions' tokens are stored, so a copy of the database cannot be used to sign in.
 */
import { and, count, desc, eq, gt, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { complaints, outboxMessages, portalSessions, portalSignInLinks } from '../../schema.js';
import type { PortalSignInKind } from '../../schema.js';

export type PortalSignInLink = typeof portalSignInLinks.$inferSelect;
export type PortalSession = typeof portalSessions.$inferSelect;

/** An email address as the portal compares them: trimmed, in lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether any of the authority's complaints names this address as its contact. */
export async function hasComplaintsWithContactEmail(
  db: Executor,
  authorityId: string,
  email: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: complaints.id })
    .from(complaints)
    .where(
      and(
        eq(complaints.authorityId, authorityId),
        sql`lower(${complaints.contactEmail}) = ${normaliseEmail(email)}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * The complaints this address made: those where it is the contact given with the complaint.
 * A parent or carer sees the complaints they made, and no other complaint about their child.
 */
export async function listComplaintsByContactEmail(
  db: Executor,
  authorityId: string,
  email: string,
  limit = 50,
) {
  return db
    .select({
      id: complaints.id,
      reference: complaints.reference,
      receivedOn: complaints.receivedOn,
      complainantType: complaints.complainantType,
      stage: complaints.stage,
      state: complaints.state,
    })
    .from(complaints)
    .where(
      and(
        eq(complaints.authorityId, authorityId),
        sql`lower(${complaints.contactEmail}) = ${normaliseEmail(email)}`,
      ),
    )
    .orderBy(desc(complaints.receivedOn), desc(complaints.reference))
    .limit(limit);
}

export async function insertSignInLink(
  db: Executor,
  input: {
    tokenHash: string;
    authorityId: string;
    kind: PortalSignInKind;
    contactEmail: string | null;
    advocateId: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  const { now, ...link } = input;
  await db.insert(portalSignInLinks).values({ ...link, createdAt: now });
}

/**
 * Marks a link used and returns it, if it is this authority's, unused and not expired. Two
 * presses at once cannot both use it: the update's condition lets only one through.
 */
export async function useSignInLink(
  db: Executor,
  authorityId: string,
  tokenHash: string,
  now: Date,
): Promise<PortalSignInLink | undefined> {
  const [row] = await db
    .update(portalSignInLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(portalSignInLinks.tokenHash, tokenHash),
        eq(portalSignInLinks.authorityId, authorityId),
        isNull(portalSignInLinks.usedAt),
        gt(portalSignInLinks.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

export async function createPortalSession(
  db: Executor,
  input: {
    tokenHash: string;
    authorityId: string;
    kind: PortalSignInKind;
    contactEmail: string | null;
    advocateId: string | null;
    now: Date;
    expiresAt: Date;
  },
): Promise<void> {
  const { now, ...session } = input;
  await db.insert(portalSessions).values({ ...session, createdAt: now, lastSeenAt: now });
}

/** The session with this token hash, unless it is past its absolute expiry. */
export async function findLivePortalSession(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<PortalSession | undefined> {
  const [row] = await db
    .select()
    .from(portalSessions)
    .where(and(eq(portalSessions.tokenHash, tokenHash), gt(portalSessions.expiresAt, now)))
    .limit(1);
  return row;
}

export async function touchPortalSession(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<void> {
  await db
    .update(portalSessions)
    .set({ lastSeenAt: now })
    .where(eq(portalSessions.tokenHash, tokenHash));
}

export async function deletePortalSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(portalSessions).where(eq(portalSessions.tokenHash, tokenHash));
}

/** Removes links and sessions that can no longer be used. */
export async function deleteExpiredPortalSignIns(db: Executor, now: Date): Promise<void> {
  await db.delete(portalSignInLinks).where(lt(portalSignInLinks.expiresAt, now));
  await db.delete(portalSessions).where(lt(portalSessions.expiresAt, now));
}

/** How many links this address was sent since `since`: the API stops at a few. */
export async function recentSignInLinkCount(
  db: Executor,
  authorityId: string,
  email: string,
  since: Date,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(portalSignInLinks)
    .where(
      and(
        eq(portalSignInLinks.authorityId, authorityId),
        eq(portalSignInLinks.contactEmail, normaliseEmail(email)),
        gt(portalSignInLinks.createdAt, since),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Sign-in mail keeps its link in the outbox only while the link can still be used: once the link
 * is used or expired, the body is replaced, so the outbox never holds a working link for longer
 * than the link itself works.
 */
export async function redactSpentSignInMail(db: Executor, now: Date): Promise<void> {
  const spent = db
    .select({ key: sql`'portal.sign_in_link:' || ${portalSignInLinks.tokenHash}` })
    .from(portalSignInLinks)
    .where(or(lt(portalSignInLinks.expiresAt, now), isNotNull(portalSignInLinks.usedAt)));
  await db
    .update(outboxMessages)
    .set({ body: spentSignInMailBody })
    .where(
      and(
        eq(outboxMessages.kind, 'portal.sign_in_link'),
        ne(outboxMessages.body, spentSignInMailBody),
        inArray(outboxMessages.dedupeKey, spent),
      ),
    );
}

export const spentSignInMailBody = 'A sign-in link was sent. It has been used or has expired.';
