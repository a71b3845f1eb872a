import { and, eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { caseAssignments, staffUsers, type StaffRole } from '../schema.js';

export async function assignToCase(
  db: Executor,
  input: { authorityId: string; complaintId: string; staffId: string; role: StaffRole },
): Promise<void> {
  await db.insert(caseAssignments).values(input).onConflictDoNothing();
}

export async function isAssigned(
  db: Executor,
  complaintId: string,
  staffId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ role: caseAssignments.role })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.complaintId, complaintId), eq(caseAssignments.staffId, staffId)))
    .limit(1);
  return row !== undefined;
}

export function listAssignments(db: Executor, complaintId: string) {
  return db
    .select({
      staffId: caseAssignments.staffId,
      role: caseAssignments.role,
      name: staffUsers.name,
      assignedAt: caseAssignments.assignedAt,
    })
    .from(caseAssignments)
    .innerJoin(staffUsers, eq(staffUsers.id, caseAssignments.staffId))
    .where(eq(caseAssignments.complaintId, complaintId));
}
