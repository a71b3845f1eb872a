/**
 * Advocacy referrals made from the public portal: a young person (or someone asking for them)
 * said yes to the offer of an advocate when they complained.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { advocacyReferrals, complaints } from '../../schema.js';

export type AdvocacyReferral = typeof advocacyReferrals.$inferSelect;
export type NewAdvocacyReferral = Omit<typeof advocacyReferrals.$inferInsert, 'id' | 'createdAt'>;

/** Records a referral; a complaint has at most one, so a second for the same one changes nothing. */
export async function insertAdvocacyReferral(
  db: Executor,
  input: NewAdvocacyReferral,
): Promise<AdvocacyReferral | undefined> {
  const [row] = await db.insert(advocacyReferrals).values(input).onConflictDoNothing().returning();
  return row;
}

export async function findAdvocacyReferralForComplaint(
  db: Executor,
  authorityId: string,
  complaintId: string,
): Promise<AdvocacyReferral | undefined> {
  const [row] = await db
    .select()
    .from(advocacyReferrals)
    .where(
      and(
        eq(advocacyReferrals.authorityId, authorityId),
        eq(advocacyReferrals.complaintId, complaintId),
      ),
    )
    .limit(1);
  return row;
}

/** An authority's referrals with their complaints' references, newest first. */
export async function listAdvocacyReferrals(
  db: Executor,
  authorityId: string,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 },
): Promise<(AdvocacyReferral & { reference: string })[]> {
  const rows = await db
    .select({ referral: advocacyReferrals, reference: complaints.reference })
    .from(advocacyReferrals)
    .innerJoin(complaints, eq(complaints.id, advocacyReferrals.complaintId))
    .where(eq(advocacyReferrals.authorityId, authorityId))
    .orderBy(desc(advocacyReferrals.createdAt), desc(advocacyReferrals.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((r) => ({ ...r.referral, reference: r.reference }));
}
