/**
 * A comment sent online: something someone wants the council to know, without making a complaint.
 * It is recorded like a comment the team logs (Dudley 2022-23 section 12), given to the council's
 * complaints manager to chase, and answered within the council's timescale for comments. The
 * form's idempotency key is claimed in the same transaction, so sending it twice records one.
 */
import {
  calendarFor,
  claimRequest,
  findPortalRecordOwner,
  insertComment,
  recordAudit,
} from '@heard/db';
import {
  commentCreateSchema,
  complaintSubmissionSchema,
  formatLongDate,
  isoDateInLondon,
  recordTimescalesFor,
  responseDueOn,
} from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { portalProcedure } from '../../trpc.js';
import { limitVisitor } from './limits.js';
import { authorityCodeSchema, requireAuthority } from './shared.js';

/** Who sent it, as the portal asks: the young person, a parent or carer, or someone helping. */
export const portalCommentFromTypes = ['young_person', 'parent_carer', 'professional'] as const;

export const submitCommentInput = commentCreateSchema
  .pick({ summary: true, team: true })
  .extend(
    complaintSubmissionSchema.pick({ contactName: true, contactEmail: true, contactPhone: true })
      .shape,
  )
  .extend({
    authorityCode: authorityCodeSchema,
    idempotencyKey: z.uuid(),
    fromType: z.enum(portalCommentFromTypes),
    /** Someone helping a young person says the young person agreed. */
    consentGiven: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.fromType === 'professional' && value.consentGiven !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['consentGiven'],
        message: 'Tick the box to say the young person agreed',
      });
    }
  });

/**
 * How to reply, kept with the words: a comment has a name but no contact columns, and the team
 * reads both together, as they would in a letter.
 */
export function summaryWithReply(input: {
  summary: string;
  contactEmail?: string | undefined;
  contactPhone?: string | undefined;
}): string {
  const reply = [
    input.contactEmail === undefined ? null : `Email: ${input.contactEmail}`,
    input.contactPhone === undefined ? null : `Phone: ${input.contactPhone}`,
  ].filter((line) => line !== null);
  return reply.length === 0
    ? input.summary
    : `${input.summary}\n\nHow to reply:\n${reply.join('\n')}`;
}

export const submitComment = portalProcedure
  .input(submitCommentInput)
  .mutation(async ({ ctx, input }) => {
    await limitVisitor(ctx, ['sendsPerAddress']);
    const authority = await requireAuthority(ctx.db, input.authorityCode);
    const today = isoDateInLondon(ctx.now());
    const owner = await findPortalRecordOwner(ctx.db, authority.id);
    if (!owner) {
      // A council with nobody to answer comments cannot take them yet.
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'Comments are not open yet.' });
    }
    const dueOn = responseDueOn(
      today,
      recordTimescalesFor(authority.settings).commentResponse,
      calendarFor(authority),
    );
    const created = await ctx.db.transaction(async (tx) => {
      const claim = await claimRequest(tx, {
        authorityId: authority.id,
        requestId: input.idempotencyKey,
        action: 'comment.sent_online',
      });
      if (claim.duplicate) return false;
      await insertComment(tx, {
        id: claim.recordId,
        authorityId: authority.id,
        receivedOn: today,
        receivedVia: 'online',
        fromType: input.fromType,
        fromName: input.contactName ?? null,
        summary: summaryWithReply(input),
        team: input.team ?? null,
        responsibleStaffId: owner.id,
      });
      await recordAudit(tx, {
        authorityId: authority.id,
        staffId: null,
        action: 'comment.sent_online',
        detail: { recordId: claim.recordId },
      });
      return true;
    });
    if (created) {
      ctx.log.info({ authority: authority.code, event: 'comment.submitted' }, 'comment submitted');
    }
    // Without a way to reply there is no reply to wait for.
    const canReply = input.contactEmail !== undefined || input.contactPhone !== undefined;
    return {
      received: true as const,
      replyBy: canReply ? dueOn : null,
      replyByText: canReply ? formatLongDate(dueOn) : null,
    };
  });
