import { listLearningActions } from '@heard/db';
import { recordListPageSchema } from '@heard/domain';
import { z } from 'zod';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf } from '../records/shared.js';
import { learningActionView } from './view.js';

/** Learning actions, open ones first by due date. */
export const list = authorityProcedure(abilities.readRecords)
  .input(
    recordListPageSchema.extend({
      view: z.enum(['all', 'open', 'overdue', 'done', 'cancelled']).default('all'),
    }),
  )
  .query(async ({ ctx, input }) => {
    const { authority, today } = await authorityOf(ctx);
    const page = await listLearningActions(ctx.db, ctx.authorityId, { ...input, today });
    return {
      total: page.total,
      today,
      rows: page.rows.map((a) => learningActionView(authority, a, today)),
    };
  });
