/**
 * Where a complaint has got to, for the person holding its reference and tracking code: the stage,
 * what is happening in plain words, the next date, the response letter once there is one, and
 * whether they can ask for the next stage now.
 */
import { evaluateStoredCase, isOutstanding, listAttachments, listEvents } from '@heard/db';
import type { CaseEvaluation } from '@heard/domain';
import { explainForComplainant, formatLongDate, isoDateInLondon } from '@heard/domain';
import { publicProcedure } from '../../trpc.js';
import { findTrackedComplaint, stageNames, trackedComplaintInput } from './shared.js';

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
    /** The request would be after the date we advised; it is still accepted (reg 18; seed 004 2.11). */
    late: right.lateIfRequestedNow,
    askBy: right.advisedBy,
    askByText: right.advisedBy === null ? null : formatLongDate(right.advisedBy),
    /** The first stage's reply is late, so a statutory complaint may move on now (seed 000 6.5). */
    becauseWeAreLate: right.basis === 'late_stage1_response',
  };
}

export const track = publicProcedure.input(trackedComplaintInput).query(async ({ ctx, input }) => {
  const { authority, complaint } = await findTrackedComplaint(ctx.db, input);
  const today = isoDateInLondon(ctx.now());
  const evaluation = evaluateStoredCase(authority, await listEvents(ctx.db, complaint.id), today);
  const audience = complaint.complainantType === 'parent_carer' ? 'parent_carer' : 'young_person';
  const words = explainForComplainant(evaluation, audience);
  const next = evaluation.deadlines.find((d) => !d.advisory && isOutstanding(d) && d.dueOn);
  const letter = responseLetter(await listAttachments(ctx.db, complaint.id), evaluation);
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
});
