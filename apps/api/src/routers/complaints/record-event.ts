import { recordAudit, recordCaseEvent } from '@heard/db';
import { caseEventSchema, refusalMessage, WARNING_MESSAGES } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { refusal } from '../../errors.js';
import { eventAbilities, holdsAny } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { caseForCaller, notFound } from './access.js';

/**
 * Records one step of the procedure (an extension, a response, an escalation, a panel...). The
 * procedure engine decides whether it is allowed now; a refusal comes back as a reason code.
 */
export const recordEvent = authorityProcedure([...new Set(Object.values(eventAbilities).flat())])
  .input(z.object({ complaintId: z.uuid(), requestId: z.uuid(), event: caseEventSchema }))
  .mutation(async ({ ctx, input }) => {
    if (!holdsAny(ctx.roles, eventAbilities[input.event.type])) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role cannot record this step.' });
    }
    const { authority, complaint, today } = await caseForCaller(ctx, input.complaintId);
    const result = await ctx.db.transaction(async (tx) => {
      const outcome = await recordCaseEvent(tx, authority, complaint.id, input.event, {
        today,
        recordedBy: ctx.session.staff.id,
        requestId: input.requestId,
      });
      if (outcome.ok && !outcome.duplicate) {
        await recordAudit(tx, {
          authorityId: ctx.authorityId,
          staffId: ctx.session.staff.id,
          action: `complaint.event.${input.event.type}`,
          complaintId: complaint.id,
        });
      }
      return outcome;
    });
    if (!result.ok) {
      if (result.reason === 'complaint_not_found') throw notFound();
      throw refusal(result.reason, refusalMessage(result.reason));
    }
    return {
      state: result.evaluation.state,
      duplicate: result.duplicate,
      warnings: result.warnings.map((code) => ({ code, message: WARNING_MESSAGES[code] })),
    };
  });
