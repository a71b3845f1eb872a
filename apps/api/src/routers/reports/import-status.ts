import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { importJobs } from '../../imports.js';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';

/**
 * How far an import started by the caller has got: its phase, rows done of rows in the file, and
 * at the end what was imported or every bad row. Another member of staff's job is not found.
 */
export const importStatus = authorityProcedure(abilities.importCases)
  .input(z.object({ jobId: z.string().min(1).max(64) }))
  .query(({ ctx, input }) => {
    const status = importJobs.status(input.jobId, ctx.session.staff.id, ctx.authorityId);
    if (!status) throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no such import.' });
    return status;
  });
