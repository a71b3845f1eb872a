/**
 * "I'm still not happy": the person holding a complaint's reference and tracking code asks for the
 * next stage. Allowed only when the procedure gives them that right now (`evaluation.escalation`):
 * after a response, or when a statutory stage 1 reply is late (seed 000 6.5). A request after the
 * advised date is still accepted, and flagged for staff (reg 18; seed 004 2.11). Going to the
 * Ombudsman is the complainant's own step, not a request to the council, so it is not made here.
 */
import { evaluateStoredCase, listEvents, recordCaseEvent } from '@heard/db';
import { isoDateInLondon } from '@heard/domain';
import { z } from 'zod';
import { refusal } from '../../errors.js';
import { publicProcedure } from '../../trpc.js';
import { findTrackedComplaint, stageNames, trackedComplaintInput } from './shared.js';

export const nextStageNotAvailable = () =>
  refusal(
    'no_escalation_request',
    'You cannot ask for the next stage of this complaint just now.',
    'CONFLICT',
  );

export const requestNextStage = publicProcedure
  .input(trackedComplaintInput.extend({ requestId: z.uuid() }))
  .mutation(async ({ ctx, input }) => {
    const { authority, complaint } = await findTrackedComplaint(ctx.db, input);
    const today = isoDateInLondon(ctx.now());
    const events = await listEvents(ctx.db, complaint.id);
    const before = evaluateStoredCase(authority, events, today);
    const right = before.escalation;
    // The same request sent twice (a double press) is answered as the first was.
    const repeat = events.some((e) => e.requestId === input.requestId);
    if (!repeat && (right === null || right.to === 'ombudsman')) throw nextStageNotAvailable();
    // A repeat is answered from the history before `to` is looked at.
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
