/**
 * What the public portal calls, server to server. A complaint is followed with its reference and
 * the private tracking code given when it was made, or after signing in by a one-time email link
 * (portal-session.ts, docs/decisions/0011). One file per procedure; what they share is in
 * shared.ts.
 */
import { findComplimentByIdempotencyKey, insertCompliment, listAuthorities } from '@heard/db';
import { isoDateInLondon, portalComplimentSchema } from '@heard/domain';
import { z } from 'zod';
import { retryOnUniqueViolation } from '../../errors.js';
import { portalProcedure, router } from '../../trpc.js';
import { advocacyReferrals } from './advocacy-referrals.js';
import {
  advocateCases,
  advocateProfile,
  advocateReferrals,
  referCase,
  supportReferral,
} from './advocates.js';
import { letter } from './letter.js';
import { requestNextStage } from './request-next-stage.js';
import { deleteDraft, resumeDraft } from './resume-draft.js';
import { emailDraftCode, saveDraft } from './save-draft.js';
import { limitVisitor } from './limits.js';
import { authorityCodeSchema, requireAuthority } from './shared.js';
import { submitComment } from './submit-comment.js';
import { extendSession, portalSession, requestSignInLink, signIn, signOut } from './sign-in.js';
import { myComplaint, myComplaints, myLetter, myNextStage } from './signed-in-cases.js';
import { submitComplaint } from './submit-complaint.js';
import { track } from './track.js';

export const portalRouter = router({
  authorities: portalProcedure.query(async ({ ctx }) =>
    (await listAuthorities(ctx.db)).map((a) => ({ code: a.code, name: a.name })),
  ),

  submitComplaint,

  /**
   * A compliment sent online. It waits for staff to place it against teams and, before its words
   * can appear in a report, to approve them with names replaced. Sending the same one twice (the
   * same key) keeps one.
   */
  submitCompliment: portalProcedure
    .input(
      portalComplimentSchema.extend({
        authorityCode: authorityCodeSchema,
        idempotencyKey: z.uuid(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await limitVisitor(ctx, ['sendsPerAddress']);
      const authority = await requireAuthority(ctx.db, input.authorityCode);
      const record = async () => {
        const existing = await findComplimentByIdempotencyKey(
          ctx.db,
          authority.id,
          input.idempotencyKey,
        );
        if (existing) return;
        await insertCompliment(ctx.db, {
          authorityId: authority.id,
          receivedOn: isoDateInLondon(ctx.now()),
          fromType: input.fromType,
          teams: [],
          teamHint: input.teamHint ?? null,
          words: input.words,
          source: 'portal',
          idempotencyKey: input.idempotencyKey,
          loggedBy: null,
        });
        ctx.log.info(
          { authority: authority.code, event: 'compliment.submitted' },
          'compliment submitted',
        );
      };
      // The same submission arriving twice at once: the unique key keeps the first.
      await retryOnUniqueViolation(record);
      return { received: true as const };
    }),

  submitComment,

  track,

  requestNextStage,

  letter,

  advocacyReferrals,

  saveDraft,

  emailDraftCode,

  resumeDraft,

  deleteDraft,

  // Signing in by a one-time email link (docs/decisions/0011).
  requestSignInLink,
  signIn,
  session: portalSession,
  extendSession,
  signOut,
  myComplaints,
  myComplaint,
  myLetter,
  myNextStage,
  advocateProfile,
  advocateReferrals,
  supportReferral,
  advocateCases,
  referCase,
});
