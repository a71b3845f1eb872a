/** The staff the portal's records are given to when nobody on the team logged them. */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../client.js';
import { staffMemberships, staffUsers } from '../../schema.js';

/**
 * Who chases a comment sent online: the council's complaints manager (the statutory Complaints
 * Manager owns the procedure, Wandsworth 2021-22 §4.1), or a complaints officer when it has none. Disabled
 * accounts are passed over. The same person each time: the one whose account is oldest.
 */
export async function findPortalRecordOwner(
  db: Executor,
  authorityId: string,
): Promise<{ id: string } | undefined> {
  for (const role of ['complaints_manager', 'complaints_officer'] as const) {
    const [row] = await db
      .select({ id: staffUsers.id })
      .from(staffMemberships)
      .innerJoin(staffUsers, eq(staffUsers.id, staffMemberships.staffId))
      .where(
        and(
          eq(staffMemberships.authorityId, authorityId),
          eq(staffMemberships.role, role),
          isNull(staffUsers.disabledAt),
        ),
      )
      .orderBy(asc(staffUsers.createdAt), asc(staffUsers.id))
      .limit(1);
    if (row) return row;
  }
  return undefined;
}
