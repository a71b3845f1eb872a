/**
 * The advocates' area (docs/decisions/0011): an advocate of the council's commissioned advocacy
 * provider (Wandsworth 2021-22 §3.2) sees the referrals sent to their provider, says they will support a
 * young person, refers a case for a young person who agreed (Wandsworth 2021-22 §4.6), and follows the cases
 * they support.
 */
import {
  findProviderReferral,
  linkAdvocateCase,
  listAdvocateCases,
  listReferralsForProvider,
  recordNewComplaint,
} from '@heard/db';
import { advocateReferralSchema, formatLongDate, isoDateInLondon } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { hashTrackingCode, newTrackingCode } from '../../auth/tokens.js';
import { retryOnUniqueViolation } from '../../errors.js';
import { advocateProcedure } from './portal-session.js';

/**
 * A young person's name as an advocate's list shows it: the first name and the other names'
 * initials ("Alex Smith" as "Alex S."), enough to tell cases apart and no more.
 */
export function shortName(name: string | null): string | null {
  if (name === null) return null;
  const [first, ...rest] = name.trim().split(/\s+/);
  if (first === undefined || first === '') return null;
  const initials = rest.map((part) => `${part.charAt(0).toUpperCase()}.`).join(' ');
  return initials === '' ? first : `${first} ${initials}`;
}

/** The young person's name on a case: the one complained for, or the young person complaining. */
function youngPersonOf(row: {
  onBehalfOf: string | null;
  complainantName: string | null;
  complainantType?: string;
}): string | null {
  if (row.onBehalfOf !== null) return shortName(row.onBehalfOf);
  return row.complainantType === 'young_person' ? shortName(row.complainantName) : null;
}

/** Who the signed-in advocate is, for the pages and the referral form. */
export const advocateProfile = advocateProcedure.query(({ ctx }) => ({
  name: ctx.portal.advocate.name,
  email: ctx.portal.advocate.email,
  providerName: ctx.portal.advocate.providerName,
}));

/** The referrals sent to the advocate's provider, newest first. */
export const advocateReferrals = advocateProcedure.query(async ({ ctx }) => {
  const { authority, advocate } = ctx.portal;
  const rows = await listReferralsForProvider(ctx.db, authority.id, advocate.providerName);
  return rows.map((r) => ({
    complaintId: r.complaintId,
    reference: r.reference,
    youngPerson: youngPersonOf(r),
    referredOn: isoDateInLondon(r.createdAt),
    referredOnText: formatLongDate(isoDateInLondon(r.createdAt)),
    status: r.supportedBy.includes(advocate.id)
      ? ('supported_by_you' as const)
      : r.supportedBy.length > 0
        ? ('supported' as const)
        : ('waiting' as const),
  }));
});

/** "I'll support this young person": the referral's case joins the advocate's cases. */
export const supportReferral = advocateProcedure
  .input(z.object({ complaintId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const { authority, advocate } = ctx.portal;
    const referral = await findProviderReferral(
      ctx.db,
      authority.id,
      advocate.providerName,
      input.complaintId,
    );
    if (!referral) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that referral.' });
    }
    await linkAdvocateCase(ctx.db, {
      authorityId: authority.id,
      advocateId: advocate.id,
      complaintId: referral.complaintId,
      how: 'referral',
    });
    ctx.log.info({ authority: authority.code, event: 'advocacy.referral_supported' }, 'supported');
    return { supported: true as const };
  });

/** "Cases I support": made by the advocate, or referrals they took up. */
export const advocateCases = advocateProcedure.query(async ({ ctx }) => {
  const { authority, advocate } = ctx.portal;
  const rows = await listAdvocateCases(ctx.db, authority.id, advocate.id);
  return rows.map((r) => ({
    reference: r.reference,
    youngPerson: youngPersonOf(r),
    receivedOn: r.receivedOn,
    receivedOnText: formatLongDate(r.receivedOn),
    how: r.how,
  }));
});

/**
 * "Refer a case": a complaint made by the advocate for a young person who agreed. The advocate's
 * name and email come from their account; the case is linked to them.
 */
export const referCase = advocateProcedure
  .input(advocateReferralSchema.extend({ idempotencyKey: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const { authority, advocate } = ctx.portal;
    const today = isoDateInLondon(ctx.now());
    const trackingCode = newTrackingCode();
    const record = () =>
      ctx.db.transaction(async (tx) => {
        const result = await recordNewComplaint(
          tx,
          authority,
          {
            trackingCodeHash: hashTrackingCode(trackingCode),
            idempotencyKey: input.idempotencyKey,
            receivedOn: today,
            receivedVia: 'online',
            complainantType: 'advocate',
            complainantName: advocate.name,
            contactEmail: advocate.email,
            contactPhone: advocate.phone,
            whatHappened: input.whatHappened,
            desiredOutcome: input.desiredOutcome ?? null,
            onBehalfOf: input.onBehalfOf,
            consentRecorded: true,
            // The young person has an advocate: the one making the complaint (Wandsworth 2021-22 §3.2).
            advocacyOffered: true,
            advocacyAccepted: true,
          },
          // As every complaint made online: statutory until the team triages it (s.26(3)).
          [{ type: 'received', on: today, procedure: 'statutory', channel: 'online' }],
          { today, recordedBy: null },
        );
        if (result.created) {
          await linkAdvocateCase(tx, {
            authorityId: authority.id,
            advocateId: advocate.id,
            complaintId: result.complaint.id,
            how: 'made',
          });
        }
        return result;
      });
    const result = await retryOnUniqueViolation(record);
    if (!result.created) {
      throw new TRPCError({
        code: 'CONFLICT',
        message: 'We already have this complaint. It is in your list of cases.',
      });
    }
    ctx.log.info({ authority: authority.code, event: 'complaint.submitted' }, 'case referred');
    const reply = result.evaluation.deadlines.find(
      (d) => d.id === 'stage1_response' && d.status === 'pending',
    );
    return {
      reference: result.complaint.reference,
      trackingCode,
      replyByText: reply?.dueOn ? formatLongDate(reply.dueOn) : null,
    };
  });
