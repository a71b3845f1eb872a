import { recordAudit, saveContextFigures } from '@heard/db';
import { contextFiguresInputSchema } from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { reportYearSchema } from './shared.js';

/** Records a year's context figures, replacing those recorded before; a blank clears one. */
export const saveContext = authorityProcedure(abilities.recordReportContext)
  .input(z.object({ year: reportYearSchema, figures: contextFiguresInputSchema }))
  .mutation(async ({ ctx, input }) => {
    const saved = await ctx.db.transaction(async (tx) => {
      const record = await saveContextFigures(tx, {
        authorityId: ctx.authorityId,
        year: input.year,
        figures: input.figures,
        staffId: ctx.session.staff.id,
      });
      await recordAudit(tx, {
        authorityId: ctx.authorityId,
        staffId: ctx.session.staff.id,
        action: 'report.context_saved',
        detail: { year: input.year, figures: input.figures },
      });
      return record;
    });
    return {
      year: saved.year,
      figures: saved.figures,
      updatedAt: saved.updatedAt.toISOString(),
    };
  });
