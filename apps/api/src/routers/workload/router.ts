import { countOverdueLearningActions, workloadCounts } from '@heard/db';
import { isoDateInLondon } from '@heard/domain';
import { abilities } from '../../permissions.js';
import { authorityProcedure, router } from '../../trpc.js';
import { endOfWeek } from '../complaints/access.js';
import { complaintFiltersSchema } from '../complaints/inbox.js';

export const workloadRouter = router({
  /** The counts behind each workload view, under the same filters as the lists. */
  summary: authorityProcedure(abilities.readWorkload)
    .input(complaintFiltersSchema.omit({ view: true }))
    .query(async ({ ctx, input }) => {
      const today = isoDateInLondon(ctx.now());
      const { authorityId: _authorityId, ...filters } = input;
      const counts = await workloadCounts(ctx.db, ctx.authorityId, {
        ...filters,
        today,
        weekEndsOn: endOfWeek(today),
      });
      // Learning actions past their due date are workload too (Dudley 2022-23 section 14).
      const learningOverdue = await countOverdueLearningActions(ctx.db, ctx.authorityId, today);
      return { today, weekEndsOn: endOfWeek(today), counts, learningOverdue };
    }),
});
