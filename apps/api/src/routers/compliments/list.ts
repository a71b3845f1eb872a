import { listCompliments } from '@heard/db';
import {
  COMPLIMENT_FROM_LABELS,
  type ComplimentFromType,
  recordListPageSchema,
} from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';

export const complimentViews = ['all', 'awaiting_approval', 'approved'] as const;

/** A page of compliments, newest first, with whether each is approved for publication. */
export const list = authorityProcedure(abilities.readRecords)
  .input(recordListPageSchema.extend({ view: z.enum(complimentViews).default('all') }))
  .query(async ({ ctx, input }) => {
    const page = await listCompliments(ctx.db, ctx.authorityId, input);
    return {
      total: page.total,
      rows: page.rows.map((c) => ({
        id: c.id,
        receivedOn: c.receivedOn,
        fromType: c.fromType,
        fromLabel: COMPLIMENT_FROM_LABELS[c.fromType as ComplimentFromType],
        teams: c.teams,
        teamHint: c.teamHint,
        source: c.source,
        words: c.words,
        approved: c.approvedAt !== null,
      })),
    };
  });
