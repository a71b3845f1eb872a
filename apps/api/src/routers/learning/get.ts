import { findLearningAction } from '@heard/db';
import { z } from 'zod';
import { abilities, holdsAny } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf, recordNotFound } from '../records/shared.js';
import { learningActionView } from './view.js';

export const get = authorityProcedure(abilities.readRecords)
  .input(z.object({ actionId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const { authority, today } = await authorityOf(ctx);
    const action = await findLearningAction(ctx.db, ctx.authorityId, input.actionId);
    if (!action) throw recordNotFound('learning action');
    return {
      today,
      ...learningActionView(authority, action, today),
      can: { update: holdsAny(ctx.roles, abilities.updateLearning) },
    };
  });
