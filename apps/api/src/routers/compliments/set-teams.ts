import { findCompliment, setComplimentTeams } from '@heard/db';
import { complimentTeamsSchema } from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { inOneAction, recordNotFound, requestIdSchema } from '../records/shared.js';

/**
 * Places a compliment against the teams it praises: one sent online names a team only in the
 * sender's words, and is counted by team once staff have chosen (Dudley 2022-23 section 4).
 */
export const setTeams = authorityProcedure(abilities.logRecords)
  .input(requestIdSchema.extend({ complimentId: z.uuid() }).and(complimentTeamsSchema))
  .mutation(async ({ ctx, input }) => {
    const compliment = await findCompliment(ctx.db, ctx.authorityId, input.complimentId);
    if (!compliment) throw recordNotFound('compliment');
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: 'compliment.teams_set', recordId: compliment.id },
      async (tx) => {
        await setComplimentTeams(tx, {
          authorityId: ctx.authorityId,
          id: compliment.id,
          teams: input.teams,
        });
        return { teams: input.teams.length };
      },
    );
  });
