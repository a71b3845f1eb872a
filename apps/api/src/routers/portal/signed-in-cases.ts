/**
 * The cases a signed-in portal visitor may follow (docs/decisions/0011): for the contact who
 * complained, the complaints that carry their email address; for an advocate, the cases they
 * support. Each opens the same status view as tracking by reference and code, with the letter and
 * "I'm still not happy".
 */
import {
  advocateSupportsCase,
  evaluateStoredCase,
  findComplaintByReference,
  listComplaintsByContactEmail,
  listEvents,
  normaliseEmail,
  type Complaint,
  type Database,
} from '@heard/db';
import {
  explainForComplainant,
  formatLongDate,
  isoDateInLondon,
  singleLineText,
} from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  contactProcedure,
  portalSessionProcedure,
  type PortalSessionContext,
} from './portal-session.js';
import {
  askForNextStage,
  audienceOf,
  complaintStatus,
  responseLetterFile,
} from './complaint-view.js';
import { stageNames } from './shared.js';

const notYours = () =>
  new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that complaint in your list.' });

/** The complaint with this reference, if the signed-in visitor may follow it. */
export async function findSignedInComplaint(
  db: Database,
  portal: PortalSessionContext,
  reference: string,
): Promise<Complaint> {
  const complaint = await findComplaintByReference(
    db,
    portal.authority.id,
    reference.trim().toUpperCase(),
  );
  if (!complaint) throw notYours();
  const allowed =
    portal.kind === 'contact'
      ? complaint.contactEmail !== null &&
        normaliseEmail(complaint.contactEmail) === portal.contactEmail
      : await advocateSupportsCase(db, portal.authority.id, portal.advocate.id, complaint.id);
  if (!allowed) throw notYours();
  return complaint;
}

const referenceInput = z.object({ reference: singleLineText().min(1).max(40) });

/** "Your complaints": the complaints made with the signed-in email address, newest first. */
export const myComplaints = contactProcedure.query(async ({ ctx }) => {
  const { authority, contactEmail } = ctx.portal;
  const rows = await listComplaintsByContactEmail(ctx.db, authority.id, contactEmail);
  const today = isoDateInLondon(ctx.now());
  return Promise.all(
    rows.map(async (row) => {
      const evaluation = evaluateStoredCase(authority, await listEvents(ctx.db, row.id), today);
      const audience = audienceOf(row);
      return {
        reference: row.reference,
        receivedOn: row.receivedOn,
        receivedOnText: formatLongDate(row.receivedOn),
        stageName: stageNames[evaluation.stage],
        status: explainForComplainant(evaluation, audience).label,
      };
    }),
  );
});

/** One of the visitor's cases, as the status view shows it. */
export const myComplaint = portalSessionProcedure
  .input(referenceInput)
  .query(async ({ ctx, input }) => {
    const complaint = await findSignedInComplaint(ctx.db, ctx.portal, input.reference);
    return complaintStatus(ctx.db, ctx.portal.authority, complaint, ctx.now());
  });

/** The response letter of one of the visitor's cases. */
export const myLetter = portalSessionProcedure
  .input(referenceInput)
  .query(async ({ ctx, input }) => {
    const complaint = await findSignedInComplaint(ctx.db, ctx.portal, input.reference);
    return responseLetterFile(ctx.db, ctx.portal.authority, complaint, ctx.now());
  });

/**
 * "I'm still not happy" for one of the visitor's cases: the same rule as `portal.requestNextStage`
 * (Wandsworth 2021-22 §6.5; reg 18; Isle of Wight 2021 §2.11). An advocate asks with the young person's agreement,
 * which they recorded when they took the case on.
 */
export const myNextStage = portalSessionProcedure
  .input(referenceInput.extend({ requestId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const complaint = await findSignedInComplaint(ctx.db, ctx.portal, input.reference);
    return askForNextStage(ctx, ctx.portal.authority, complaint, input.requestId);
  });
