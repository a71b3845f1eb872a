import { findComment } from '@heard/db';
import { COMMENT_FROM_LABELS, type CommentFromType } from '@heard/domain';
import { z } from 'zod';
import { abilities, holdsAny } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf, recordNotFound } from '../records/shared.js';
import { commentTiming } from './timing.js';

/** One comment with its steps (acknowledged, forwarded, answered) and its due date. */
export const get = authorityProcedure(abilities.readRecords)
  .input(z.object({ commentId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const { authority, today } = await authorityOf(ctx);
    const c = await findComment(ctx.db, ctx.authorityId, input.commentId);
    if (!c) throw recordNotFound('comment');
    return {
      today,
      id: c.id,
      receivedOn: c.receivedOn,
      receivedVia: c.receivedVia,
      fromType: c.fromType,
      fromLabel: COMMENT_FROM_LABELS[c.fromType as CommentFromType],
      fromName: c.fromName,
      summary: c.summary,
      team: c.team,
      responsibleName: c.responsibleName,
      acknowledgedOn: c.acknowledgedOn,
      forwardedOn: c.forwardedOn,
      forwardedTo: c.forwardedTo,
      answeredOn: c.answeredOn,
      answerSummary: c.answerSummary,
      timing: commentTiming(authority, c, today),
      can: { record: holdsAny(ctx.roles, abilities.logRecords) },
    };
  });
