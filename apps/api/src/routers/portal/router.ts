/**
 * What the public portal calls, server to server. Nobody signs in here: a complaint is followed
 * with its reference and the private tracking code given when it was made.
 */
import {
  evaluateStoredCase,
  isOutstanding,
  findAuthorityByCode,
  findComplaintByReference,
  listAuthorities,
  listEvents,
  recordNewComplaint,
  type Authority,
  type Database,
} from '@heard/db';
import {
  complaintSubmissionSchema,
  explainForComplainant,
  formatLongDate,
  isoDateInLondon,
  trackingLookupSchema,
} from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { hashTrackingCode, newTrackingCode, sameHash } from '../../auth/tokens.js';
import { publicProcedure, router } from '../../trpc.js';
import { isUniqueViolation } from '../../errors.js';

/** The stages in the words young people use (domain brief, "Words young people use"). */
const stageNames = {
  1: 'Stage 1: we look at what is wrong',
  2: 'Stage 2: someone new looks at it',
  3: 'Stage 3: a panel listens',
} as const;

const authorityCodeSchema = z.string().trim().toUpperCase().min(1).max(20);

async function requireAuthority(db: Database, code: string): Promise<Authority> {
  const authority = await findAuthorityByCode(db, code);
  if (!authority) throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that council.' });
  return authority;
}

/** One answer for an unknown reference and a wrong code, so neither can be told apart. */
const notFound = () =>
  new TRPCError({
    code: 'NOT_FOUND',
    message: 'We could not find a complaint with that reference and tracking code. Check them and try again.',
  });

export const portalRouter = router({
  authorities: publicProcedure.query(async ({ ctx }) =>
    (await listAuthorities(ctx.db)).map((a) => ({ code: a.code, name: a.name })),
  ),

  submitComplaint: publicProcedure
    .input(
      complaintSubmissionSchema.extend({
        authorityCode: authorityCodeSchema,
        idempotencyKey: z.uuid(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const authority = await requireAuthority(ctx.db, input.authorityCode);
      const today = isoDateInLondon(ctx.now());
      const trackingCode = newTrackingCode();
      const record = () =>
        ctx.db.transaction((tx) =>
          recordNewComplaint(
            tx,
            authority,
            {
              trackingCodeHash: hashTrackingCode(trackingCode),
              idempotencyKey: input.idempotencyKey,
              receivedOn: today,
              receivedVia: 'online',
              complainantType: input.complainantType,
              complainantName: input.contactName ?? null,
              contactEmail: input.contactEmail ?? null,
              contactPhone: input.contactPhone ?? null,
              whatHappened: input.whatHappened,
              desiredOutcome: input.desiredOutcome ?? null,
            },
            // A complaint about a child's social care starts on the statutory procedure (Children
            // Act 1989 s.26(3)); the complaints team confirms or changes that at triage.
            [{ type: 'received', on: today, procedure: 'statutory', channel: 'online' }],
            { today, recordedBy: null },
          ),
        );
      let result;
      try {
        result = await record();
      } catch (error) {
        // The same submission arriving twice at once: the second finds the first's complaint.
        if (!isUniqueViolation(error)) throw error;
        result = await record();
      }
      if (!result.created) {
        throw new TRPCError({
          code: 'CONFLICT',
          message: 'We already have this complaint. Use the reference and tracking code we gave you.',
        });
      }
      ctx.log.info({ authority: authority.code, event: 'complaint.submitted' }, 'complaint submitted');
      const reply = result.evaluation.deadlines.find(
        (d) => d.id === 'stage1_response' && d.status === 'pending',
      );
      return {
        reference: result.complaint.reference,
        trackingCode,
        replyBy: reply?.dueOn ?? null,
        replyByText: reply?.dueOn ? formatLongDate(reply.dueOn) : null,
      };
    }),

  track: publicProcedure
    .input(trackingLookupSchema.extend({ authorityCode: authorityCodeSchema }))
    .query(async ({ ctx, input }) => {
      const authority = await requireAuthority(ctx.db, input.authorityCode);
      const complaint = await findComplaintByReference(ctx.db, authority.id, input.reference);
      const presented = hashTrackingCode(input.trackingCode);
      if (!complaint?.trackingCodeHash || !sameHash(complaint.trackingCodeHash, presented)) {
        throw notFound();
      }
      const today = isoDateInLondon(ctx.now());
      const evaluation = evaluateStoredCase(authority, await listEvents(ctx.db, complaint.id), today);
      const audience = complaint.complainantType === 'parent_carer' ? 'parent_carer' : 'young_person';
      const words = explainForComplainant(evaluation, audience);
      const next = evaluation.deadlines.find((d) => !d.advisory && isOutstanding(d) && d.dueOn);
      return {
        reference: complaint.reference,
        receivedOn: complaint.receivedOn,
        stage: evaluation.stage,
        stageName: stageNames[evaluation.stage],
        status: words.label,
        lines: words.lines,
        nextStep: words.nextStep,
        nextDate: next?.dueOn ?? null,
        nextDateText: next?.dueOn ? formatLongDate(next.dueOn) : null,
      };
    }),
});
