import { insertEnquiry } from '@heard/db';
import { enquiryCreateSchema } from '@heard/domain';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf, inOneAction, notInFuture, requestIdSchema } from '../records/shared.js';

/** Logs an enquiry, or a member enquiry from an MP or councillor (Wandsworth 2021-22 §6.9). */
export const create = authorityProcedure(abilities.logRecords)
  .input(requestIdSchema.and(enquiryCreateSchema))
  .mutation(async ({ ctx, input }) => {
    const { today } = await authorityOf(ctx);
    notInFuture(input.receivedOn, today, 'receivedOn');
    return inOneAction(
      ctx,
      { requestId: input.requestId, action: `${input.kind}.logged` },
      async (tx, id) => {
        await insertEnquiry(tx, {
          id,
          authorityId: ctx.authorityId,
          kind: input.kind,
          receivedOn: input.receivedOn,
          receivedVia: input.receivedVia,
          fromName: input.fromName ?? null,
          memberRole: input.kind === 'member_enquiry' ? (input.memberRole ?? null) : null,
          onBehalfOf: input.onBehalfOf ?? null,
          summary: input.summary,
          team: input.team ?? null,
          responsibleStaffId: ctx.session.staff.id,
        });
      },
    );
  });
