import { findAuthorityById, insertChildren, recordAudit, recordNewComplaint } from '@heard/db';
import { intakeSchema, isoDateInLondon, type CaseEvent } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { retryOnUniqueViolation, refusal } from '../../errors.js';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';

/** Logs a complaint that arrived by letter, email, telephone, in person or through an app. */
export const create = authorityProcedure(abilities.logComplaint)
  .input(intakeSchema.extend({ requestId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const today = isoDateInLondon(ctx.now());
    if (input.receivedOn > today) {
      throw refusal(
        'event_after_today',
        'The date received cannot be in the future.',
        'BAD_REQUEST',
      );
    }
    const authority = await findAuthorityById(ctx.db, ctx.authorityId);
    if (!authority) throw new TRPCError({ code: 'NOT_FOUND', message: 'Unknown authority.' });
    const received: CaseEvent = {
      type: 'received',
      on: input.receivedOn,
      procedure: input.procedure,
      channel: input.receivedVia,
      ...(input.matterOccurredOn ? { matterOccurredOn: input.matterOccurredOn } : {}),
    };
    const record = () =>
      ctx.db.transaction(async (tx) => {
        const result = await recordNewComplaint(
          tx,
          authority,
          {
            trackingCodeHash: null,
            idempotencyKey: input.requestId,
            receivedOn: input.receivedOn,
            receivedVia: input.receivedVia,
            complainantType: input.complainantType,
            complainantRelationship: input.complainantRelationship,
            complainantName: input.complainantName ?? null,
            contactEmail: input.contactEmail ?? null,
            contactPhone: input.contactPhone ?? null,
            onBehalfOf: input.onBehalfOf ?? null,
            consentRecorded: input.consentRecorded,
            subject: input.subject,
            serviceArea: input.serviceArea ?? null,
            team: input.team ?? null,
            principalIssue: input.principalIssue ?? null,
            otherIssues: input.otherIssues,
            categoryOfSupport:
              input.children.find((c) => c.categoryOfSupport)?.categoryOfSupport ?? null,
            whatHappened: input.whatHappened,
            desiredOutcome: input.desiredOutcome ?? null,
            triageReason: input.procedureReason,
          },
          [received],
          { today, recordedBy: ctx.session.staff.id },
        );
        if (result.created) {
          await insertChildren(tx, result.complaint, input.children);
          await recordAudit(tx, {
            authorityId: ctx.authorityId,
            staffId: ctx.session.staff.id,
            action: 'complaint.logged',
            complaintId: result.complaint.id,
            detail: { channel: input.receivedVia, procedure: input.procedure },
          });
        }
        return result.complaint;
      });
    const complaint = await retryOnUniqueViolation(record);
    return { id: complaint.id, reference: complaint.reference };
  });
