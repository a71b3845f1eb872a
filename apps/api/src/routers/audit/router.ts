import { listAudit } from '@heard/db';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure, router } from '../../trpc.js';

export const auditRouter = router({
  /** Who did or saw what. Read-only: nothing in the application can change it. */
  list: authorityProcedure(abilities.readAudit)
    .input(
      z.object({
        complaintId: z.uuid().optional(),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .query(async ({ ctx, input }) => {
      const rows = await listAudit(ctx.db, ctx.authorityId, {
        limit: input.limit,
        offset: input.offset,
        ...(input.complaintId ? { complaintId: input.complaintId } : {}),
      });
      return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
    }),
});
