import { findComment, updateComment } from '@heard/db';
import { commentStepRefusal, commentStepSchema } from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import {
  authorityOf,
  inOneAction,
  recordNotFound,
  recordRefusal,
  requestIdSchema,
} from '../records/shared.js';

/**
 * Records that a comment was acknowledged, forwarded to a team manager, or answered (Dudley 2022-23
 * section 12). The comment is locked while the step is checked and saved, so two people acting
 * at once are taken in turn.
 */
export const recordStep = authorityProcedure(abilities.logRecords)
  .input(requestIdSchema.extend({ commentId: z.uuid() }).and(commentStepSchema))
  .mutation(async ({ ctx, input }) => {
    const { today } = await authorityOf(ctx);
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: `comment.${input.type}`, recordId: input.commentId },
      async (tx) => {
        const comment = await findComment(tx, ctx.authorityId, input.commentId, {
          forUpdate: true,
        });
        if (!comment) throw recordNotFound('comment');
        const refused = commentStepRefusal(comment, input, today);
        if (refused) throw recordRefusal(refused, 'on');
        switch (input.type) {
          case 'acknowledged':
            await updateComment(tx, ctx.authorityId, comment.id, { acknowledgedOn: input.on });
            break;
          case 'forwarded':
            await updateComment(tx, ctx.authorityId, comment.id, {
              forwardedOn: input.on,
              forwardedTo: input.forwardedTo,
            });
            break;
          case 'answered':
            await updateComment(tx, ctx.authorityId, comment.id, {
              answeredOn: input.on,
              answerSummary: input.answerSummary,
            });
            break;
        }
      },
    );
  });
