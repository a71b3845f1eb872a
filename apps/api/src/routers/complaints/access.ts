/** Finding a complaint for the caller: in their authority, and assigned to them if they are external. */
import {
  findAuthorityById,
  findComplaintById,
  isAssigned,
  type Authority,
  type Complaint,
  type Database,
  type StaffRole,
} from '@heard/db';
import { isoDateInLondon } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { abilities, holdsAny } from '../../permissions.js';

export const notFound = () =>
  new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that complaint.' });

export interface CaseScope {
  db: Database;
  authorityId: string;
  roles: StaffRole[];
  session: { staff: { id: string } };
  now: () => Date;
}

/**
 * The complaint and its authority, if the caller may see it. A complaint of another authority
 * is "not found", never "forbidden", so its existence does not leak.
 */
export async function caseForCaller(
  ctx: CaseScope,
  complaintId: string,
): Promise<{ authority: Authority; complaint: Complaint; today: string }> {
  const [authority, complaint] = await Promise.all([
    findAuthorityById(ctx.db, ctx.authorityId),
    findComplaintById(ctx.db, ctx.authorityId, complaintId),
  ]);
  if (!authority || !complaint) throw notFound();
  if (
    !holdsAny(ctx.roles, abilities.readAllCases) &&
    !(await isAssigned(ctx.db, complaint.id, ctx.session.staff.id))
  ) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You are not assigned to this complaint.' });
  }
  return { authority, complaint, today: isoDateInLondon(ctx.now()) };
}

/** Sunday of the week `today` falls in: the end of "due this week". */
export function endOfWeek(today: string): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + ((7 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
}
