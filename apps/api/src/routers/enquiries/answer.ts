import { answerEnquiry as saveAnswer, findEnquiry } from '@heard/db';
import { datedStepRefusal, enquiryAnswerSchema, RECORD_REFUSAL_MESSAGES } from '@heard/domain';
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
import { refusal } from '../../errors.js';

/** Records the answer to an enquiry, once. */
export const answer = authorityProcedure(abilities.logRecords)
  .input(requestIdSchema.extend({ enquiryId: z.uuid() }).and(enquiryAnswerSchema))
  .mutation(async ({ ctx, input }) => {
    const { today } = await authorityOf(ctx);
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: 'enquiry.answered', recordId: input.enquiryId },
      async (tx) => {
        const enquiry = await findEnquiry(tx, ctx.authorityId, input.enquiryId, {
          forUpdate: true,
        });
        if (!enquiry) throw recordNotFound('enquiry');
        if (enquiry.answeredOn !== null) {
          throw refusal('already_answered', RECORD_REFUSAL_MESSAGES.already_answered);
        }
        const refused = datedStepRefusal(enquiry.receivedOn, input.answeredOn, today);
        if (refused) throw recordRefusal(refused, 'answeredOn');
        await saveAnswer(tx, {
          authorityId: ctx.authorityId,
          id: enquiry.id,
          answeredOn: input.answeredOn,
          answerSummary: input.answerSummary,
        });
      },
    );
  });
