import { approveCompliment, findCompliment } from '@heard/db';
import { complimentApprovalSchema } from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { inOneAction, recordNotFound, requestIdSchema } from '../records/shared.js';

/**
 * Approves a compliment's words for publication with names replaced by "XX" (Dudley 2022-23 section
 * 5). The words as received are kept; only the approved words may appear in a report. Approving
 * again replaces the approved words.
 */
export const approve = authorityProcedure(abilities.approveCompliments)
  .input(requestIdSchema.extend({ complimentId: z.uuid() }).and(complimentApprovalSchema))
  .mutation(async ({ ctx, input }) => {
    const compliment = await findCompliment(ctx.db, ctx.authorityId, input.complimentId);
    if (!compliment) throw recordNotFound('compliment');
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: 'compliment.approved', recordId: compliment.id },
      async (tx) => {
        await approveCompliment(tx, {
          authorityId: ctx.authorityId,
          id: compliment.id,
          approvedWords: input.redactedWords,
          markedNames: input.markedNames,
          approvedBy: ctx.session.staff.id,
          at: ctx.now(),
        });
      },
    );
  });
