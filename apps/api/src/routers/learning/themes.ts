import { learningThemes } from '@heard/db';
import { abilities } from '../../permissions.js';
import { authorityProcedure } from '../../trpc.js';
import { authorityOf } from '../records/shared.js';

/** Learning actions grouped by the issue found and the team that owns them. */
export const themes = authorityProcedure(abilities.readRecords).query(async ({ ctx }) => {
  const { today } = await authorityOf(ctx);
  return { today, rows: await learningThemes(ctx.db, ctx.authorityId, today) };
});
