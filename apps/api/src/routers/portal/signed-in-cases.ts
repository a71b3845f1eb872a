/**
 * The cases a signed-in portal visitor may follow (docs/decisions/0011): for the contact who
 * complained, the complaints that carry their email address; for an advocate, the cases they
 * support. Each opens the same status view as tracking by reference and code, with the letter and
 * "I'm still not happy".
 */
import {
  advocateSupportsCase,
  evaluateStoredCase,
  findAttachment,
  findComplaintByReference,
  isOutstanding,
  listAttachments,
  listComplaintsByContactEmail,
  listEvents,
  normaliseEmail,
  recordCaseEvent,
  type Authority,
  type Complaint,
  type Database,
} from '@heard/db';
import { explainForComplainant, formatLongDate, isoDateInLondon } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  contactProcedure,
  portalSessionProcedure,
  type PortalSessionContext,
} from './portal-session.js';
import { nextStageNotAvailable } from './request-next-stage.js';
import { stageNames } from './shared.js';
import { nextStageOf, responseLetter } from './track.js';

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

/** Where a complaint has got to, as `portal.track` shows it. */
export async function complaintStatus(
  db: Database,
  authority: Authority,
  complaint: Complaint,
  now: Date,
) {
  const today = isoDateInLondon(now);
  const evaluation = evaluateStoredCase(authority, await listEvents(db, complaint.id), today);
  const audience = complaint.complainantType === 'parent_carer' ? 'parent_carer' : 'young_person';
  const words = explainForComplainant(evaluation, audience);
  const next = evaluation.deadlines.find((d) => !d.advisory && isOutstanding(d) && d.dueOn);
  const letter = responseLetter(await listAttachments(db, complaint.id), evaluation);
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
    audience,
    nextStage: nextStageOf(evaluation),
    letter: letter
      ? {
          fileName: letter.fileName,
          sizeBytes: letter.sizeBytes,
          sentOn: isoDateInLondon(letter.createdAt),
        }
      : null,
  };
}

const referenceInput = z.object({ reference: z.string().trim().min(1).max(40) });

/** "Your complaints": the complaints made with the signed-in email address, newest first. */
export const myComplaints = contactProcedure.query(async ({ ctx }) => {
  const { authority, contactEmail } = ctx.portal;
  const rows = await listComplaintsByContactEmail(ctx.db, authority.id, contactEmail);
  const today = isoDateInLondon(ctx.now());
  return Promise.all(
    rows.map(async (row) => {
      const evaluation = evaluateStoredCase(authority, await listEvents(ctx.db, row.id), today);
      const audience = row.complainantType === 'parent_carer' ? 'parent_carer' : 'young_person';
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
    const { authority } = ctx.portal;
    const complaint = await findSignedInComplaint(ctx.db, ctx.portal, input.reference);
    const today = isoDateInLondon(ctx.now());
    const evaluation = evaluateStoredCase(authority, await listEvents(ctx.db, complaint.id), today);
    const chosen = responseLetter(await listAttachments(ctx.db, complaint.id), evaluation);
    const file = chosen ? await findAttachment(ctx.db, authority.id, chosen.id) : undefined;
    if (!file || file.complaintId !== complaint.id) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no letter to show yet.' });
    }
    return {
      fileName: file.fileName,
      contentType: file.contentType,
      contentBase64: file.content.toString('base64'),
    };
  });

/**
 * "I'm still not happy" for one of the visitor's cases: the same rule as `portal.requestNextStage`
 * (seed 000 6.5; reg 18; seed 004 2.11). An advocate asks with the young person's agreement,
 * which they recorded when they took the case on.
 */
export const myNextStage = portalSessionProcedure
  .input(referenceInput.extend({ requestId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const { authority } = ctx.portal;
    const complaint = await findSignedInComplaint(ctx.db, ctx.portal, input.reference);
    const today = isoDateInLondon(ctx.now());
    const events = await listEvents(ctx.db, complaint.id);
    const right = evaluateStoredCase(authority, events, today).escalation;
    const repeat = events.some((e) => e.requestId === input.requestId);
    if (!repeat && (right === null || right.to === 'ombudsman')) throw nextStageNotAvailable();
    const to = right !== null && right.to !== 'ombudsman' ? right.to : 2;
    const result = await ctx.db.transaction((tx) =>
      recordCaseEvent(
        tx,
        authority,
        complaint.id,
        { type: 'escalation_requested', on: today, to },
        { today, recordedBy: null, requestId: input.requestId },
      ),
    );
    if (!result.ok) throw nextStageNotAvailable();
    if (!result.duplicate) {
      ctx.log.info(
        { authority: authority.code, event: 'complaint.next_stage_requested' },
        'next stage requested',
      );
    }
    return {
      stage: result.evaluation.stage,
      stageName: stageNames[result.evaluation.stage],
      late: result.warnings.includes('late_escalation_request'),
    };
  });
