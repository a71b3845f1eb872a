import { findComplaintByReference, findOmbudsmanCase, insertLearningAction } from '@heard/db';
import { learningActionCreateSchema, RECORD_REFUSAL_MESSAGES } from '@heard/domain';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { fieldError, inOneAction, recordNotFound, requestIdSchema } from '../records/shared.js';

/**
 * Raises a learning action from a complaint (usually one upheld or partly upheld, Dudley 2022-23
 * section 14) or an Ombudsman decision (Kingston 2017-18 section 6).
 */
export const create = authorityProcedure(abilities.raiseLearning)
  .input(requestIdSchema.and(learningActionCreateSchema))
  .mutation(async ({ ctx, input }) => {
    let complaintId: string | null = null;
    if (input.complaintReference !== undefined) {
      const complaint = await findComplaintByReference(
        ctx.db,
        ctx.authorityId,
        input.complaintReference.toUpperCase(),
      );
      if (!complaint)
        throw fieldError('complaintReference', RECORD_REFUSAL_MESSAGES.complaint_not_found);
      complaintId = complaint.id;
    }
    if (input.ombudsmanCaseId !== undefined) {
      const ombudsmanCase = await findOmbudsmanCase(ctx.db, ctx.authorityId, input.ombudsmanCaseId);
      if (!ombudsmanCase) throw recordNotFound('Ombudsman case');
    }
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: 'learning.raised' },
      async (tx, id) => {
        await insertLearningAction(tx, {
          id,
          authorityId: ctx.authorityId,
          complaintId,
          ombudsmanCaseId: input.ombudsmanCaseId ?? null,
          issue: input.issue,
          lesson: input.lesson,
          action: input.action,
          owningTeam: input.owningTeam,
          responsibleStaffId: ctx.session.staff.id,
          dueOn: input.dueOn,
        });
      },
    );
  });
