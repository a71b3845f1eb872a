/**
 * A complaint sent online. Someone helping a young person must say the young person agreed (seed
 * 000 4.6); every young person is offered an advocate (Wandsworth 2021-22 §3.2), and a yes becomes a referral
 * to the council's advocacy provider in the same transaction as the complaint.
 */
import {
  enqueueMessages,
  insertAdvocacyReferral,
  recordNewComplaint,
  replaceTrackingCode,
} from '@heard/db';
import {
  complaintSubmissionSchema,
  formatLongDate,
  isoDateInLondon,
  LIMITS,
  singleLineText,
} from '@heard/domain';
import { z } from 'zod';
import { hashTrackingCode, newTrackingCode } from '../../auth/tokens.js';
import { retryOnUniqueViolation } from '../../errors.js';
import { portalProcedure } from '../../trpc.js';
import { limitVisitor } from './limits.js';
import { authorityCodeSchema, requireAuthority } from './shared.js';

export const portalComplaintMessages = {
  consent: 'Tick the box to say the young person agreed',
} as const;

const blankAsUndefined = (v: string | undefined) => (v === '' ? undefined : v);

export const submitComplaintInput = complaintSubmissionSchema
  .extend({
    authorityCode: authorityCodeSchema,
    idempotencyKey: z.uuid(),
    /** Someone helping: the young person said they may complain for them. */
    consentGiven: z.boolean().optional(),
    /** Someone helping, or a parent: the young person's name. */
    onBehalfOf: singleLineText().max(LIMITS.nameMaxLength).optional().transform(blankAsUndefined),
    /** The answer to the offer of an advocate; left out when it was not asked. */
    advocateWanted: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.complainantType === 'advocate' && value.consentGiven !== true) {
      ctx.addIssue({
        code: 'custom',
        path: ['consentGiven'],
        message: portalComplaintMessages.consent,
      });
    }
  });

const askedBy = {
  young_person: 'the young person',
  parent_carer: 'a parent or carer, for their child',
  advocate: 'someone helping the young person, with their agreement',
  other: 'someone else',
} as const;

/**
 * The referral mail to the advocacy provider: who to contact and how, never what the complaint
 * says. The provider hears the young person's own words from them.
 */
export function referralMessage(
  authority: { id: string; name: string },
  reference: string,
  to: string,
  input: Pick<
    z.infer<typeof submitComplaintInput>,
    'complainantType' | 'onBehalfOf' | 'contactName' | 'contactEmail' | 'contactPhone'
  >,
) {
  const contact = [
    input.onBehalfOf === undefined ? null : `Young person: ${input.onBehalfOf}`,
    input.contactName === undefined ? null : `Name: ${input.contactName}`,
    input.contactEmail === undefined ? null : `Email: ${input.contactEmail}`,
    input.contactPhone === undefined ? null : `Phone: ${input.contactPhone}`,
  ].filter((line) => line !== null);
  return {
    authorityId: authority.id,
    dedupeKey: `advocacy.referral:${authority.id}:${reference}`,
    kind: 'advocacy.referral',
    recipientStaffId: null,
    toAddress: to,
    subject: `Advocacy referral: complaint ${reference} to ${authority.name}`,
    body: [
      `A young person has asked for an advocate, with a complaint made online to ${authority.name}.`,
      '',
      `Complaint reference: ${reference}`,
      `Asked by: ${askedBy[input.complainantType]}`,
      '',
      contact.length === 0
        ? 'They gave no contact details. The complaints team will put you in touch.'
        : `How to contact them:\n${contact.join('\n')}`,
    ].join('\n'),
  };
}

export const submitComplaint = portalProcedure
  .input(submitComplaintInput)
  .mutation(async ({ ctx, input }) => {
    await limitVisitor(ctx, ['sendsPerAddress']);
    const authority = await requireAuthority(ctx.db, input.authorityCode);
    const today = isoDateInLondon(ctx.now());
    const trackingCode = newTrackingCode();
    const provider = authority.settings.advocacyProvider;
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
            complainantType: input.complainantType,
            complainantName: input.contactName ?? null,
            contactEmail: input.contactEmail ?? null,
            contactPhone: input.contactPhone ?? null,
            whatHappened: input.whatHappened,
            desiredOutcome: input.desiredOutcome ?? null,
            onBehalfOf: input.onBehalfOf ?? null,
            consentRecorded: input.complainantType === 'advocate' && input.consentGiven === true,
            advocacyOffered: input.advocateWanted !== undefined,
            advocacyAccepted: input.advocateWanted ?? null,
          },
          // A complaint about a child's social care starts on the statutory procedure (Children
          // Act 1989 s.26(3)); the complaints team confirms or changes that at triage.
          [{ type: 'received', on: today, procedure: 'statutory', channel: 'online' }],
          { today, recordedBy: null },
        );
        if (result.created && input.advocateWanted === true && provider) {
          const referral = await insertAdvocacyReferral(tx, {
            authorityId: authority.id,
            complaintId: result.complaint.id,
            requestedBy: input.complainantType,
            providerName: provider.name,
            providerPhone: provider.phone ?? null,
            providerEmail: provider.email ?? null,
            providerWebsite: provider.website ?? null,
          });
          // The provider hears of it by mail, through the outbox, in this same transaction.
          if (referral && provider.email) {
            await enqueueMessages(tx, [
              referralMessage(authority, result.complaint.reference, provider.email, input),
            ]);
          }
        }
        return result;
      });
    // The same submission arriving twice at once: the second finds the first's complaint.
    const result = await retryOnUniqueViolation(record);
    if (result.created) {
      ctx.log.info(
        { authority: authority.code, event: 'complaint.submitted' },
        'complaint submitted',
      );
    } else {
      // A retry of a submission we stored (its answer was lost on the way, or the person pressed
      // send twice): only its sender holds the key, so they get the reference again and a fresh
      // code; the first code, which may never have reached them, stops working.
      await replaceTrackingCode(
        ctx.db,
        authority.id,
        result.complaint.id,
        hashTrackingCode(trackingCode),
      );
      ctx.log.info(
        { authority: authority.code, event: 'complaint.submission_repeated' },
        'complaint submitted again; a new tracking code was given',
      );
    }
    const reply = result.evaluation.deadlines.find(
      (d) => d.id === 'stage1_response' && d.status === 'pending',
    );
    return {
      reference: result.complaint.reference,
      trackingCode,
      replyBy: reply?.dueOn ?? null,
      replyByText: reply?.dueOn ? formatLongDate(reply.dueOn) : null,
      /** Who the young person's advocate comes from, when they asked for one. */
      advocacy:
        input.advocateWanted === true
          ? {
              provider: provider
                ? {
                    name: provider.name,
                    phone: provider.phone ?? null,
                    email: provider.email ?? null,
                    website: provider.website ?? null,
                  }
                : null,
            }
          : null,
    };
  });
