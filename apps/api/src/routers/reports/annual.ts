import { reportTables } from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { reportFor, reportYearSchema } from './shared.js';

/** The annual report of a financial year (the JSON contract) with its tables, as every format shows them. */
export const annual = authorityProcedure(abilities.readReports)
  .input(z.object({ year: reportYearSchema }))
  .query(async ({ ctx, input }) => {
    const report = await reportFor(ctx.db, ctx.authorityId, input.year, ctx.now());
    return { report, tables: reportTables(report) };
  });
