import { findComplaintByReference, insertOmbudsmanCase } from '@heard/db';
import { ombudsmanCaseCreateSchema, RECORD_REFUSAL_MESSAGES } from '@heard/domain';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import {
  authorityOf,
  fieldError,
  inOneAction,
  notInFuture,
  requestIdSchema,
} from '../records/shared.js';

/** Opens an Ombudsman case, linked to the council's complaint when there is one (Wandsworth 2021-22 §15.2). */
export const create = authorityProcedure(abilities.logRecords)
  .input(requestIdSchema.and(ombudsmanCaseCreateSchema))
  .mutation(async ({ ctx, input }) => {
    const { today } = await authorityOf(ctx);
    notInFuture(input.receivedOn, today, 'receivedOn');
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
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: 'ombudsman.case_opened' },
      async (tx, id) => {
        await insertOmbudsmanCase(tx, {
          id,
          authorityId: ctx.authorityId,
          lgscoReference: input.lgscoReference ?? null,
          complaintId,
          receivedOn: input.receivedOn,
          area: input.area,
          summary: input.summary,
          responsibleStaffId: ctx.session.staff.id,
        });
      },
    );
  });
