import { findLearningAction, setLearningStatus } from '@heard/db';
import { learningStatusChangeSchema, RECORD_REFUSAL_MESSAGES } from '@heard/domain';
import { z } from 'zod';
import { refusal } from '../../errors.js';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import {
  authorityOf,
  inOneAction,
  notInFuture,
  recordNotFound,
  requestIdSchema,
} from '../records/shared.js';

/** Marks a learning action done (with the date), cancelled (with why), or open again. */
export const setStatus = authorityProcedure(abilities.updateLearning)
  .input(requestIdSchema.extend({ actionId: z.uuid() }).and(learningStatusChangeSchema))
  .mutation(async ({ ctx, input }) => {
    const { today } = await authorityOf(ctx);
    if (input.status !== 'open') notInFuture(input.on, today, 'on');
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: `learning.${input.status}`, recordId: input.actionId },
      async (tx) => {
        const action = await findLearningAction(tx, ctx.authorityId, input.actionId, {
          forUpdate: true,
        });
        if (!action) throw recordNotFound('learning action');
        if (action.status === input.status) {
          throw refusal(
            'action_already_in_status',
            RECORD_REFUSAL_MESSAGES.action_already_in_status,
          );
        }
        await setLearningStatus(tx, ctx.authorityId, action.id, {
          status: input.status,
          doneOn: input.status === 'done' ? input.on : null,
          cancelledOn: input.status === 'cancelled' ? input.on : null,
          cancelledReason: input.status === 'cancelled' ? input.reason : null,
        });
      },
    );
  });
