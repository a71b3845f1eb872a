import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../client.js';
import { auditLog, staffUsers } from '../schema.js';

export async function recordAudit(
  db: Executor,
  entry: {
    authorityId?: string | null;
    staffId?: string | null;
    action: string;
    complaintId?: string | null;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    authorityId: entry.authorityId ?? null,
    staffId: entry.staffId ?? null,
    action: entry.action,
    complaintId: entry.complaintId ?? null,
    detail: entry.detail ?? {},
  });
}

/** The audit trail of an authority, newest first, optionally for one complaint. */
export function listAudit(
  db: Executor,
  authorityId: string,
  options: { complaintId?: string; limit: number; offset: number },
) {
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      at: auditLog.at,
      complaintId: auditLog.complaintId,
      detail: auditLog.detail,
      staffName: staffUsers.name,
    })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.staffId))
    .where(
      and(
        eq(auditLog.authorityId, authorityId),
        options.complaintId ? eq(auditLog.complaintId, options.complaintId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(options.limit)
    .offset(options.offset);
}
