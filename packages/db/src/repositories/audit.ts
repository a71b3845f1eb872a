import type { Executor } from '../client.js';
import { auditLog } from '../schema.js';

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
