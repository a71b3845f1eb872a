/**
 * A complaint as the person who made it follows it on the portal, whichever way they came: by
 * reference and tracking code, or signed in by an emailed link (docs/decisions/0011). The status,
 * the response letter and "I'm still not happy" are the same for both.
 */
import {
  evaluateStoredCase,
  findAttachment,
  isOutstanding,
  listAttachments,
  listEvents,
  recordCaseEvent,
  type Authority,
  type Complaint,
  type Database,
} from '@heard/db';
import type { CaseEvaluation } from '@heard/domain';
import { explainForComplainant, formatLongDate, isoDateInLondon } from '@heard/domain';
import { TRPCError } from '@trpc/server';
import type { Context } from '../../context.js';
import { refusal } from '../../errors.js';
import { stageNames } from './shared.js';

/**
 * The letter to offer: once the complaint has had a response, the newest attachment of kind
 * `letter`. Staff upload the reply letter when they send it, so the newest one is the reply; before
 * any response there is nothing to offer.
 */
export function responseLetter<T extends { kind: string; createdAt: Date }>(
  attachments: readonly T[],
  evaluation: Pick<CaseEvaluation, 'responses'>,
): T | undefined {
  if (evaluation.responses.length === 0) return undefined;
  return attachments
    .filter((a) => a.kind === 'letter')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
}

/** The right to ask for the next stage, as the portal shows it. */
export function nextStageOf(evaluation: CaseEvaluation) {
  const right = evaluation.escalation;
  if (right === null) return null;
  return {
    to: right.to,
    /** The request would be after the date we advised; it is still accepted (reg 18; Isle of Wight 2021 §2.11). */
    late: right.lateIfRequestedNow,
    askBy: right.advisedBy,
    askByText: right.advisedBy === null ? null : formatLongDate(right.advisedBy),
    /** The first stage's reply is late, so a statutory complaint may move on now (Wandsworth 2021-22 §6.5). */
    becauseWeAreLate: right.basis === 'late_stage1_response',
  };
}

/** Parents and carers are spoken to as such; everyone else in the young person's words. */
export function audienceOf(complaint: Pick<Complaint, 'complainantType'>) {
  return complaint.complainantType === 'parent_carer' ? 'parent_carer' : 'young_person';
}

/**
 * Where a complaint has got to: the stage, what is happening in plain words, the next date, the
 * response letter once there is one, and whether they can ask for the next stage now.
 */
export async function complaintStatus(
  db: Database,
  authority: Authority,
  complaint: Complaint,
  now: Date,
) {
  const today = isoDateInLondon(now);
  const evaluation = evaluateStoredCase(authority, await listEvents(db, complaint.id), today);
  const audience = audienceOf(complaint);
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

/** The response letter's file, for the portal's server to hand to the browser. */
export async function responseLetterFile(
  db: Database,
  authority: Authority,
  complaint: Complaint,
  now: Date,
) {
  const today = isoDateInLondon(now);
  const evaluation = evaluateStoredCase(authority, await listEvents(db, complaint.id), today);
  const chosen = responseLetter(await listAttachments(db, complaint.id), evaluation);
  const file = chosen ? await findAttachment(db, authority.id, chosen.id) : undefined;
  if (!file || file.complaintId !== complaint.id) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'There is no letter to show yet.' });
  }
  return {
    fileName: file.fileName,
    contentType: file.contentType,
    contentBase64: file.content.toString('base64'),
  };
}

export const nextStageNotAvailable = () =>
  refusal(
    'no_escalation_request',
    'You cannot ask for the next stage of this complaint just now.',
    'CONFLICT',
  );

/**
 * "I'm still not happy": asks for the next stage. Allowed only when the procedure gives that
 * right now (`evaluation.escalation`): after a response, or when a statutory stage 1 reply is late
 * (Wandsworth 2021-22 §6.5). A request after the advised date is still accepted, and flagged for staff
 * (reg 18; Isle of Wight 2021 §2.11). Going to the Ombudsman is the complainant's own step, not a request to
 * the council, so it is not made here.
 */
export async function askForNextStage(
  ctx: Pick<Context, 'db' | 'log' | 'now'>,
  authority: Authority,
  complaint: Complaint,
  requestId: string,
) {
  const today = isoDateInLondon(ctx.now());
  const events = await listEvents(ctx.db, complaint.id);
  const right = evaluateStoredCase(authority, events, today).escalation;
  // The same request sent twice (a double press) is answered as the first was.
  const repeat = events.some((e) => e.requestId === requestId);
  if (!repeat && (right === null || right.to === 'ombudsman')) throw nextStageNotAvailable();
  // A repeat is answered from the history before `to` is looked at.
  const to = right !== null && right.to !== 'ombudsman' ? right.to : 2;
  const result = await ctx.db.transaction((tx) =>
    recordCaseEvent(
      tx,
      authority,
      complaint.id,
      { type: 'escalation_requested', on: today, to },
      { today, recordedBy: null, requestId },
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
}
