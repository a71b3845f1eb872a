/**
 * The advocates of a council's commissioned advocacy provider (Wandsworth 2021-22 §3.2) and the cases they
 * support: those they made on the portal, and the referrals they took up.
 */
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { advocacyReferrals, advocateCases, advocates, complaints } from '../../schema.js';
import type { AdvocateCaseLink } from '../../schema.js';
import { normaliseEmail } from './sign-in.js';

export type Advocate = typeof advocates.$inferSelect;

export async function insertAdvocate(
  db: Executor,
  input: {
    authorityId: string;
    email: string;
    name: string;
    providerName: string;
    phone?: string | null;
  },
): Promise<Advocate> {
  const [row] = await db
    .insert(advocates)
    .values({ ...input, email: normaliseEmail(input.email) })
    .returning();
  if (!row) throw new Error('The advocate was not saved');
  return row;
}

/** The authority's advocate with this address, unless their account is disabled. */
export async function findActiveAdvocateByEmail(
  db: Executor,
  authorityId: string,
  email: string,
): Promise<Advocate | undefined> {
  const [row] = await db
    .select()
    .from(advocates)
    .where(
      and(
        eq(advocates.authorityId, authorityId),
        eq(advocates.email, normaliseEmail(email)),
        isNull(advocates.disabledAt),
      ),
    )
    .limit(1);
  return row;
}

export async function findActiveAdvocateById(
  db: Executor,
  authorityId: string,
  advocateId: string,
): Promise<Advocate | undefined> {
  const [row] = await db
    .select()
    .from(advocates)
    .where(
      and(
        eq(advocates.authorityId, authorityId),
        eq(advocates.id, advocateId),
        isNull(advocates.disabledAt),
      ),
    )
    .limit(1);
  return row;
}

/**
 * The referrals sent to this provider, newest first, with who (if anyone) supports each case.
 * Only what an advocate needs to make contact: the young person's name is reduced by the caller.
 */
export async function listReferralsForProvider(
  db: Executor,
  authorityId: string,
  providerName: string,
  limit = 100,
) {
  const rows = await db
    .select({
      id: advocacyReferrals.id,
      complaintId: advocacyReferrals.complaintId,
      createdAt: advocacyReferrals.createdAt,
      requestedBy: advocacyReferrals.requestedBy,
      reference: complaints.reference,
      onBehalfOf: complaints.onBehalfOf,
      complainantName: complaints.complainantName,
      complainantType: complaints.complainantType,
    })
    .from(advocacyReferrals)
    .innerJoin(complaints, eq(complaints.id, advocacyReferrals.complaintId))
    .where(
      and(
        eq(advocacyReferrals.authorityId, authorityId),
        eq(advocacyReferrals.providerName, providerName),
      ),
    )
    .orderBy(desc(advocacyReferrals.createdAt), desc(advocacyReferrals.id))
    .limit(limit);
  const ids = rows.map((r) => r.complaintId);
  const links =
    ids.length === 0
      ? []
      : await db
          .select({ complaintId: advocateCases.complaintId, advocateId: advocateCases.advocateId })
          .from(advocateCases)
          .where(
            and(
              eq(advocateCases.authorityId, authorityId),
              inArray(advocateCases.complaintId, ids),
            ),
          )
          .orderBy(asc(advocateCases.createdAt));
  return rows.map((r) => ({
    ...r,
    supportedBy: links.filter((l) => l.complaintId === r.complaintId).map((l) => l.advocateId),
  }));
}

/** The referral for this complaint, if it went to this provider. */
export async function findProviderReferral(
  db: Executor,
  authorityId: string,
  providerName: string,
  complaintId: string,
) {
  const [row] = await db
    .select({ id: advocacyReferrals.id, complaintId: advocacyReferrals.complaintId })
    .from(advocacyReferrals)
    .where(
      and(
        eq(advocacyReferrals.authorityId, authorityId),
        eq(advocacyReferrals.providerName, providerName),
        eq(advocacyReferrals.complaintId, complaintId),
      ),
    )
    .limit(1);
  return row;
}

/** Links a case to an advocate; linking it again changes nothing. */
export async function linkAdvocateCase(
  db: Executor,
  input: { authorityId: string; advocateId: string; complaintId: string; how: AdvocateCaseLink },
): Promise<void> {
  await db.insert(advocateCases).values(input).onConflictDoNothing();
}

/** The cases this advocate supports, newest first. */
export async function listAdvocateCases(
  db: Executor,
  authorityId: string,
  advocateId: string,
  limit = 100,
) {
  return db
    .select({
      complaintId: complaints.id,
      reference: complaints.reference,
      receivedOn: complaints.receivedOn,
      onBehalfOf: complaints.onBehalfOf,
      complainantName: complaints.complainantName,
      complainantType: complaints.complainantType,
      how: advocateCases.how,
    })
    .from(advocateCases)
    .innerJoin(complaints, eq(complaints.id, advocateCases.complaintId))
    .where(
      and(eq(advocateCases.authorityId, authorityId), eq(advocateCases.advocateId, advocateId)),
    )
    .orderBy(desc(complaints.receivedOn), desc(complaints.reference))
    .limit(limit);
}

/** Whether this advocate supports this case. */
export async function advocateSupportsCase(
  db: Executor,
  authorityId: string,
  advocateId: string,
  complaintId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: advocateCases.complaintId })
    .from(advocateCases)
    .where(
      and(
        eq(advocateCases.authorityId, authorityId),
        eq(advocateCases.advocateId, advocateId),
        eq(advocateCases.complaintId, complaintId),
      ),
    )
    .limit(1);
  return row !== undefined;
}
