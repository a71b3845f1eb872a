import { insertComment } from '@heard/db';
import { commentCreateSchema } from '@heard/domain';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf, inOneAction, notInFuture, requestIdSchema } from '../records/shared.js';

/** Records a comment; whoever records it chases the answer (Dudley 2022-23 section 12). */
export const create = authorityProcedure(abilities.logRecords)
  .input(requestIdSchema.and(commentCreateSchema))
  .mutation(async ({ ctx, input }) => {
    const { today } = await authorityOf(ctx);
    notInFuture(input.receivedOn, today, 'receivedOn');
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: 'comment.logged' },
      async (tx, id) => {
        await insertComment(tx, {
          id,
          authorityId: ctx.authorityId,
          receivedOn: input.receivedOn,
          receivedVia: input.receivedVia,
          fromType: input.fromType,
          fromName: input.fromName ?? null,
          summary: input.summary,
          team: input.team ?? null,
          responsibleStaffId: ctx.session.staff.id,
        });
      },
    );
  });
