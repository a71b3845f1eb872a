import { insertCompliment } from '@heard/db';
import { complimentCreateSchema } from '@heard/domain';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf, inOneAction, notInFuture, requestIdSchema } from '../records/shared.js';

/** Logs a compliment passed on by staff, against the teams it praises (Dudley 2022-23 section 4). */
export const create = authorityProcedure(abilities.logRecords)
  .input(requestIdSchema.and(complimentCreateSchema))
  .mutation(async ({ ctx, input }) => {
    const { today } = await authorityOf(ctx);
    notInFuture(input.receivedOn, today, 'receivedOn');
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: 'compliment.logged' },
      async (tx, id) => {
        await insertCompliment(tx, {
          id,
          authorityId: ctx.authorityId,
          receivedOn: input.receivedOn,
          fromType: input.fromType,
          teams: input.teams,
          words: input.words,
          source: 'staff',
          loggedBy: ctx.session.staff.id,
        });
        return { teams: input.teams.length };
      },
    );
  });
