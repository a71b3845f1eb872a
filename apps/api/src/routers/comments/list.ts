import { listComments } from '@heard/db';
import { COMMENT_FROM_LABELS, type CommentFromType, recordListPageSchema } from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf } from '../records/shared.js';
import { commentTiming } from './timing.js';

/** A page of comments, newest first, each with its due date and whether it is late. */
export const list = authorityProcedure(abilities.readRecords)
  .input(recordListPageSchema.extend({ view: z.enum(['all', 'open', 'answered']).default('all') }))
  .query(async ({ ctx, input }) => {
    const { authority, today } = await authorityOf(ctx);
    const page = await listComments(ctx.db, ctx.authorityId, input);
    return {
      total: page.total,
      today,
      rows: page.rows.map((c) => ({
        id: c.id,
        receivedOn: c.receivedOn,
        fromLabel: COMMENT_FROM_LABELS[c.fromType as CommentFromType],
        summary: c.summary,
        team: c.team,
        responsibleName: c.responsibleName,
        acknowledgedOn: c.acknowledgedOn,
        forwardedOn: c.forwardedOn,
        answeredOn: c.answeredOn,
        timing: commentTiming(authority, c, today),
      })),
    };
  });
