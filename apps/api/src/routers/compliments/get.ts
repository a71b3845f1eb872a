import { findCompliment } from '@heard/db';
import { COMPLIMENT_FROM_LABELS, redactNames, type ComplimentFromType } from '@heard/domain';
import { z } from 'zod';
import { abilities, holdsAny } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { recordNotFound } from '../records/shared.js';

/** One compliment: the words as received and, once approved, the words to publish. */
export const get = authorityProcedure(abilities.readRecords)
  .input(z.object({ complimentId: z.uuid() }))
  .query(async ({ ctx, input }) => {
    const c = await findCompliment(ctx.db, ctx.authorityId, input.complimentId);
    if (!c) throw recordNotFound('compliment');
    return {
      id: c.id,
      receivedOn: c.receivedOn,
      fromType: c.fromType,
      fromLabel: COMPLIMENT_FROM_LABELS[c.fromType as ComplimentFromType],
      teams: c.teams,
      teamHint: c.teamHint,
      source: c.source,
      words: c.words,
      loggedByName: c.loggedByName,
      markedNames: c.markedNames,
      approvedWords: c.approvedWords,
      approvedAt: c.approvedAt?.toISOString() ?? null,
      approvedByName: c.approvedByName,
      /** A first draft of the words to publish, from the names marked last time. */
      draftWords: c.approvedWords ?? redactNames(c.words, c.markedNames),
      can: {
        approve: holdsAny(ctx.roles, abilities.approveCompliments),
        setTeams: holdsAny(ctx.roles, abilities.logRecords),
      },
    };
  });
